// Which hosts we ever call with a user's token, and where a record opens in Lightning.
import { lightningHostOf } from '@sfsearch/contracts';
import { SalesforceError } from './salesforce-error.ts';

const SALESFORCE_SUFFIXES = ['.my.salesforce.com', '.salesforce.com', '.force.com', '.my.salesforce.mil'];

/**
 * SECURITY.md: only the instance_url of the user's own token response is called, and it must
 * belong to the configured login host's family (or be the configured host itself).
 */
export function assertTrustedInstance(instanceUrl: string, loginHost: string): string {
  let url: URL;
  let login: URL;
  try {
    url = new URL(instanceUrl);
    login = new URL(loginHost);
  } catch {
    throw new SalesforceError('untrusted-instance', `Salesforce answered an instance URL that is not a URL: ${instanceUrl}`);
  }
  const salesforceHost = url.protocol === 'https:' && SALESFORCE_SUFFIXES.some((s) => url.hostname.endsWith(s));
  // A local emulator (http on loopback) is trusted only when the admin configured it as the login host.
  const sameHost = url.hostname === login.hostname && url.protocol === login.protocol;
  if (!salesforceHost && !sameHost) {
    throw new SalesforceError('untrusted-instance', `Salesforce answered an instance URL outside ${login.hostname}'s family: ${url.origin}`);
  }
  return url.origin;
}

/**
 * https://acme.my.salesforce.com → https://acme.lightning.force.com/lightning/r/Account/<id>/view;
 * any other instance (the emulator's) keeps its own origin.
 */
export function lightningRecordUrl(instanceUrl: string, sobject: string, id: string): string {
  return `${lightningBase(instanceUrl)}/lightning/r/${sobject}/${encodeURIComponent(id)}/view`;
}

/**
 * Salesforce's own search results page for `term`, in Lightning. Salesforce documents no page
 * reference for it; Lightning's global search itself navigates to `/one/one.app#` followed by
 * the base64 of `{"componentDef":"forceSearch:searchPageDesktop","attributes":{"term":…}}`, and
 * tools that link to it do the same (ADR 0034).
 */
export function lightningSearchUrl(instanceUrl: string, term: string): string {
  const state = { componentDef: 'forceSearch:searchPageDesktop', attributes: { term, scopeMap: { type: 'TOP_RESULTS' } } };
  return `${lightningBase(instanceUrl)}/one/one.app#${Buffer.from(JSON.stringify(state), 'utf8').toString('base64')}`;
}

function lightningBase(instanceUrl: string): string {
  const url = new URL(instanceUrl);
  const lightning = lightningHostOf(url.hostname);
  return lightning ? `https://${lightning}` : url.origin;
}
