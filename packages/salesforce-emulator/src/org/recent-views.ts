// RecentlyViewed, per user: Lightning records a view when a person opens a record's page, and
// GET /services/data/vXX.X/recent lists them (docs/decisions/0033). What Salesforce documents:
// - REST API Developer Guide, "Recently Viewed Items" (resources_recent_items): the most recently
//   viewed or referenced items of the current user; `limit` is optional and defaults to the most
//   RecentlyViewed holds, "200 records in total"; "the API response filters and displays recent
//   records based on the permissions of the token or session ID user".
// - "View Recently Viewed Records" (dome_see_recently_viewed): the answer is a JSON array of
//   `{ attributes: { type, url }, Id, Name }`.
// - Object Reference, "RecentlyViewed": Event, Task, Report, KnowledgeArticle and Article are not
//   supported; a record counts as viewed when its details are seen, not when it is listed with
//   others; the data is "periodically truncated down to 200 records" (older editions, and the SOQL
//   FOR VIEW page, say 200 per object) and kept 90 days.
// Referenced records (those related to a viewed one) are not emulated: only views.
import type { SObjectRecord } from './types.ts';

/** Objects of this org that RecentlyViewed tracks (Task is not supported by Salesforce). */
export const TRACKED_OBJECTS: ReadonlySet<string> = new Set(['Account', 'Lead', 'Campaign', 'Contact', 'Opportunity', 'Case', 'User']);
/** RecentlyViewed keeps this many records (the newest), so /recent answers at most this many. */
export const RECENT_MAX = 200;
export const RECENT_RETENTION_MS = 90 * 24 * 60 * 60 * 1000;

export interface RecentView {
  type: string;
  id: string;
  /** Epoch milliseconds on the emulator's clock. */
  viewedAt: number;
}

export interface RecentViews {
  /** Records that `userId` viewed the record now; false when RecentlyViewed does not track its object. */
  record(userId: string, type: string, id: string, at: number): boolean;
  /** The user's views, newest first, without those older than the retention. */
  list(userId: string, now: number): RecentView[];
}

export function createRecentViews(seeded: ReadonlyMap<string, readonly RecentView[]> = new Map()): RecentViews {
  /** Per user, in the order viewed (a Map keeps insertion order; a repeat view moves to the end). */
  const byUser = new Map<string, Map<string, RecentView>>();
  const views = (userId: string) => {
    let mine = byUser.get(userId);
    if (!mine) byUser.set(userId, (mine = new Map()));
    return mine;
  };
  const record = (userId: string, type: string, id: string, at: number): boolean => {
    if (!TRACKED_OBJECTS.has(type)) return false;
    const mine = views(userId);
    mine.delete(id);
    mine.set(id, { type, id, viewedAt: at });
    // Salesforce truncates periodically; doing it at once keeps the same upper bound.
    for (const old of [...mine.keys()].slice(0, Math.max(0, mine.size - RECENT_MAX))) mine.delete(old);
    return true;
  };
  for (const [userId, list] of seeded) {
    for (const view of [...list].sort((a, b) => a.viewedAt - b.viewedAt)) record(userId, view.type, view.id, view.viewedAt);
  }
  return {
    record,
    list(userId, now) {
      const mine = byUser.get(userId);
      if (!mine) return [];
      return [...mine.values()].reverse().filter((v) => now - v.viewedAt <= RECENT_RETENTION_MS);
    },
  };
}

/** The record's name as RecentlyViewed's Name holds it (the object's name field). */
export function nameOf(record: SObjectRecord): string {
  return String(record.Name ?? record.Subject ?? record.Id);
}
