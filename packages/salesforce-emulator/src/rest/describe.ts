// sObject describe results, as the calling user sees them: only objects they may read, and only
// fields field-level security lets them see, in Salesforce's shape.
import type { ObjectAccess } from '../org/access.ts';
import { OBJECTS, type ObjectDef } from '../org/schema.ts';

const urlsOf = (object: ObjectDef, version: string) => {
  const base = `/services/data/v${version}/sobjects/${object.name}`;
  return { sobject: base, describe: `${base}/describe`, rowTemplate: `${base}/{ID}` };
};

export function describeObject(object: ObjectDef, version: string, access: ObjectAccess, withFields: boolean) {
  const summary = {
    name: object.name,
    label: object.label,
    labelPlural: object.labelPlural,
    keyPrefix: object.keyPrefix,
    custom: false,
    queryable: true,
    searchable: object.searchable,
    retrieveable: true,
    createable: false,
    updateable: false,
    deletable: false,
    urls: urlsOf(object, version),
  };
  if (!withFields) return summary;
  return {
    ...summary,
    fields: object.fields.filter((f) => access.canSeeField(object.name, f.name)).map((f) => ({
      name: f.name,
      label: f.label,
      type: f.type,
      nameField: f.nameField ?? false,
      filterable: true,
      sortable: true,
      referenceTo: f.referenceTo ?? [],
      relationshipName: f.relationshipName ?? null,
      picklistValues: (f.picklistValues ?? []).map((value) => ({ value, label: value, active: true, defaultValue: false })),
    })),
    childRelationships: [],
  };
}

export function describeGlobal(version: string, access: ObjectAccess) {
  return {
    encoding: 'UTF-8', maxBatchSize: 200,
    sobjects: OBJECTS.filter((o) => access.canRead(o.name)).map((o) => describeObject(o, version, access, false)),
  };
}
