export { API_VERSION, DEFAULT_TIMEOUT_MS, type SalesforceApp } from './app-config.ts';
export { authorizationUrl, newSignInTransaction, type SignInTransaction } from './authorize.ts';
export { assertTrustedInstance, lightningRecordUrl } from './instance.ts';
export { SalesforceError, type SalesforceErrorKind } from './salesforce-error.ts';
export { searchRecords, type SearchOutcome } from './search.ts';
export { readIdentity, restGet, type ApiUsage, type SalesforceIdentity, type UserSession } from './session.ts';
export { buildSearchSosl, escapeSosl, searchTerms } from './sosl.ts';
export { checkClientCredentials, exchangeCode, refreshAccessToken, revokeToken, type CredentialsCheck, type TokenSet } from './tokens.ts';
