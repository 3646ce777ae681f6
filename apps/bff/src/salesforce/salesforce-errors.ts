// Salesforce failures → DESIGN.md's error codes, with messages a person can act on.
import { SalesforceError } from '@sfsearch/salesforce';
import { AppError } from '../errors.ts';

export const RECONNECT_MESSAGES: Record<string, string> = {
  'config-changed': 'Your administrator changed the Salesforce connection — sign in to Salesforce again.',
  'token-expired': 'Your Salesforce session expired or access was revoked — sign in to Salesforce again.',
  'revoked': 'Access to Salesforce was revoked — sign in to Salesforce again.',
};

export function reconnectRequired(reason: 'config-changed' | 'token-expired' | 'revoked'): AppError {
  return new AppError('reconnect-required', RECONNECT_MESSAGES[reason]!, { reason });
}

export function toAppError(error: unknown): unknown {
  if (!(error instanceof SalesforceError)) return error;
  switch (error.kind) {
    case 'api-disabled':
      return error.reason === 'user'
        ? new AppError('salesforce-api-disabled', 'Your Salesforce user is not allowed to use the API ("API Enabled" is off in your profile or permission sets). Ask your Salesforce administrator to turn it on.', { reason: 'user', cause: error })
        : new AppError('salesforce-api-disabled', "Your company's Salesforce edition has no API access, which search needs. It comes with Enterprise, Unlimited, Developer and Performance Edition, and with Professional Edition only as a paid add-on. Ask your Salesforce administrator.", { reason: 'org', cause: error });
    case 'rate-limited':
      return new AppError('salesforce-rate-limited', "Your company has used up today's Salesforce API allowance, so search is paused. It comes back as the 24-hour window frees up; your Salesforce administrator can see the usage under Setup → Company Information.", { reason: 'daily-limit', cause: error });
    case 'insufficient-access':
      return new AppError('salesforce-insufficient-access', "Salesforce says you don't have access to these records. Ask your Salesforce administrator for read access to Accounts, Leads, Tasks and Campaigns.", { cause: error });
    case 'grant-invalid':
    case 'session-invalid':
      return reconnectRequired('token-expired');
    case 'client-invalid':
      return new AppError('not-configured', 'Salesforce no longer accepts the app credentials your administrator entered. Ask your intranet administrator to check the Salesforce settings.', { cause: error });
    case 'invalid-search':
      return new AppError('invalid-request', 'Salesforce could not read this search. Try other words.', { cause: error });
    case 'unavailable':
    case 'untrusted-instance':
      return new AppError('salesforce-unavailable', "Salesforce isn't answering right now. Try again in a minute.", { cause: error });
  }
}
