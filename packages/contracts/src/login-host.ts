// What admins paste as the Salesforce login host, normalised to an origin — or a sentence saying
// what to enter instead. Shared by the BFF (authoritative) and the admin page (as-you-type hints).
//
// My Domain hosts with enhanced domains (Salesforce Help, "My Domain URL Formats"; the
// MyDomainSettings metadata type's domainPartition): production `name.my.salesforce.com`,
// sandbox `name--sandbox.sandbox.my.salesforce.com`, Developer Edition
// `name-dev-ed.develop.my.salesforce.com`, scratch, demo, patch, free and Trailhead Playground
// orgs `name.<partition>.my.salesforce.com`, and Government Cloud Plus `name.my.salesforce.mil`
// (sandboxes `name--sandbox.sandbox.my.salesforce.mil`). Their Lightning hosts, where records open,
// swap `my.salesforce.com` for `lightning.force.com` (Government Cloud Plus:
// `my.salesforce.mil` for `lightning.crmforce.mil`).
export type LoginHostKind = 'production' | 'sandbox' | 'my-domain' | 'local';

export type LoginHostResult =
  | { ok: true; loginHost: string; kind: LoginHostKind }
  | { ok: false; message: string };

export const PRODUCTION_LOGIN_HOST = 'https://login.salesforce.com';
export const SANDBOX_LOGIN_HOST = 'https://test.salesforce.com';

const EXPECTED = 'Enter login.salesforce.com (production), test.salesforce.com (sandbox) or your My Domain, such as acme.my.salesforce.com.';
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const PARTITION = '(?:\\.(?:sandbox|develop|scratch|demo|patch|free|trailblaze))?';
/** name, its partition, and the cloud: `.my.salesforce.com` or Government Cloud Plus `.my.salesforce.mil`. */
const MY_DOMAIN = new RegExp(`^(${LABEL}(?:--${LABEL})?)(${PARTITION})\\.my\\.salesforce\\.(com|mil)$`);
const LIGHTNING = new RegExp(`^(${LABEL}(?:--${LABEL})?)(${PARTITION})\\.lightning\\.(force\\.com|crmforce\\.mil)$`);
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Hosts that are Salesforce but not a login host, and what to enter instead. */
const NOT_A_LOGIN_HOST: [RegExp, string][] = [
  [/\.my\.salesforce-setup\.com$|\.file\.force\.com$|\.visualforce\.com$|\.documentforce\.com$/, 'serves Setup or content, not sign-ins. Enter your My Domain, such as acme.my.salesforce.com.'],
  [/^(?:na|eu|ap|um|usa|cs|gs)\d+\.salesforce\.com$/, 'is an instance host: orgs move between instances, and Salesforce no longer lets integrations sign in through them. Enter your My Domain (Setup → My Domain), such as acme.my.salesforce.com.'],
  [/\.my\.site\.com$|\.force\.com$|\.my\.salesforce-sites\.com$/, 'is an Experience Cloud or Salesforce site, where customers and partners sign in. Employees sign in through your org itself: enter its My Domain (Setup → My Domain), such as acme.my.salesforce.com.'],
];

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
  if (lightning) {
    const cloud = lightning[3] === 'crmforce.mil' ? 'mil' : 'com';
    return { ok: true, loginHost: `https://${lightning[1]}${lightning[2]}.my.salesforce.${cloud}`, kind: 'my-domain' };
  }
  const known = NOT_A_LOGIN_HOST.find(([pattern]) => pattern.test(host));
  if (known) return { ok: false, message: `${host} ${known[1]}` };
  // As typed: the URL parser would show "not a host" as "not%20a%20host".
  return { ok: false, message: `"${text}" is not a Salesforce login host. ${EXPECTED}` };
}

/**
 * The Lightning host where a My Domain's records open: `acme.my.salesforce.com` →
 * `acme.lightning.force.com`, partitions kept, Government Cloud Plus on `lightning.crmforce.mil`.
 * Undefined for any other host.
 */
export function lightningHostOf(myDomainHost: string): string | undefined {
  const match = MY_DOMAIN.exec(myDomainHost.toLowerCase());
  if (!match) return undefined;
  return `${match[1]}${match[2]}.lightning.${match[3] === 'mil' ? 'crmforce.mil' : 'force.com'}`;
}
