import * as z from 'zod/mini';
import { customIssue } from './problems.ts';

/** Every record type the product can search; admins choose which (DEFAULT_SEARCH_TYPES until they do). */
export const recordTypes = ['account', 'lead', 'task', 'campaign', 'contact', 'opportunity', 'case'] as const;
export const recordTypeSchema = z.enum(recordTypes);
export type RecordType = z.infer<typeof recordTypeSchema>;
export const DEFAULT_SEARCH_TYPES: readonly RecordType[] = ['account', 'lead', 'task', 'campaign'];

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

export const SEARCH_MAX_LENGTH = 100;
export const SEARCH_DEFAULT_LIMIT = 5;
export const SEARCH_MAX_LIMIT = 25;
/** How many more records of one type "Show more" asks for. */
export const SEARCH_MORE_LIMIT = 10;
export const SEARCH_MAX_OFFSET = 2000;

/**
 * GET /api/salesforce/search?q=&types=account,lead&limit=5 (messages are problem keys: problems.ts)
 * Only the BFF parses requests: the `@__PURE__` marks let a bundler drop this schema from the widget
 * (zod/mini's functions are marked side-effect free already; `.check()` calls are not).
 */
export const searchQuerySchema = z.object({
  q: /* @__PURE__ */ z.string({ error: 'search.q-required' }).check(
    z.trim(),
    z.minLength(SEARCH_MIN_LENGTH, 'search.too-short'),
    z.maxLength(SEARCH_MAX_LENGTH, 'search.too-long'),
    /* @__PURE__ */ z.refine(hasSearchableTerm, 'search.single-characters'),
  ),
  types: z.pipe(
    z.optional(z.string()),
    z.transform((value: string | undefined, ctx) => {
      if (value === undefined || value.trim() === '') return [...recordTypes];
      const types = [...new Set(value.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean))];
      const unknown = types.filter((t) => !(recordTypes as readonly string[]).includes(t));
      if (unknown.length > 0) return customIssue(ctx, 'search.types-unknown', { types: unknown.join(', '), allowed: recordTypes.join(', ') });
      return types as RecordType[];
    }),
  ),
  limit: z._default(
    /* @__PURE__ */ z.coerce.number({ error: 'search.limit-number' }).check(
      z.int('search.limit-whole'),
      z.minimum(1, 'search.limit-min'),
      z.maximum(SEARCH_MAX_LIMIT, 'search.limit-max'),
    ),
    SEARCH_DEFAULT_LIMIT,
  ),
  /** "Show more": the records of one type after the first `offset` (SOSL's OFFSET, at most 2,000). */
  offset: z._default(
    /* @__PURE__ */ z.coerce.number({ error: 'search.offset-number' }).check(
      z.int('search.offset-whole'),
      z.minimum(0, 'search.offset-min'),
      z.maximum(SEARCH_MAX_OFFSET, 'search.offset-max'),
    ),
    0,
  ),
}).check(
  /* @__PURE__ */ z.refine((query) => query.offset === 0 || query.types.length === 1, { message: 'search.more-one-type', path: ['types'] }),
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
    contact: z.array(searchResultSchema),
    opportunity: z.array(searchResultSchema),
    case: z.array(searchResultSchema),
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
