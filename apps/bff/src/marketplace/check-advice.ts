// What the admin reads after "Check connection": each problem, and its fix in their words.
import type { SetupProblem } from '@sfsearch/salesforce';
import type { EmployeeSetupProblem } from '../salesforce/setup-problems.ts';

export interface Advice {
  code: string;
  problem: string;
  hint: string;
}

const WHERE_KEYS = 'External Client App Manager → your app → Settings → OAuth Settings → Consumer Key and Secret; for a Connected App, App Manager → View → Manage Consumer Details';

export function setupAdvice(problem: SetupProblem, loginHost: string): Advice {
  const host = new URL(loginHost).host;
  const advice = (text: string, hint: string): Advice => ({ code: problem, problem: text, hint });
  switch (problem) {
    case 'unknown-consumer-key':
      return advice(`${host} does not know this consumer key.`,
        `Copy the consumer key again from the app in Salesforce (${WHERE_KEYS}). If the app lives in a sandbox, pick Sandbox or the sandbox's My Domain as the login host.`);
    case 'wrong-consumer-secret':
      return advice('The consumer secret does not match this consumer key.',
        `Copy the consumer secret again from the same app (${WHERE_KEYS}); a secret from another app, or an older one, will not work.`);
    case 'app-not-installed':
      return advice("The app is not installed in this org, so Salesforce refuses everyone who signs in through it.",
        'In Salesforce Setup, install it: External Client App Manager → your app → Install (an app from another org or a package), or Connected Apps OAuth Usage → Install. Since Spring ’26 an app must be installed in the org that uses it.');
    case 'callback-not-registered':
      return advice('The app does not list this intranet’s callback URL, so Salesforce stops every sign-in on its own error page (redirect_uri_mismatch).',
        'In the app’s OAuth settings, add the callback URL shown above exactly as it is (scheme, host, path; no trailing slash), save, and allow Salesforce a few minutes to apply it.');
    case 'scope-not-allowed':
      return advice('The app does not allow every scope chosen here.',
        'Add the scopes to the app’s Selected OAuth Scopes (Manage user data via APIs (api), Perform requests at any time (refresh_token, offline_access), Access the identity URL service (id)), or choose fewer here.');
    case 'login-host-unreachable':
      return advice(`Could not reach ${host}.`, 'Check the login host: login.salesforce.com for production, test.salesforce.com for sandboxes, or your My Domain.');
    case 'unexpected':
      return advice('Salesforce answered the check in a way we did not expect.', 'Check the login host and the app settings, then try again.');
  }
}

/** Problems employees met since the settings last changed (or, for `own`, the admin's own connection did). */
export function employeeAdvice(problem: EmployeeSetupProblem, people: number | 'you'): Advice {
  const who = people === 'you' ? 'Your own Salesforce connection' : people === 1 ? 'One employee' : `${people} employees`;
  const advice = (text: string, hint: string): Advice => ({ code: problem, problem: `${who} ${text}`, hint });
  switch (problem) {
    case 'app-not-installed':
      return advice('met: the app is not installed in the org.', 'Install the app in Salesforce Setup (External Client App Manager → Install, or Connected Apps OAuth Usage → Install).');
    case 'not-admin-approved':
      return advice('met: “user is not admin approved to access this app”.',
        'The app admits only pre-authorized users. In the app’s policies add the employees’ profiles or a permission set of theirs, or set Permitted Users to “All users may self-authorize”.');
    case 'api-disabled-org':
      return advice('met: this org has no API access.',
        "Search needs the REST API, which comes with Enterprise, Unlimited, Developer and Performance Edition, and with Professional Edition only as a paid add-on. Ask your Salesforce account executive.");
    case 'api-disabled-user':
      return advice('met: “API is disabled for this User”.', 'Give employees the “API Enabled” permission, in their profile or a permission set.');
    case 'api-access-control':
      return advice('met: API Access Control refuses this app’s sessions.',
        'With API Access Control on, install the app with “Admin approved users are pre-authorized” and pre-authorize the employees’ profiles or permission sets, or give them “Use Any API Client”.');
  }
}
