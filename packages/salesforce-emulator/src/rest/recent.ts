// GET /services/data/vXX.X/recent?limit=N: the caller's recently viewed records, newest first,
// as `[{ attributes: { type, url }, Id, Name }]`, only those their profile and sharing let them
// read now (docs/decisions/0033; sources in org/recent-views.ts). Also the `recentItems` of
// GET /sobjects/{Object}.
import type { ObjectAccess } from '../org/access.ts';
import { nameOf, RECENT_MAX } from '../org/recent-views.ts';
import type { OrgUser } from '../org/types.ts';
import type { EmulatorState } from '../state.ts';
import { recordUrl } from './field-paths.ts';
import { SalesforceError } from './salesforce-error.ts';

export interface RecentItem {
  attributes: { type: string; url: string };
  Id: string;
  Name: string;
}

/**
 * Salesforce documents `limit` as optional, defaulting to the most RecentlyViewed holds (200 in
 * total); what it answers to a limit that is not a positive whole number is not documented, so
 * the stricter reading: 400. A limit above 200 answers what there is.
 */
export function parseRecentLimit(value: string | null): number {
  if (value === null) return RECENT_MAX;
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1) {
    throw new SalesforceError(400, 'INVALID_QUERY_PARAMETER_VALUE', `limit must be a positive integer: ${value}`);
  }
  return Math.min(Number(value), RECENT_MAX);
}

export function recentItems(state: EmulatorState, user: OrgUser, access: ObjectAccess, apiVersion: string, options: { limit: number; type?: string }): RecentItem[] {
  const sees = state.visibility(user);
  const items: RecentItem[] = [];
  for (const view of state.recentViews.list(user.id, state.clock.now())) {
    if (items.length >= options.limit) break;
    if (options.type !== undefined && view.type !== options.type) continue;
    const found = state.lookup(view.id);
    // Access is checked as the list is read: sharing or a profile may have changed since the view.
    if (!found || found.type !== view.type || !access.canRead(view.type) || !sees.canSee(view.type, found.record)) continue;
    items.push({ attributes: { type: view.type, url: recordUrl(apiVersion, view.type, view.id) }, Id: view.id, Name: nameOf(found.record) });
  }
  return items;
}
