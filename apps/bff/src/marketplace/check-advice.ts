import type { CredentialsCheck } from '@sfsearch/salesforce';

type Problem = Extract<CredentialsCheck, { ok: false }>['problem'];

/** What the admin reads after "Check connection": what is wrong and how to fix it. */
export function checkAdvice(problem: Problem, loginHost: string): { problem: string; hint: string } {
  const host = new URL(loginHost).host;
  switch (problem) {
    case 'unknown-consumer-key':
      return {
        problem: `${host} does not know this consumer key.`,
        hint: 'Copy the consumer key again from the app in Salesforce (Setup → App Manager → your app → View → Manage Consumer Details). If the app lives in a sandbox, pick Sandbox or the sandbox\'s My Domain as the login host.',
      };
    case 'wrong-consumer-secret':
      return {
        problem: 'The consumer secret does not match this consumer key.',
        hint: 'Copy the consumer secret again from Manage Consumer Details of the same app; a secret from another app or an older one will not work.',
      };
    case 'login-host-unreachable':
      return { problem: `Could not reach ${host}.`, hint: 'Check the login host: login.salesforce.com for production, test.salesforce.com for sandboxes, or your My Domain.' };
    case 'unexpected':
      return { problem: 'Salesforce answered the check in a way we did not expect.', hint: 'Check the login host and the app settings, then try again.' };
  }
}
