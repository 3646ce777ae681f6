// Runs a parsed SOQL query: every record of the object the user may see, filtered and ordered.
import type { Visibility } from '../org/sharing.ts';
import type { SObjectRecord } from '../org/types.ts';
import { projectRecord, type Lookup } from '../rest/field-paths.ts';
import { compareRecords, matches } from './conditions.ts';
import type { SoqlQuery } from './soql.ts';

export interface QueryContext {
  records(type: string): SObjectRecord[];
  visibility: Visibility;
  lookup: Lookup;
  apiVersion: string;
}

export function runQuery(query: SoqlQuery, context: QueryContext): unknown[] {
  const type = query.object.name;
  let rows = context.records(type)
    .filter((r) => context.visibility.canSee(type, r) && (!query.where || matches(query.where, r, context.lookup)));
  if (query.orderBy) rows = rows.sort(compareRecords(query.orderBy, context.lookup));
  const offset = query.offset ?? 0;
  rows = rows.slice(offset, query.limit === undefined ? undefined : offset + query.limit);
  return rows.map((r) => projectRecord(type, r, query.fields, context.apiVersion, context.lookup));
}
