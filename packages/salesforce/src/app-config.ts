/** The admin's Salesforce app, as the OAuth and API calls need it. */
export interface SalesforceApp {
  loginHost: string;
  clientId: string;
  clientSecret: string;
  /** `{PUBLIC_URL}/marketplace/salesforce/account/sign-in/oauth2` */
  redirectUri: string;
  scopes: string[];
  /** How long each call to Salesforce may take (default DEFAULT_TIMEOUT_MS). */
  timeoutMs?: number;
}

export const API_VERSION = '64.0';
/** How long a Salesforce call may take, unless the caller says otherwise, before it is aborted. */
export const DEFAULT_TIMEOUT_MS = 10_000;
