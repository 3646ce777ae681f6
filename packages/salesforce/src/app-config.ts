/** The admin's Salesforce app, as the OAuth and API calls need it. */
export interface SalesforceApp {
  loginHost: string;
  clientId: string;
  clientSecret: string;
  /** `{PUBLIC_URL}/marketplace/salesforce/account/sign-in/oauth2` */
  redirectUri: string;
  scopes: string[];
}

export const API_VERSION = '64.0';
/** How long any Salesforce call may take before we call Salesforce unavailable. */
export const DEFAULT_TIMEOUT_MS = 10_000;
