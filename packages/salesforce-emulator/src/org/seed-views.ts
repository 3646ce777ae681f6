// A few records each of the org's people viewed lately, so that the first start of the demo shows
// recent items before anyone has opened a record. Drawn from their own random sequence, so the
// rest of the org stays as it was.
import { createRandom, type Random } from './random.ts';
import type { RecentView } from './recent-views.ts';
import { SEEDED_PEOPLE } from './seed-people.ts';
import type { Visibility } from './sharing.ts';
import type { Org, OrgUser, SObjectRecord } from './types.ts';

const HOUR = 60 * 60 * 1000;
/** What each person looked at: mostly accounts, some leads, a campaign. */
const MIX: [type: string, count: number][] = [['Account', 3], ['Lead', 2], ['Campaign', 1]];

function pickDistinct(r: Random, records: readonly SObjectRecord[], count: number): SObjectRecord[] {
  const chosen = new Map<string, SObjectRecord>();
  for (let tries = 0; chosen.size < Math.min(count, records.length) && tries < count * 20; tries++) {
    const record = r.pick(records);
    chosen.set(record.Id, record);
  }
  return [...chosen.values()];
}

/**
 * Per user id, records they could see when they viewed them, preferring their own. Views are
 * not checked again here: /recent applies the person's access when it answers (a profile may
 * lose an object after the view, as Noah Lee's restricted one has Campaigns).
 */
export function seedRecentViews(org: Org, visibility: (user: OrgUser) => Visibility, seed: number, now: number): Map<string, RecentView[]> {
  const r = createRandom(seed * 7919 + 104_729);
  const seeded = new Map<string, RecentView[]>();
  for (const user of org.users.slice(0, SEEDED_PEOPLE)) {
    const sees = visibility(user);
    const views: Omit<RecentView, 'viewedAt'>[] = [];
    for (const [type, count] of MIX) {
      const visible = (org.records.get(type) ?? []).filter((record) => sees.canSee(type, record));
      const own = visible.filter((record) => record.OwnerId === user.id);
      views.push(...pickDistinct(r, own.length >= count ? own : visible, count).map((record) => ({ type, id: record.Id })));
    }
    // Shuffled, then spread over the last two days, newest first.
    const order = views.map((view) => ({ view, key: r.next() })).sort((a, b) => a.key - b.key).map((x) => x.view);
    seeded.set(user.id, order.map((view, i) => ({ ...view, viewedAt: now - (i * 5 + r.int(1, 4)) * HOUR })));
  }
  return seeded;
}
