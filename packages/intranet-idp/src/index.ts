export { createIntranetIdp } from './idp.ts';
export type { IntranetIdp, IntranetIdpOptions } from './idp.ts';
export { COOKIE_NAMES, SCOPES } from './provider-config.ts';
export type { IdpClient } from './provider-config.ts';
export { ADMINS_GROUP, DEFAULT_USERS, DEMO_PASSWORD, EMPLOYEES_GROUP } from './users.ts';
export type { SeedUser } from './users.ts';
