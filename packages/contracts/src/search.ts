import * as z from 'zod/mini';
import { customIssue } from './custom-issue.ts';

export const recordTypes = ['account', 'lead', 'task', 'campaign'] as const;
export const recordTypeSchema = z.enum(recordTypes);
export type RecordType = z.infer<typeof recordTypeSchema>;

export const SEARCH_MIN_LENGTH = 2;

const OPERATOR_WORDS = new Set(['and', 'or', 'not']);

/**
 * Salesforce refuses a search whose terms are all single characters (INVALID_SEARCH, "search
 * term must be longer than one character"): at least one word must hold two letters or digits
 * in a row. Operator words are left out of what is sent, so they do not count.
 */
export function hasSearchableTerm(text: string): boolean {
  const words = text.trim().split(/\s+/).filter((w) => w !== '');
  const kept = words.some((w) => !OPERATOR_WORDS.has(w.toLowerCase())) ? words.filter((w) => !OPERATOR_WORDS.has(w.toLowerCase())) : words;
  return kept.some((word) => /[\p{L}\p{N}]{2}/u.test(word));
}

export const SEARCH_TERM_TOO_SHORT = 'Type at least two letters or digits in a row: Salesforce does not search for single characters.';
export const SEARCH_MAX_LENGTH = 100;
export const SEARCH_DEFAULT_LIMIT = 5;
export const SEARCH_MAX_LIMIT = 25;
/** How many more records of one type "Show more" asks for. */
export const SEARCH_MORE_LIMIT = 10;
export const SEARCH_MAX_OFFSET = 2000;

/**
 * GET /api/salesforce/search?q=&types=account,lead&limit=5
 * Only the BFF parses requests: the `@__PURE__` marks let a bundler drop this schema from the widget
 * (zod/mini's functions are marked side-effect free already; `.check()` calls are not).
 */
export const searchQuerySchema = z.object({
  q: /* @__PURE__ */ z.string({ error: 'Type something to search for.' }).check(
    z.trim(),
    z.minLength(SEARCH_MIN_LENGTH, `Type at least ${SEARCH_MIN_LENGTH} characters to search.`),
    z.maxLength(SEARCH_MAX_LENGTH, `Searches are limited to ${SEARCH_MAX_LENGTH} characters.`),
    /* @__PURE__ */ z.refine(hasSearchableTerm, SEARCH_TERM_TOO_SHORT),
  ),
  types: z.pipe(
    z.optional(z.string()),
    z.transform((value: string | undefined, ctx) => {
      if (value === undefined || value.trim() === '') return [...recordTypes];
      const types = [...new Set(value.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean))];
      const unknown = types.filter((t) => !(recordTypes as readonly string[]).includes(t));
      if (unknown.length > 0) return customIssue(ctx, `Unknown record type ${unknown.join(', ')}: use ${recordTypes.join(', ')}.`);
      return types as RecordType[];
    }),
  ),
  limit: z._default(
    /* @__PURE__ */ z.coerce.number({ error: 'limit must be a number.' }).check(
      z.int('limit must be a whole number.'),
      z.minimum(1, 'limit must be at least 1.'),
      z.maximum(SEARCH_MAX_LIMIT, `limit must be at most ${SEARCH_MAX_LIMIT}.`),
    ),
    SEARCH_DEFAULT_LIMIT,
  ),
  /** "Show more": the records of one type after the first `offset` (SOSL's OFFSET, at most 2,000). */
  offset: z._default(
    /* @__PURE__ */ z.coerce.number({ error: 'offset must be a number.' }).check(
      z.int('offset must be a whole number.'),
      z.minimum(0, 'offset must be at least 0.'),
      z.maximum(SEARCH_MAX_OFFSET, `offset must be at most ${SEARCH_MAX_OFFSET}: Salesforce pages no further.`),
    ),
    0,
  ),
}).check(
  /* @__PURE__ */ z.refine((query) => query.offset === 0 || query.types.length === 1, { message: 'Show more asks for one record type at a time: give exactly one type with an offset.', path: ['types'] }),
);
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export const searchResultSchema = z.object({
  id: z.string(),
  type: recordTypeSchema,
  title: z.string(),
  subtitle: z.string(),
  /** `key` names the field whatever the language (`city`, `dueDate`); `label` is for people. */
  fields: z.array(z.object({ key: z.string(), label: z.string(), value: z.string() })),
  url: z.string(),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

/** A type that was not searched, and why: the person's Salesforce profile cannot read it. */
export const searchNoticeSchema = z.object({
  type: recordTypeSchema,
  reason: z.enum(['no-access']),
  message: z.string(),
});
export type SearchNotice = z.infer<typeof searchNoticeSchema>;

export const searchResponseSchema = z.object({
  query: z.string(),
  results: z.object({
    account: z.array(searchResultSchema),
    lead: z.array(searchResultSchema),
    task: z.array(searchResultSchema),
    campaign: z.array(searchResultSchema),
  }),
  /** Types with more matches than shown. */
  more: z.array(recordTypeSchema),
  notices: z.array(searchNoticeSchema),
  /**
   * A one-word search that came back short: Salesforce hands on only its most relevant matches
   * of each type before it applies the person's access (search crowding), so a second word may
   * find records this one missed.
   */
  crowded: z.boolean(),
  /** Salesforce's own search page for this query, on the person's Lightning host. */
  searchPageUrl: z.string(),
});
export type SearchResponse = z.infer<typeof searchResponseSchema>;
