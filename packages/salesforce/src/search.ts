// One Salesforce request for every requested type, normalised for the widget.
import type { RecordType, SearchResponse } from '@sfsearch/contracts';
import { API_VERSION } from './app-config.ts';
import { normaliseRecord } from './normalise.ts';
import { restGet, type ApiUsage, type UserSession } from './session.ts';
import { buildSearchSosl } from './sosl.ts';

export interface SearchOutcome {
  results: SearchResponse['results'];
  apiUsage: ApiUsage | undefined;
}

export async function searchRecords(session: UserSession, text: string, types: RecordType[], limit: number): Promise<SearchOutcome> {
  const sosl = buildSearchSosl(text, types, limit);
  const { body, apiUsage } = await restGet<{ searchRecords?: unknown[] }>(
    session, `/services/data/v${API_VERSION}/search/?q=${encodeURIComponent(sosl)}`,
  );
  const results: SearchResponse['results'] = { account: [], lead: [], task: [], campaign: [] };
  for (const record of body.searchRecords ?? []) {
    const result = normaliseRecord(record as Record<string, unknown>, session.instanceUrl);
    if (result && types.includes(result.type)) results[result.type].push(result);
  }
  return { results, apiUsage };
}
