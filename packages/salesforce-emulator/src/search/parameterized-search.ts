// parameterizedSearch: the same search as SOSL, described by parameters (GET) or JSON (POST).
// `q` is plain text: SOSL's reserved characters in it are taken literally.
import { FULL_ACCESS, type ObjectAccess } from '../org/access.ts';
import { findObject, OBJECTS } from '../org/schema.ts';
import { resolveFieldPath } from '../rest/field-paths.ts';
import { SalesforceError } from '../rest/salesforce-error.ts';
import { parseCondition } from '../soql/conditions.ts';
import { lex, TokenStream } from '../soql/lexer.ts';
import type { Group } from './search-index.ts';
import { parseSearchText } from './search-expression.ts';
import { MAX_SEARCH_ROWS, type ReturningSpec, type SearchRequest } from './sosl.ts';

interface SObjectParams {
  name: string;
  fields?: string[];
  limit?: number;
  where?: string;
}

interface SearchParams {
  q: string;
  fields?: string[];
  sobjects: SObjectParams[];
  in?: string;
  overallLimit?: number;
  defaultLimit?: number;
}

const GROUPS: Record<string, Group> = { ALL: 'ALL', NAME: 'NAME', EMAIL: 'EMAIL', PHONE: 'PHONE', SIDEBAR: 'ALL' };
const invalid = (message: string) => new SalesforceError(400, 'INVALID_SEARCH', message);

function toInteger(value: unknown, name: string): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw invalid(`Invalid value for ${name}: ${String(value)}`);
  return n;
}

export function parameterizedSearchFromQuery(params: URLSearchParams, access: ObjectAccess = FULL_ACCESS): SearchRequest {
  const list = (value: string | null) => (value ? value.split(',').map((f) => f.trim()).filter(Boolean) : undefined);
  const names = params.getAll('sobject');
  return build({
    q: params.get('q') ?? '',
    fields: list(params.get('fields')),
    sobjects: names.map((name) => ({
      name,
      fields: list(params.get(`${name}.fields`)),
      limit: toInteger(params.get(`${name}.limit`), `${name}.limit`),
      where: params.get(`${name}.where`) ?? undefined,
    })),
    in: params.get('in') ?? undefined,
    overallLimit: toInteger(params.get('overallLimit'), 'overallLimit'),
    defaultLimit: toInteger(params.get('defaultLimit'), 'defaultLimit'),
  }, access);
}

export function parameterizedSearchFromBody(body: string, access: ObjectAccess = FULL_ACCESS): SearchRequest {
  let json: Partial<SearchParams>;
  try {
    json = JSON.parse(body) as Partial<SearchParams>;
  } catch {
    throw new SalesforceError(400, 'JSON_PARSER_ERROR', 'The request body is not valid JSON');
  }
  return build({
    q: String(json.q ?? ''),
    fields: json.fields,
    sobjects: (json.sobjects ?? []).map((s) => ({ ...s, limit: toInteger(s.limit, `${s.name}.limit`) })),
    in: json.in,
    overallLimit: toInteger(json.overallLimit, 'overallLimit'),
    defaultLimit: toInteger(json.defaultLimit, 'defaultLimit'),
  }, access);
}

function build(params: SearchParams, access: ObjectAccess): SearchRequest {
  if (!params.q.trim()) throw invalid('Missing search term: q');
  const text = `{${params.q.replace(/[&|!{}[\]^~:'+\-\\]/g, '\\$&')}}`;
  const { expression } = parseSearchText(text, 1);
  const group = GROUPS[(params.in ?? 'ALL').toUpperCase()];
  if (!group) throw invalid(`Invalid value for in: ${params.in}`);
  const defaultLimit = params.defaultLimit;
  if (defaultLimit !== undefined && defaultLimit > MAX_SEARCH_ROWS) throw invalid(`defaultLimit can't be more than ${MAX_SEARCH_ROWS}`);
  const sobjects: SObjectParams[] = params.sobjects.length > 0 ? params.sobjects : OBJECTS.filter((o) => o.searchable && access.canRead(o.name)).map((o) => ({ name: o.name }));
  const returning = sobjects.map((s): ReturningSpec => {
    const object = findObject(s.name);
    if (!object || !object.searchable || !access.canRead(object.name)) throw new SalesforceError(400, 'INVALID_TYPE', `sObject type '${s.name}' is not supported.`);
    const fields = s.fields ?? params.fields ?? ['Id'];
    const spec: ReturningSpec = { object, fields: fields.map((f) => resolveFieldPath(object, f, f, 0, access)) };
    const limit = s.limit ?? defaultLimit;
    if (limit !== undefined) spec.limit = limit;
    if (s.where) spec.where = parseCondition(new TokenStream(lex(s.where, 0, 'MALFORMED_QUERY'), s.where, 'MALFORMED_QUERY', access), object);
    return spec;
  });
  return { expression, group, returning, limit: Math.min(params.overallLimit ?? MAX_SEARCH_ROWS, MAX_SEARCH_ROWS) };
}
