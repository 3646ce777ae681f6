// What admins paste as the Salesforce login host, normalised to an origin — or a message saying
// what is expected. Shared by the BFF (authoritative) and the admin page (as-you-type hints).
export type LoginHostKind = 'production' | 'sandbox' | 'my-domain' | 'local';

export type LoginHostResult =
  | { ok: true; loginHost: string; kind: LoginHostKind }
  | { ok: false; message: string };

export const PRODUCTION_LOGIN_HOST = 'https://login.salesforce.com';
export const SANDBOX_LOGIN_HOST = 'https://test.salesforce.com';

const EXPECTED = 'Enter login.salesforce.com (production), test.salesforce.com (sandbox) or your My Domain, such as acme.my.salesforce.com.';
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const MY_DOMAIN = new RegExp(`^${LABEL}(?:--${LABEL})?(?:\\.(?:sandbox|develop|scratch|demo|patch|trailblaze))?\\.my\\.salesforce\\.com$`);
const LIGHTNING = new RegExp(`^(${LABEL}(?:--${LABEL})?)((?:\\.(?:sandbox|develop|scratch|demo|patch|trailblaze))?)\\.lightning\\.force\\.com$`);
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function normaliseLoginHost(input: string): LoginHostResult {
  const text = input.trim();
  if (text === '') return { ok: false, message: `The login host is required. ${EXPECTED}` };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, message: `"${text}" is not a host name. ${EXPECTED}` };
  }
  const host = url.hostname.toLowerCase();
  if (LOOPBACK.has(host)) {
    // A local Salesforce emulator, for development and tests only.
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, message: EXPECTED };
    return { ok: true, loginHost: url.origin, kind: 'local' };
  }
  if (url.protocol !== 'https:') return { ok: false, message: `Salesforce is only reached over https. ${EXPECTED}` };
  if (url.port !== '' || url.username !== '' || url.password !== '') return { ok: false, message: `Leave out ports and credentials. ${EXPECTED}` };
  if (host === 'login.salesforce.com') return { ok: true, loginHost: PRODUCTION_LOGIN_HOST, kind: 'production' };
  if (host === 'test.salesforce.com') return { ok: true, loginHost: SANDBOX_LOGIN_HOST, kind: 'sandbox' };
  if (MY_DOMAIN.test(host)) return { ok: true, loginHost: `https://${host}`, kind: 'my-domain' };
  const lightning = LIGHTNING.exec(host);
  if (lightning) return { ok: true, loginHost: `https://${lightning[1]}${lightning[2]}.my.salesforce.com`, kind: 'my-domain' };
  return { ok: false, message: `"${host}" is not a Salesforce login host. ${EXPECTED}` };
}
