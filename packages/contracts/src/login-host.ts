// What admins paste as the Salesforce login host, normalised to an origin — or the problem with it
// (problems.ts), which says what to enter instead in the admin's language. Shared by the BFF (authoritative) and the admin page (as-you-type hints).
//
// My Domain hosts with enhanced domains (Salesforce Help, "My Domain URL Formats"; the
// MyDomainSettings metadata type's domainPartition): production `name.my.salesforce.com`,
// sandbox `name--sandbox.sandbox.my.salesforce.com`, Developer Edition
// `name-dev-ed.develop.my.salesforce.com`, scratch, demo, patch, free and Trailhead Playground
// orgs `name.<partition>.my.salesforce.com`, and Government Cloud Plus `name.my.salesforce.mil`
// (sandboxes `name--sandbox.sandbox.my.salesforce.mil`). Their Lightning hosts, where records open,
// swap `my.salesforce.com` for `lightning.force.com` (Government Cloud Plus:
// `my.salesforce.mil` for `lightning.crmforce.mil`).
import type { Problem, ProblemKey, ProblemValues } from './problems.ts';

export type LoginHostKind = 'production' | 'sandbox' | 'my-domain' | 'local';

export type LoginHostResult =
  | { ok: true; loginHost: string; kind: LoginHostKind }
  | { ok: false; problem: Problem };

export const PRODUCTION_LOGIN_HOST = 'https://login.salesforce.com';
export const SANDBOX_LOGIN_HOST = 'https://test.salesforce.com';

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const PARTITION = '(?:\\.(?:sandbox|develop|scratch|demo|patch|free|trailblaze))?';
/** name, its partition, and the cloud: `.my.salesforce.com` or Government Cloud Plus `.my.salesforce.mil`. */
const MY_DOMAIN = new RegExp(`^(${LABEL}(?:--${LABEL})?)(${PARTITION})\\.my\\.salesforce\\.(com|mil)$`);
const LIGHTNING = new RegExp(`^(${LABEL}(?:--${LABEL})?)(${PARTITION})\\.lightning\\.(force\\.com|crmforce\\.mil)$`);
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Hosts that are Salesforce but not a login host: Setup and content hosts; instance hosts, which
 * orgs move between and integrations may no longer sign in through; Experience Cloud and
 * Salesforce sites, where customers and partners sign in.
 */
const NOT_A_LOGIN_HOST: [RegExp, ProblemKey][] = [
  [/\.my\.salesforce-setup\.com$|\.file\.force\.com$|\.visualforce\.com$|\.documentforce\.com$/, 'login-host.setup-or-content'],
  [/^(?:na|eu|ap|um|usa|cs|gs)\d+\.salesforce\.com$/, 'login-host.instance'],
  [/\.my\.site\.com$|\.force\.com$|\.my\.salesforce-sites\.com$/, 'login-host.site'],
];

const refused = (key: ProblemKey, values: ProblemValues = {}): LoginHostResult => ({ ok: false, problem: { key, values } });

export function normaliseLoginHost(input: string): LoginHostResult {
  const text = input.trim();
  if (text === '') return refused('login-host.required');
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return refused('login-host.not-a-host', { text });
  }
  const host = url.hostname.toLowerCase();
  if (LOOPBACK.has(host)) {
    // A local Salesforce emulator, for development and tests only.
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return refused('login-host.scheme', { text });
    return { ok: true, loginHost: url.origin, kind: 'local' };
  }
  if (url.protocol !== 'https:') return refused('login-host.not-https');
  if (url.port !== '' || url.username !== '' || url.password !== '') return refused('login-host.port-or-credentials');
  if (host === 'login.salesforce.com') return { ok: true, loginHost: PRODUCTION_LOGIN_HOST, kind: 'production' };
  if (host === 'test.salesforce.com') return { ok: true, loginHost: SANDBOX_LOGIN_HOST, kind: 'sandbox' };
  if (MY_DOMAIN.test(host)) return { ok: true, loginHost: `https://${host}`, kind: 'my-domain' };
  const lightning = LIGHTNING.exec(host);
  if (lightning) {
    const cloud = lightning[3] === 'crmforce.mil' ? 'mil' : 'com';
    return { ok: true, loginHost: `https://${lightning[1]}${lightning[2]}.my.salesforce.${cloud}`, kind: 'my-domain' };
  }
  const known = NOT_A_LOGIN_HOST.find(([pattern]) => pattern.test(host));
  if (known) return refused(known[1], { host });
  // As typed: the URL parser would show "not a host" as "not%20a%20host".
  return refused('login-host.not-salesforce', { text });
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
