// The person's recently viewed records, in one call: Salesforce's Recently Viewed Items resource
// (GET /services/data/vXX.X/recent, REST API Developer Guide), which answers
// `[{ attributes: { type, url }, Id, Name }]`, newest first, already filtered by the person's
// permissions. Kept: the record types the widget searches that the person may read, each
// normalised like a search result (without subtitle and card, which the resource does not give).
import { recordTypes, type RecentRecord, type RecordType } from '@sfsearch/contracts';
import { API_VERSION } from './app-config.ts';
import { entryForSobject } from './catalogue.ts';
import type { SearchAccess } from './describe.ts';
import { lightningRecordUrl } from './instance.ts';
import { restGet, type ApiUsage, type UserSession } from './session.ts';

/**
 * How many entries to ask for. RecentlyViewed also holds objects the widget does not show
 * (Contacts, Opportunities, people, list views), and Tasks never appear in it (Object Reference,
 * "RecentlyViewed"), so a few times the shown count is asked for; the answer is Ids and names only.
 */
export const RECENT_ASKED = 50;

export interface RecentOutcome {
  records: RecentRecord[];
  apiUsage: ApiUsage | undefined;
}

interface RecentItem {
  attributes?: { type?: unknown };
  Id?: unknown;
  Name?: unknown;
}

/**
 * `access` (from describe, when known) drops types the person's profile cannot read; Salesforce
 * filters by permissions already, so this only guards against a type it has been seen to refuse.
 */
export async function recentRecords(
  session: UserSession,
  options: { limit: number; types?: readonly RecordType[]; access?: SearchAccess },
): Promise<RecentOutcome> {
  const wanted = new Set((options.types ?? recordTypes).filter((type) => options.access?.[type] !== null));
  const { body, apiUsage } = await restGet<unknown>(session, `/services/data/v${API_VERSION}/recent?limit=${RECENT_ASKED}`);
  const records: RecentRecord[] = [];
  const seen = new Set<string>();
  for (const item of Array.isArray(body) ? (body as RecentItem[]) : []) {
    if (records.length >= options.limit) break;
    const entry = entryForSobject(typeof item.attributes?.type === 'string' ? item.attributes.type : undefined);
    if (!entry || !wanted.has(entry.type) || typeof item.Id !== 'string' || item.Id === '' || seen.has(item.Id)) continue;
    seen.add(item.Id);
    records.push({
      id: item.Id,
      type: entry.type,
      title: typeof item.Name === 'string' && item.Name !== '' ? item.Name : item.Id,
      url: lightningRecordUrl(session.instanceUrl, entry.sobject, item.Id),
    });
  }
  return { records, apiUsage };
}
