// Control Panel → Marketplace → Salesforce: read, save (purging every user's tokens when anything
// changed) and check the admin's Salesforce app settings.
import {
  DEFAULT_SCOPES, normaliseLoginHost, PRODUCTION_LOGIN_HOST, salesforceConfigCheckSchema, salesforceConfigUpdateSchema, settingsUpdateSchema,
  type CheckResponse, type SalesforceConfig, type SettingsResponse,
} from '@sfsearch/contracts';
import { revokeToken } from '@sfsearch/salesforce';
import type { SaveConfigResult, Store } from '@sfsearch/store';
import { Router, type Request } from 'express';
import type { Logger } from 'pino';
import { callbackUrl, type Config } from '../config.ts';
import { invalidRequest } from '../errors.ts';
import { issueMessage, localeOf, msg } from '../messages/messages.ts';
import { csrfProtection } from '../http/security.ts';
import { currentUser, requireAdmin } from '../http/session.ts';
import { searchTypesOf, type ApiBudget } from '../salesforce/api-budget.ts';
import type { SetupProblemLog } from '../salesforce/setup-problems.ts';
import type { UserSessions } from '../salesforce/user-session.ts';
import { createSetupCheckService } from './setup-check-service.ts';

const REVOKE_CONCURRENCY = 8;

function parse<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string; params?: unknown }[] } } }, body: unknown): T {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  throw invalidRequest(result.error.issues.map(issueMessage));
}

/**
 * SECURITY.md: loopback (and so plain-http) login hosts only under an explicit development
 * setting, or the admin page would let its users probe the BFF's own network.
 */
function assertLoginHostAllowed(config: Config, loginHost: string): void {
  const host = normaliseLoginHost(loginHost);
  if (host.ok && host.kind === 'local' && !config.ALLOW_LOCAL_LOGIN_HOSTS) {
    throw invalidRequest(msg('login-host.this-server', { host: new URL(loginHost).host }));
  }
}

/** Revokes purged refresh tokens at Salesforce in the background, a few at a time. */
export async function revokePurged(result: SaveConfigResult, timeoutMs: number, logger: Logger): Promise<void> {
  if (!result.previousLoginHost || result.revocations.count === 0) return;
  const iterator = result.revocations[Symbol.iterator]();
  let revoked = 0;
  let failed = 0;
  await Promise.all(Array.from({ length: REVOKE_CONCURRENCY }, async () => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      try {
        await revokeToken({ loginHost: result.previousLoginHost!, timeoutMs }, next.value.refreshToken);
        revoked++;
      } catch {
        failed++;
      }
    }
  }));
  logger.info({ revoked, failed }, 'revoked the purged Salesforce refresh tokens');
}

export interface AdminDeps {
  budget: ApiBudget;
  problems: SetupProblemLog;
  sessions: UserSessions;
}

export function adminRoutes(config: Config, store: Store, { budget, problems, sessions }: AdminDeps, logger: Logger): Router {
  const router = Router();
  const setupCheck = createSetupCheckService(config, store, problems, sessions);
  const path = '/api/admin/marketplace/salesforce';
  const actor = (req: Request) => currentUser(req).email || currentUser(req).id;

  router.get(path, requireAdmin, async (_req, res) => {
    const [stored, connectedUsers] = await Promise.all([store.config.get(), store.tokens.countConnected()]);
    const body: SalesforceConfig = {
      configured: stored !== null,
      consumerKey: stored?.consumerKey ?? '',
      hasConsumerSecret: stored?.hasConsumerSecret ?? false,
      loginHost: stored?.loginHost ?? PRODUCTION_LOGIN_HOST,
      scopes: stored?.scopes ?? DEFAULT_SCOPES,
      callbackUrl: callbackUrl(config),
      connectedUsers,
      updatedAt: stored?.updatedAt.toISOString() ?? null,
      updatedBy: stored?.updatedBy ?? null,
      apiBudget: await budget.summary(),
      searchTypes: searchTypesOf(await budget.settings()),
      apiUsage: budget.latest(),
    };
    res.json(body);
  });

  router.put(path, requireAdmin, csrfProtection(config), async (req, res) => {
    const change = parse(salesforceConfigUpdateSchema, req.body);
    assertLoginHostAllowed(config, change.loginHost);
    const stored = await store.config.get();
    if (!change.consumerSecret && !stored?.hasConsumerSecret) throw invalidRequest(msg('admin.secret-required'));
    const result = await store.config.save(change, actor(req));
    if (result.changed) {
      logger.info({ actor: actor(req), fields: result.changedFields, purged: result.purgedUsers }, 'the Salesforce connection settings changed');
      void revokePurged(result, config.SALESFORCE_TIMEOUT_MS, logger).catch((err) => logger.error({ err }, 'revoking purged tokens failed'));
    }
    res.json({ purgedTokens: result.purgedUsers });
  });

  // What changes without anyone signing in again: no purge, audited by field name.
  router.put(`${path}/settings`, requireAdmin, csrfProtection(config), async (req, res) => {
    const change = parse(settingsUpdateSchema, req.body);
    const { changedFields, settings } = await budget.saveSettings(change, actor(req));
    if (changedFields.length > 0) logger.info({ actor: actor(req), fields: changedFields }, 'the Salesforce search settings changed');
    const body: SettingsResponse = { apiCapPercent: settings.apiCapPercent, searchTypes: searchTypesOf(settings), changedFields };
    res.json(body);
  });

  router.post(`${path}/check`, requireAdmin, csrfProtection(config), async (req, res) => {
    const change = parse(salesforceConfigCheckSchema, req.body);
    assertLoginHostAllowed(config, change.loginHost);
    const body: CheckResponse = await setupCheck.check(change, currentUser(req).id, localeOf(req));
    res.json(body);
  });

  return router;
}
