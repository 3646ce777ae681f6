// The org's API usage as Salesforce last reported it (Sforce-Limit-Info), for logs and admins.
import type { ApiUsage } from '@sfsearch/salesforce';
import type { Logger } from 'pino';

export interface ApiUsageTracker {
  record(usage: ApiUsage | undefined): void;
  latest(): { used: number; limit: number; at: string } | null;
}

export function createApiUsageTracker(logger: Logger): ApiUsageTracker {
  // Recorded on every search; formatted only when someone asks.
  let latest: { used: number; limit: number; at: number } | null = null;
  let warnedAt = 0;
  return {
    record(usage) {
      if (!usage) return;
      latest = { used: usage.used, limit: usage.limit, at: Date.now() };
      const share = usage.used / usage.limit;
      if (share >= 0.9 && Date.now() - warnedAt > 60_000) {
        warnedAt = Date.now();
        logger.warn({ apiUsage: usage }, 'the org has used over 90% of its daily Salesforce API requests');
      } else {
        logger.debug({ apiUsage: usage }, 'Salesforce API usage');
      }
    },
    latest: () => (latest ? { used: latest.used, limit: latest.limit, at: new Date(latest.at).toISOString() } : null),
  };
}
