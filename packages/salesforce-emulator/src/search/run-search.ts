// Runs a parsed search against the index: match, apply sharing and WHERE, rank, limit, project.
import type { ObjectAccess } from '../org/access.ts';
import type { Visibility } from '../org/sharing.ts';
import type { SObjectRecord } from '../org/types.ts';
import { projectRecord, type Lookup } from '../rest/field-paths.ts';
import { compareRecords, matches } from '../soql/conditions.ts';
import { evaluate, type ObjectIndex } from './search-index.ts';
import { MAX_SEARCH_ROWS, PER_OBJECT_CAP, type ReturningSpec, type SearchRequest } from './sosl.ts';

export interface SearchContext {
  indexes: Map<string, ObjectIndex>;
  visibility: Visibility;
  lookup: Lookup;
  apiVersion: string;
  /** What the user's profile may read; converted leads need "View and Edit Converted Leads". */
  access: ObjectAccess;
}

/** Most relevant first; among equals the most recently modified, then by id, so runs repeat. */
function byRelevance(scores: Map<SObjectRecord, number>) {
  return (a: SObjectRecord, b: SObjectRecord) =>
    scores.get(b)! - scores.get(a)!
    || String(b.LastModifiedDate).localeCompare(String(a.LastModifiedDate))
    || a.Id.localeCompare(b.Id);
}

/**
 * How many matches of one object the search engine hands on before sharing is applied ("SOSL
 * Limits on Search Results", SOQL and SOSL Reference v62.0): 250 for a single object (2,000
 * with a WHERE or ORDER BY), min(2,000 / n, 250) for each of n objects.
 */
export function matchesConsidered(objects: number, spec: Pick<ReturningSpec, 'where' | 'orderBy'>): number {
  if (objects === 1) return spec.where || spec.orderBy ? MAX_SEARCH_ROWS : PER_OBJECT_CAP;
  return Math.min(Math.floor(MAX_SEARCH_ROWS / objects), PER_OBJECT_CAP);
}

function matchesFor(spec: ReturningSpec, request: SearchRequest, objects: number, context: SearchContext): SObjectRecord[] {
  const index = context.indexes.get(spec.object.name)!;
  const scores = new Map<SObjectRecord, number>();
  for (const [doc, score] of evaluate(index, request.group, request.expression)) {
    const record = index.records[doc]!;
    if (spec.where && !matches(spec.where, record, context.lookup)) continue;
    scores.set(record, score);
  }
  // Search crowding: the engine's cut comes first, the user's permissions after it.
  const considered = [...scores.keys()].sort(byRelevance(scores)).slice(0, matchesConsidered(objects, spec));
  const permitted = considered.filter((record) => context.visibility.canSee(spec.object.name, record)
    && (context.access.viewConvertedLeads || spec.object.name !== 'Lead' || record.IsConverted !== true));
  const ranked = spec.orderBy ? permitted.sort(compareRecords(spec.orderBy, context.lookup)) : permitted;
  const offset = spec.offset ?? 0;
  return ranked.slice(offset, offset + Math.min(spec.limit ?? MAX_SEARCH_ROWS, MAX_SEARCH_ROWS));
}

/**
 * The overall LIMIT is shared evenly among the objects (as Salesforce documents), and the
 * answer lists each object's records together, in RETURNING order.
 */
export function runSearch(request: SearchRequest, context: SearchContext): { searchRecords: unknown[] } {
  const specs = request.returning.length > 0 ? request.returning : defaultReturning(context);
  const perObject = specs.map((spec) => matchesFor(spec, request, specs.length, context));
  const taken = perObject.map(() => 0);
  let remaining = request.limit;
  for (let progress = true; remaining > 0 && progress;) {
    progress = false;
    for (let i = 0; i < perObject.length && remaining > 0; i++) {
      if (taken[i]! < perObject[i]!.length) { taken[i] = taken[i]! + 1; remaining--; progress = true; }
    }
  }
  const searchRecords = specs.flatMap((spec, i) => perObject[i]!.slice(0, taken[i]).map((record) =>
    projectRecord(spec.object.name, record, spec.fields, context.apiVersion, context.lookup)));
  return { searchRecords };
}

function defaultReturning(context: SearchContext): ReturningSpec[] {
  return [...context.indexes.values()].filter((index) => context.access.canRead(index.object.name)).map((index) => ({
    object: index.object,
    fields: [{ segments: ['Id'], field: index.object.fields[0]! }],
  }));
}
