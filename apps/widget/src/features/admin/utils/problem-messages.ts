// What is wrong with what the admin entered, in the active language: the contracts name the
// problem (packages/contracts/src/problems.ts), the widget says it, as the BFF does in its own
// catalogue for what it answers (docs/decisions/0037-bff-languages.md).
import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { isProblemKey, type Problem, type ProblemKey, type ProblemValues } from '@sfsearch/contracts';

/** The admin form's problems: the search's and the lists' paging are the BFF's to answer; this page never sends them wrong. */
type AdminProblemKey = Exclude<ProblemKey, `search.${string}` | `paging.${string}`>;

const text = (values: ProblemValues, name: string) => String(values[name] ?? '');

const MESSAGES: Record<AdminProblemKey, (values: ProblemValues) => MessageDescriptor> = {
  'login-host.required': () => msg`The login host is required. Enter login.salesforce.com (production), test.salesforce.com (sandbox) or your My Domain, such as acme.my.salesforce.com.`,
  'login-host.not-a-host': (v) => {
    const typed = text(v, 'text');
    return msg`"${typed}" is not a host name. Enter login.salesforce.com (production), test.salesforce.com (sandbox) or your My Domain, such as acme.my.salesforce.com.`;
  },
  'login-host.scheme': () => msg`Enter login.salesforce.com (production), test.salesforce.com (sandbox) or your My Domain, such as acme.my.salesforce.com.`,
  'login-host.not-https': () => msg`Salesforce is only reached over https. Enter login.salesforce.com (production), test.salesforce.com (sandbox) or your My Domain, such as acme.my.salesforce.com.`,
  'login-host.port-or-credentials': () => msg`Leave out ports and credentials. Enter login.salesforce.com (production), test.salesforce.com (sandbox) or your My Domain, such as acme.my.salesforce.com.`,
  'login-host.setup-or-content': (v) => {
    const host = text(v, 'host');
    return msg`${host} serves Setup or content, not sign-ins. Enter your My Domain, such as acme.my.salesforce.com.`;
  },
  'login-host.instance': (v) => {
    const host = text(v, 'host');
    return msg`${host} is an instance host: orgs move between instances, and Salesforce no longer lets integrations sign in through them. Enter your My Domain (Setup → My Domain), such as acme.my.salesforce.com.`;
  },
  'login-host.site': (v) => {
    const host = text(v, 'host');
    return msg`${host} is an Experience Cloud or Salesforce site, where customers and partners sign in. Employees sign in through your org itself: enter its My Domain (Setup → My Domain), such as acme.my.salesforce.com.`;
  },
  'login-host.not-salesforce': (v) => {
    const typed = text(v, 'text');
    return msg`"${typed}" is not a Salesforce login host. Enter login.salesforce.com (production), test.salesforce.com (sandbox) or your My Domain, such as acme.my.salesforce.com.`;
  },
  'consumer-key.required': () => msg`The consumer key is required.`,
  'consumer-key.too-long': () => msg`The consumer key is too long.`,
  'consumer-key.characters': () => msg`The consumer key has only letters, digits, dots and underscores: copy it again from Salesforce.`,
  'consumer-secret.empty': () => msg`The consumer secret is empty.`,
  'consumer-secret.too-long': () => msg`The consumer secret is too long.`,
  'scopes.unknown': (v) => {
    const [scopes, allowed] = [text(v, 'scopes'), text(v, 'allowed')];
    return msg`Unknown or too broad scope ${scopes}: choose from ${allowed}.`;
  },
  'settings.types': () => msg`Choose at least one record type for employees to search.`,
  'settings.cap': () => msg`The pause is a whole number of percent from 1 to 100, or none.`,
  'scopes.missing': (v) => {
    const scopes = text(v, 'scopes');
    return msg`Search needs the scopes ${scopes}.`;
  },
};

function isAdminProblem(key: ProblemKey): key is AdminProblemKey {
  return key in MESSAGES;
}

/** The problem in the active language; a problem the admin page never meets keeps its key. */
export function problemText(i18n: I18n, problem: Problem): string {
  return isAdminProblem(problem.key) ? i18n._(MESSAGES[problem.key](problem.values)) : problem.key;
}

/** A zod issue of the contracts' schemas in the active language, or zod's own words. */
export function issueText(i18n: I18n, issue: { message: string; params?: unknown; minimum?: unknown; maximum?: unknown }): string {
  if (!isProblemKey(issue.message)) return issue.message;
  return problemText(i18n, { key: issue.message, values: (issue.params ?? {}) as ProblemValues });
}
