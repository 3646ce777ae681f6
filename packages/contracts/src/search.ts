import { z } from 'zod';

export const recordTypes = ['account', 'lead', 'task', 'campaign'] as const;
export const recordTypeSchema = z.enum(recordTypes);
export type RecordType = z.infer<typeof recordTypeSchema>;

export const SEARCH_MIN_LENGTH = 2;
export const SEARCH_MAX_LENGTH = 100;
export const SEARCH_DEFAULT_LIMIT = 5;
export const SEARCH_MAX_LIMIT = 25;

/** GET /api/salesforce/search?q=&types=account,lead&limit=5 */
export const searchQuerySchema = z.object({
  q: z.string({ error: 'Type something to search for.' }).trim()
    .min(SEARCH_MIN_LENGTH, `Type at least ${SEARCH_MIN_LENGTH} characters to search.`)
    .max(SEARCH_MAX_LENGTH, `Searches are limited to ${SEARCH_MAX_LENGTH} characters.`),
  types: z.string().optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === '') return [...recordTypes];
      const types = [...new Set(value.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean))];
      const unknown = types.filter((t) => !(recordTypes as readonly string[]).includes(t));
      if (unknown.length > 0) {
        ctx.addIssue({ code: 'custom', message: `Unknown record type ${unknown.join(', ')}: use ${recordTypes.join(', ')}.` });
        return z.NEVER;
      }
      return types as RecordType[];
    }),
  limit: z.coerce.number({ error: 'limit must be a number.' }).int('limit must be a whole number.')
    .min(1, 'limit must be at least 1.').max(SEARCH_MAX_LIMIT, `limit must be at most ${SEARCH_MAX_LIMIT}.`)
    .default(SEARCH_DEFAULT_LIMIT),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export const searchResultSchema = z.object({
  id: z.string(),
  type: recordTypeSchema,
  title: z.string(),
  subtitle: z.string(),
  fields: z.array(z.object({ label: z.string(), value: z.string() })),
  url: z.string(),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

export const searchResponseSchema = z.object({
  query: z.string(),
  results: z.object({
    account: z.array(searchResultSchema),
    lead: z.array(searchResultSchema),
    task: z.array(searchResultSchema),
    campaign: z.array(searchResultSchema),
  }),
});
export type SearchResponse = z.infer<typeof searchResponseSchema>;
