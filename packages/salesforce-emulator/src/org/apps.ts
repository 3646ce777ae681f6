// What a connected app or External Client App admits (Setup → the app → Policies).
import type { ConnectedApp, Org, OrgUser } from './types.ts';

/** "Admin approved users are pre-authorized": the user's profile or permission set is on the app. */
export function isPreAuthorized(app: ConnectedApp, user: OrgUser): boolean {
  return app.preAuthorizedProfiles.includes(user.profile.name);
}

/**
 * Under API Access Control only apps an admin installed and restricted to pre-authorized users
 * may call the API, unless the user has "Use Any API Client".
 */
export function passesApiAccessControl(org: Org, app: ConnectedApp | undefined, user: OrgUser): boolean {
  if (!org.apiAccessControl || user.profile.useAnyApiClient) return true;
  return app !== undefined && app.installed && app.permittedUsers === 'admin-approved' && isPreAuthorized(app, user);
}
