import * as z from 'zod/mini';
import { errorCodes } from './errors.ts';
import { recordTypeSchema, searchResultSchema } from './search.ts';

/** How many recently viewed records and recent searches the empty search box shows at most. */
export const RECENT_RECORDS_LIMIT = 10;
export const RECENT_SEARCHES_LIMIT = 10;

/**
 * A record the person viewed lately in Salesforce: a search result without subtitle and card
 * fields, which Salesforce's Recently Viewed Items resource does not give (Id and Name only).
 */
export const recentRecordSchema = z.pick(searchResultSchema, { id: true, type: true, title: true, url: true });
export type RecentRecord = z.infer<typeof recentRecordSchema>;

/** A search the person made, as typed, with the record types it searched; `at` is ISO 8601. */
export const recentSearchSchema = z.object({
  q: z.string(),
  types: z.array(recordTypeSchema),
  at: z.string(),
});
export type RecentSearch = z.infer<typeof recentSearchSchema>;

/**
 * GET /api/salesforce/recent. When Salesforce could not give the recently viewed records, the
 * searches still come, with `records` empty and a notice saying why (an error code and a
 * message a person can act on).
 */
export const recentResponseSchema = z.object({
  records: z.array(recentRecordSchema),
  searches: z.array(recentSearchSchema),
  notice: z.optional(z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    reason: z.optional(z.string()),
  })),
});
export type RecentResponse = z.infer<typeof recentResponseSchema>;

/** DELETE /api/salesforce/recent-searches */
export const clearRecentSearchesResponseSchema = z.object({ ok: z.literal(true) });
export type ClearRecentSearchesResponse = z.infer<typeof clearRecentSearchesResponseSchema>;
