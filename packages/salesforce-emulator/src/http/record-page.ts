// GET /lightning/r/{Object}/{Id}/view: stands in for Lightning's record page, so "open in
// Salesforce" lands somewhere real. Opening it is what makes a record recently viewed in a real
// org ("The RecentlyViewed object is updated every time the logged-in user views or references a
// record", SOQL and SOSL Reference, FOR VIEW), so the view is recorded here, for the user signed
// in to the emulated org in this browser (its session cookie) and only when they may read the
// record. The page itself is shown as before, signed in or not: a demo convenience.
import { signedInUser } from '../oauth/authorize.ts';
import { recordPage } from '../oauth/pages.ts';
import { accessFor } from '../org/access.ts';
import type { Exchange } from './exchange.ts';
import { sendHtml } from './http-utils.ts';

export function showRecordPage(ex: Exchange, type: string, id: string): void {
  const { state } = ex;
  const found = state.lookup(id);
  const record = found?.type === type ? found.record : undefined;
  const user = record ? state.users.byId.get(signedInUser(ex) ?? '') : undefined;
  if (record && user) {
    ex.attribute(user.username);
    if (accessFor(user).canRead(type) && state.visibility(user).canSee(type, record)) {
      state.recentViews.record(user.id, type, record.Id, state.clock.now());
    }
  }
  sendHtml(ex.res, record ? 200 : 404, recordPage(type, record, state.org.name));
}
