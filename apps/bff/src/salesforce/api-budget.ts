// The org's daily Salesforce API allowance and this product's share of it (issue 14, point 3).
// Every REST call the BFF makes passes through record(): it counts one call of ours and keeps the
// org's usage as Salesforce reported it on that answer (Sforce-Limit-Info). Counts are written by
// hour every FLUSH_MS, so every instance adds up the same rolling 24 hours Salesforce counts in.
// With a cap set, searches pause while the org is over it, but for one probe every PROBE_MS that
// learns whether the window has freed up.
import { DEFAULT_SEARCH_TYPES, recordTypes, type RecordType } from '@sfsearch/contracts';
import type { ApiUsage } from '@sfsearch/salesforce';
import type { MarketplaceSettings, OrgApiUsage, SettingsChange, Store } from '@sfsearch/store';
import type { Logger } from 'pino';
import { AppError } from '../errors.ts';
import { msg } from '../messages/messages.ts';

export const API_WARNING_SHARE = 0.8;
const FLUSH_MS = 30_000;
const SETTINGS_TTL_MS = 5_000;
const PROBE_MS = 5 * 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface ApiBudgetSummary {
  ownCallsToday: number;
  capPercent: number | null;
  warning: boolean;
  paused: boolean;
}

export interface ApiBudget {
  /** One call made to Salesforce's REST API, and the usage its answer reported (if any). */
  record(usage: ApiUsage | undefined): void;
  latest(): { used: number; limit: number; at: string } | null;
  /** Throws while the org is over the admin's cap (but for the occasional probe). */
  assertSearchAllowed(): Promise<void>;
  summary(): Promise<ApiBudgetSummary>;
  settings(): Promise<MarketplaceSettings>;
  saveSettings(change: SettingsChange, actor: string): Promise<{ changedFields: string[]; settings: MarketplaceSettings }>;
  flush(): Promise<void>;
  stop(): Promise<void>;
}

/** The record types employees search: the admin's choice, else the defaults. */
export function searchTypesOf(settings: Pick<MarketplaceSettings, 'searchTypes'>): RecordType[] {
  const chosen = (settings.searchTypes ?? []).filter((type): type is RecordType => (recordTypes as readonly string[]).includes(type));
  return chosen.length > 0 ? recordTypes.filter((type) => chosen.includes(type)) : [...DEFAULT_SEARCH_TYPES];
}

export const searchPaused = () => new AppError('salesforce-rate-limited', msg('salesforce.paused-by-cap'), { status: 503, reason: 'paused-by-cap' });

export function createApiBudget(store: Store, logger: Logger, now: () => number = Date.now): ApiBudget {
  let latest: OrgApiUsage | null = null;
  let unwritten = new Map<number, number>();
  let usageDirty = false;
  let warnedAt = 0;
  /** When searches last went through while over the cap (the pause's start counts as one). */
  let lastProbe: number | null = null;
  let cached: { settings: MarketplaceSettings; stored: OrgApiUsage | null; at: number } | null = null;

  const shared = async () => {
    if (!cached || now() - cached.at > SETTINGS_TTL_MS) {
      const [settings, stored] = await Promise.all([store.settings.get(), store.apiCalls.orgUsage()]);
      cached = { settings, stored, at: now() };
    }
    return cached;
  };
  /** What this instance heard last, or what another wrote down later; nothing older than a day. */
  const orgUsage = (stored: OrgApiUsage | null) => {
    const newest = !latest || (stored && stored.at > latest.at) ? stored : latest;
    return newest && now() - newest.at.getTime() < DAY_MS ? newest : null;
  };
  const share = (usage: OrgApiUsage | null) => (usage && usage.limit > 0 ? usage.used / usage.limit : 0);

  const flush = async () => {
    const counts = [...unwritten].map(([hour, calls]) => ({ hour, calls }));
    const usage = usageDirty ? latest : null;
    unwritten = new Map();
    usageDirty = false;
    try {
      await store.apiCalls.add(counts);
      if (usage) await store.apiCalls.recordOrgUsage(usage);
    } catch (err) {
      for (const { hour, calls } of counts) unwritten.set(hour, (unwritten.get(hour) ?? 0) + calls);
      usageDirty ||= usage !== null;
      logger.warn({ err }, 'could not record the Salesforce API calls');
    }
  };
  const timer = setInterval(() => void flush(), FLUSH_MS);
  timer.unref();

  return {
    record(usage) {
      const hour = Math.floor(now() / HOUR_MS);
      unwritten.set(hour, (unwritten.get(hour) ?? 0) + 1);
      if (!usage) return;
      latest = { used: usage.used, limit: usage.limit, at: new Date(now()) };
      usageDirty = true;
      if (share(latest) >= 0.9 && now() - warnedAt > 60_000) {
        warnedAt = now();
        logger.warn({ apiUsage: usage }, 'the org has used over 90% of its daily Salesforce API requests');
      }
    },
    latest() {
      const usage = orgUsage(cached?.stored ?? null);
      return usage ? { used: usage.used, limit: usage.limit, at: usage.at.toISOString() } : null;
    },
    async assertSearchAllowed() {
      const { settings, stored } = await shared();
      if (settings.apiCapPercent === null || share(orgUsage(stored)) * 100 < settings.apiCapPercent) {
        lastProbe = null;
        return;
      }
      if (lastProbe === null) {
        lastProbe = now();
        logger.warn({ capPercent: settings.apiCapPercent, apiUsage: orgUsage(stored) }, 'searches paused: the org is over the API cap');
      } else if (now() - lastProbe >= PROBE_MS) {
        // One search goes through to learn whether Salesforce's window has freed up.
        lastProbe = now();
        return;
      }
      throw searchPaused();
    },
    async summary() {
      await flush();
      cached = null;
      const [{ settings, stored }, ownCallsToday] = await Promise.all([shared(), store.apiCalls.since(Math.floor(now() / HOUR_MS) - 23)]);
      const used = share(orgUsage(stored));
      return {
        ownCallsToday,
        capPercent: settings.apiCapPercent,
        warning: used >= API_WARNING_SHARE,
        paused: settings.apiCapPercent !== null && used * 100 >= settings.apiCapPercent,
      };
    },
    settings: async () => (await shared()).settings,
    async saveSettings(change, actor) {
      const saved = await store.settings.save(change, actor);
      cached = null;
      return saved;
    },
    flush,
    async stop() {
      clearInterval(timer);
      await flush();
    },
  };
}
