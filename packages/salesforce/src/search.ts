// One Salesforce request for every requested type the person may read, asking only for fields
// they may see, normalised for the widget. Types they cannot read come back as notices.
import { recordTypes, type RecordType, type SearchNotice, type SearchResponse } from '@sfsearch/contracts';
import { API_VERSION } from './app-config.ts';
import type { SearchAccess } from './describe.ts';
import { lightningSearchUrl } from './instance.ts';
import { normaliseRecord } from './normalise.ts';
import { restGet, type ApiUsage, type UserSession } from './session.ts';
import { buildSearchSosl, searchTerms } from './sosl.ts';

/** A type not searched, and why; the BFF says it in the person's language. */
export type SearchOmission = Omit<SearchNotice, 'message'>;

export interface SearchOutcome extends Omit<SearchResponse, 'query' | 'notices'> {
  notices: SearchOmission[];
  apiUsage: ApiUsage | undefined;
  /** Whether Salesforce was called (not when the person may read none of the types). */
  called: boolean;
}

const emptyResults = (): SearchResponse['results'] => Object.fromEntries(recordTypes.map((t) => [t, []])) as unknown as SearchResponse['results'];

/** `offset` (one type only) asks for the records after the first `offset` of that type: "Show more". */
export async function searchRecords(session: UserSession, text: string, types: readonly RecordType[], limit: number, access: SearchAccess = {}, offset = 0): Promise<SearchOutcome> {
  const readable = types.filter((type) => access[type] !== null);
  const notices = types.filter((type) => access[type] === null)
    .map((type): SearchOmission => ({ type, reason: 'no-access' }));
  const results = emptyResults();
  const searchPageUrl = lightningSearchUrl(session.instanceUrl, text);
  if (readable.length === 0) return { results, more: [], notices, crowded: false, searchPageUrl, apiUsage: undefined, called: false };

  // One more than shown tells whether there are more.
  const sosl = buildSearchSosl(text, readable, limit + 1, access, offset);
  const { body, apiUsage } = await restGet<{ searchRecords?: unknown[] }>(session, `/services/data/v${API_VERSION}/search/?q=${encodeURIComponent(sosl)}`);
  for (const record of body.searchRecords ?? []) {
    const result = normaliseRecord(record as Record<string, unknown>, session.instanceUrl);
    if (result && readable.includes(result.type)) results[result.type].push(result);
  }
  const more = readable.filter((type) => results[type].length > limit);
  for (const type of more) results[type] = results[type].slice(0, limit);
  const oneWord = searchTerms(text).split(' ').length === 1;
  const crowded = oneWord && offset === 0 && readable.some((type) => results[type].length < limit);
  return { results, more, notices, crowded, searchPageUrl, apiUsage, called: true };
}
