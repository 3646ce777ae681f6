// The REST resources under /services/data/vXX.X/ once the caller is authenticated.
import { readBody, sendJson } from '../http/http-utils.ts';
import type { Exchange } from '../http/exchange.ts';
import { accessFor, type ObjectAccess } from '../org/access.ts';
import { KEY_PREFIX, makeId, normaliseId } from '../org/ids.ts';
import { OBJECTS, findObject } from '../org/schema.ts';
import type { OrgUser } from '../org/types.ts';
import { parameterizedSearchFromBody, parameterizedSearchFromQuery } from '../search/parameterized-search.ts';
import { runSearch } from '../search/run-search.ts';
import { parseSosl } from '../search/sosl.ts';
import { runQuery } from '../soql/run-query.ts';
import { parseSoql } from '../soql/soql.ts';
import { describeObject, describeGlobal } from './describe.ts';
import { projectRecord, resolveFieldPath } from './field-paths.ts';
import { parseRecentLimit, recentItems } from './recent.ts';
import { notFound, SalesforceError } from './salesforce-error.ts';

export interface RestCall {
  ex: Exchange;
  user: OrgUser;
  version: string;
  /** The path after /services/data/vXX.X, e.g. "/search". */
  resource: string;
  headers: Record<string, string>;
}

const QUERY_BATCH = 2000;
/** How many recently viewed records sObject Basic Information lists (undocumented; a handful). */
const RECENT_ITEMS_OF_OBJECT = 10;

export function endpointOf(resource: string): string {
  const first = resource.split('/')[1] ?? '';
  return first === '' ? 'resources' : first;
}

export async function routeRest(call: RestCall): Promise<void> {
  const { ex, version, resource } = call;
  const method = ex.req.method ?? 'GET';
  const segments = resource.split('/').filter(Boolean);
  const access = accessFor(call.user);
  const context = () => ({
    indexes: ex.state.indexes, records: ex.state.records, visibility: ex.state.visibility(call.user), lookup: ex.state.lookup, apiVersion: version,
    access,
  });
  const respond = (body: unknown) => sendJson(ex.res, 200, body, call.headers);
  const [head, ...rest] = segments;

  if (method === 'GET' && !head) {
    return respond(Object.fromEntries(['limits', 'parameterizedSearch', 'query', 'queryAll', 'recent', 'search', 'sobjects']
      .map((r) => [r, `/services/data/v${version}/${r}`])));
  }
  if (head === 'search' && rest.length === 0 && method === 'GET') {
    const q = ex.url.searchParams.get('q');
    if (!q) throw new SalesforceError(400, 'MALFORMED_SEARCH', 'No search term found. The search term must be enclosed in braces.');
    return respond(runSearch(parseSosl(q, access), context()));
  }
  if (head === 'parameterizedSearch' && rest.length === 0) {
    if (method === 'GET') return respond(runSearch(parameterizedSearchFromQuery(ex.url.searchParams, access), context()));
    if (method === 'POST') return respond(runSearch(parameterizedSearchFromBody(await readBody(ex.req), access), context()));
  }
  if ((head === 'query' || head === 'queryAll') && method === 'GET') {
    if (rest.length === 1) return respond(nextBatch(call, rest[0]!));
    const q = ex.url.searchParams.get('q');
    if (!q) throw new SalesforceError(400, 'MALFORMED_QUERY', 'A query string has to be specified');
    return respond(firstBatch(call, runQuery(parseSoql(q, access), context())));
  }
  if (head === 'recent' && rest.length === 0 && method === 'GET') {
    return respond(recentItems(ex.state, call.user, access, version, { limit: parseRecentLimit(ex.url.searchParams.get('limit')) }));
  }
  if (head === 'sobjects' && method === 'GET') return respond(sobjects(call, rest, access));
  if (head === 'limits' && rest.length === 0 && method === 'GET') {
    const max = ex.state.org.dailyApiLimit;
    return respond({
      DailyApiRequests: { Max: max, Remaining: Math.max(0, max - ex.state.apiUsage.used) },
      DailyBulkApiBatches: { Max: 15000, Remaining: 15000 },
      DataStorageMB: { Max: 1024, Remaining: 1000 },
    });
  }
  throw notFound();
}

function firstBatch(call: RestCall, records: unknown[]) {
  if (records.length <= QUERY_BATCH) return { totalSize: records.length, done: true, records };
  const state = call.ex.state;
  const locator = makeId(KEY_PREFIX.QueryLocator, state.queryCursors.size + 1);
  state.queryCursors.set(locator, records);
  return pageOf(call, locator, 0);
}

function nextBatch(call: RestCall, cursor: string) {
  const [locator, offset] = cursor.split('-');
  if (!locator || !call.ex.state.queryCursors.has(locator) || !/^\d+$/.test(offset ?? '')) {
    throw new SalesforceError(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
  }
  return pageOf(call, locator, Number(offset));
}

function pageOf(call: RestCall, locator: string, offset: number) {
  const records = call.ex.state.queryCursors.get(locator)!;
  const next = offset + QUERY_BATCH;
  const done = next >= records.length;
  if (done) call.ex.state.queryCursors.delete(locator);
  return {
    totalSize: records.length,
    done,
    ...(done ? {} : { nextRecordsUrl: `/services/data/v${call.version}/query/${locator}-${next}` }),
    records: records.slice(offset, next),
  };
}

/** Describe answers only what the calling user may read: other objects do not exist for them. */
function sobjects(call: RestCall, rest: string[], access: ObjectAccess) {
  const { ex, version } = call;
  if (rest.length === 0) return describeGlobal(version, access);
  const object = findObject(rest[0]!);
  if (!object || !OBJECTS.includes(object) || !access.canRead(object.name)) throw notFound();
  if (rest.length === 1) {
    return { objectDescribe: describeObject(object, version, access, false), recentItems: recentItems(ex.state, call.user, access, version, { limit: RECENT_ITEMS_OF_OBJECT, type: object.name }) };
  }
  if (rest.length === 2 && rest[1] === 'describe') return describeObject(object, version, access, true);
  const id = rest.length === 2 ? normaliseId(rest[1]!) : undefined;
  const found = id ? ex.state.lookup(id) : undefined;
  if (!found || found.type !== object.name || !ex.state.visibility(call.user).canSee(found.type, found.record)) throw notFound();
  const requested = ex.url.searchParams.get('fields');
  const paths = (requested ? requested.split(',') : object.fields.filter((f) => access.canSeeField(object.name, f.name)).map((f) => f.name))
    .map((name) => resolveFieldPath(object, name.trim(), requested ?? '', 0, access));
  return projectRecord(object.name, found.record, paths, version, ex.state.lookup);
}
