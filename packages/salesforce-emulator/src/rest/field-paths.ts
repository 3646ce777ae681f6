// Field paths such as `Name` or `Owner.Name`: resolved against the schema, read from records,
// and projected into Salesforce's record JSON (attributes first, lookups nested).
import { FULL_ACCESS, type ObjectAccess } from '../org/access.ts';
import { findField, findObject, findRelationship, type FieldDef, type ObjectDef } from '../org/schema.ts';
import type { SObjectRecord } from '../org/types.ts';
import { invalidField } from './salesforce-error.ts';

export type Lookup = (id: string) => { type: string; record: SObjectRecord } | undefined;

export interface FieldPath {
  /** Canonical segments: relationship names, then the field name. */
  segments: string[];
  field: FieldDef;
}

/**
 * Resolves `Name` or `Owner.Name` on `object` for a user with `access`: a field hidden by
 * field-level security, or reached through an object they cannot read, is no such column.
 */
export function resolveFieldPath(object: ObjectDef, path: string, statement: string, offset: number, access: ObjectAccess = FULL_ACCESS): FieldPath {
  const parts = path.split('.');
  const segments: string[] = [];
  let objects: ObjectDef[] = [object];
  const visible = (o: ObjectDef, field: FieldDef | undefined) => (field && access.canSeeField(o.name, field.name) ? field : undefined);
  for (const [i, part] of parts.entries()) {
    const last = i === parts.length - 1;
    if (last) {
      const field = objects.map((o) => visible(o, findField(o, part))).find((f) => f !== undefined);
      if (!field) throw invalidField(statement, offset, path, object.name);
      segments.push(field.name);
      return { segments, field };
    }
    const relationship = objects.map((o) => visible(o, findRelationship(o, part))).find((f) => f !== undefined);
    const targets = (relationship?.referenceTo ?? []).map(findObject).filter((o): o is ObjectDef => o !== undefined && access.canRead(o.name));
    if (!relationship || targets.length === 0) throw invalidField(statement, offset, path, object.name);
    segments.push(relationship.relationshipName!);
    objects = targets;
  }
  throw invalidField(statement, offset, path, object.name);
}

/** The value at a path, following lookups; null where a lookup is empty. */
export function readPath(record: SObjectRecord, path: FieldPath, lookup: Lookup): string | number | boolean | null {
  let current: SObjectRecord | undefined = record;
  for (const segment of path.segments.slice(0, -1)) {
    const reference = referenceField(current, segment);
    current = typeof reference === 'string' ? lookup(reference)?.record : undefined;
    if (!current) return null;
  }
  return current[path.field.name] ?? null;
}

/** Every relationship of this org is named after its id field (Owner → OwnerId, What → WhatId). */
function referenceField(record: SObjectRecord, relationshipName: string): unknown {
  return record[`${relationshipName}Id`];
}

export function recordUrl(apiVersion: string, type: string, id: string): string {
  return `/services/data/v${apiVersion}/sobjects/${type}/${id}`;
}

type Json = { [key: string]: Json } | string | number | boolean | null;

/** Salesforce's JSON for one record with the requested paths, in request order. */
export function projectRecord(type: string, record: SObjectRecord, paths: FieldPath[], apiVersion: string, lookup: Lookup): Json {
  const out: { [key: string]: Json } = { attributes: { type, url: recordUrl(apiVersion, type, record.Id) } };
  for (const path of paths) place(out, record, path.segments, lookup, apiVersion);
  return out;
}

function place(out: { [key: string]: Json }, record: SObjectRecord, segments: string[], lookup: Lookup, apiVersion: string): void {
  const [head, ...rest] = segments;
  if (head === undefined) return;
  if (rest.length === 0) {
    out[head] = record[head] ?? null;
    return;
  }
  const reference = referenceField(record, head);
  const target = typeof reference === 'string' ? lookup(reference) : undefined;
  if (!target) {
    out[head] = null;
    return;
  }
  let nested = out[head];
  if (nested === null || typeof nested !== 'object') {
    nested = { attributes: { type: target.type, url: recordUrl(apiVersion, target.type, target.record.Id) } };
    out[head] = nested;
  }
  place(nested, target.record, rest, lookup, apiVersion);
}
