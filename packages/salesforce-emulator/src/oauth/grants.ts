// Grants, access tokens and refresh tokens, with the connected app's policies: refresh token
// expiry, rotation (a replayed rotated token revokes the whole grant), at most five refresh
// tokens per user and app, and one refresh at a time per refresh token.
import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock.ts';
import type { ConnectedApp } from '../org/types.ts';

export const MAX_REFRESH_GRANTS_PER_USER_AND_APP = 5;

export interface Grant {
  id: number;
  userId: string;
  consumerKey: string;
  scopes: string[];
  createdAt: number;
  revoked: boolean;
}

export interface AccessToken {
  token: string;
  grant: Grant;
  expiresAt: number;
  revoked: boolean;
}

interface RefreshToken {
  token: string;
  grant: Grant;
  issuedAt: number;
  lastUsedAt: number;
  status: 'active' | 'rotated' | 'revoked';
  busyUntil: number;
}

export type RefreshOutcome =
  | { ok: true; accessToken: AccessToken; refreshToken?: string }
  | { ok: false; description: 'expired access/refresh token' | 'token request is already being processed' };

export function createGrantStore(clock: Clock, orgId15: string) {
  const grants: Grant[] = [];
  const accessTokens = new Map<string, AccessToken>();
  const refreshTokens = new Map<string, RefreshToken>();
  let nextGrantId = 1;

  const newAccessToken = (grant: Grant, app: ConnectedApp): AccessToken => {
    const token = `${orgId15}!${randomBytes(72).toString('base64url').replace(/-/g, '.')}`;
    const entry = { token, grant, expiresAt: clock.now() + app.sessionTimeoutSeconds * 1000, revoked: false };
    accessTokens.set(token, entry);
    return entry;
  };
  const newRefreshToken = (grant: Grant): string => {
    const token = `5Aep861${randomBytes(60).toString('base64url').replace(/-/g, '.')}`;
    const now = clock.now();
    refreshTokens.set(token, { token, grant, issuedAt: now, lastUsedAt: now, status: 'active', busyUntil: 0 });
    return token;
  };
  const revokeGrant = (grant: Grant) => {
    grant.revoked = true;
    for (const entry of accessTokens.values()) if (entry.grant === grant) entry.revoked = true;
    for (const entry of refreshTokens.values()) if (entry.grant === grant) entry.status = 'revoked';
  };
  const expired = (entry: RefreshToken, app: ConnectedApp): boolean => {
    const policy = app.refreshTokenPolicy;
    const now = clock.now();
    if (policy.kind === 'immediately-expire') return true;
    if (policy.kind === 'expire-after') return now - entry.issuedAt >= policy.seconds * 1000;
    if (policy.kind === 'expire-if-unused') return now - entry.lastUsedAt >= policy.seconds * 1000;
    return false;
  };

  return {
    /** A new grant from an approved authorization (or client credentials). */
    issue(userId: string, app: ConnectedApp, scopes: string[]): { accessToken: AccessToken; refreshToken?: string } {
      const grant: Grant = { id: nextGrantId++, userId, consumerKey: app.consumerKey, scopes, createdAt: clock.now(), revoked: false };
      grants.push(grant);
      const wantsRefresh = scopes.includes('refresh_token') || scopes.includes('offline_access');
      if (!wantsRefresh) return { accessToken: newAccessToken(grant, app) };
      const holding = grants.filter((g) => !g.revoked && g.userId === userId && g.consumerKey === app.consumerKey
        && [...refreshTokens.values()].some((r) => r.grant === g && r.status === 'active'));
      for (const oldest of holding.slice(0, Math.max(0, holding.length - (MAX_REFRESH_GRANTS_PER_USER_AND_APP - 1)))) revokeGrant(oldest);
      return { accessToken: newAccessToken(grant, app), refreshToken: newRefreshToken(grant) };
    },

    /** Starts a refresh; the caller completes it after the processing time, while it holds the token. */
    beginRefresh(token: string, app: ConnectedApp): RefreshOutcome | { ok: 'pending'; complete: () => RefreshOutcome } {
      const entry = refreshTokens.get(token);
      if (!entry || entry.grant.consumerKey !== app.consumerKey || entry.grant.revoked) return { ok: false, description: 'expired access/refresh token' };
      if (entry.status === 'rotated') {
        revokeGrant(entry.grant);
        return { ok: false, description: 'expired access/refresh token' };
      }
      if (entry.status === 'revoked' || expired(entry, app)) return { ok: false, description: 'expired access/refresh token' };
      if (entry.busyUntil > clock.now()) return { ok: false, description: 'token request is already being processed' };
      entry.busyUntil = Number.POSITIVE_INFINITY;
      return {
        ok: 'pending',
        complete: () => {
          entry.busyUntil = 0;
          if (entry.status !== 'active' || entry.grant.revoked) return { ok: false, description: 'expired access/refresh token' };
          entry.lastUsedAt = clock.now();
          const accessToken = newAccessToken(entry.grant, app);
          if (!app.refreshTokenRotation) return { ok: true, accessToken };
          entry.status = 'rotated';
          return { ok: true, accessToken, refreshToken: newRefreshToken(entry.grant) };
        },
      };
    },

    /** The live access token, or undefined when unknown, expired or revoked. */
    access(token: string): AccessToken | undefined {
      const entry = accessTokens.get(token);
      if (!entry || entry.revoked || entry.grant.revoked || entry.expiresAt <= clock.now()) return undefined;
      return entry;
    },

    /** Revoking a refresh token revokes its grant; revoking an access token revokes only it. */
    revoke(token: string): boolean {
      const refresh = refreshTokens.get(token);
      if (refresh) {
        revokeGrant(refresh.grant);
        return true;
      }
      const access = accessTokens.get(token);
      if (!access) return false;
      access.revoked = true;
      return true;
    },

    expireAccessTokens(userId?: string): number {
      let count = 0;
      for (const entry of accessTokens.values()) {
        if ((userId === undefined || entry.grant.userId === userId) && entry.expiresAt > clock.now()) {
          entry.expiresAt = clock.now();
          count++;
        }
      }
      return count;
    },

    revokeUser(userId: string): number {
      const live = grants.filter((g) => g.userId === userId && !g.revoked);
      live.forEach(revokeGrant);
      return live.length;
    },

    activeRefreshTokens(userId: string, consumerKey: string): number {
      return [...refreshTokens.values()].filter((r) => r.status === 'active' && !r.grant.revoked
        && r.grant.userId === userId && r.grant.consumerKey === consumerKey).length;
    },
  };
}

export type GrantStore = ReturnType<typeof createGrantStore>;
