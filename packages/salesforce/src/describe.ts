// What a person's Salesforce profile lets them read, from describe: per record type, whether
// the object is readable and searchable, and which fields and lookups field-level security
// leaves visible. A statement naming anything else fails whole (INVALID_TYPE, INVALID_FIELD).
import type { RecordType } from '@sfsearch/contracts';
import { API_VERSION } from './app-config.ts';
import { CATALOGUE } from './catalogue.ts';
import { SalesforceError } from './salesforce-error.ts';
import { restGet, type UserSession } from './session.ts';

export interface ObjectVisibility {
  fields: ReadonlySet<string>;
  /** Relationship names of visible lookups (`Owner` for OwnerId). */
  relationships: ReadonlySet<string>;
}

/** Per type: what is visible, or null when the profile cannot read (or search) the object. */
export type SearchAccess = Partial<Record<RecordType, ObjectVisibility | null>>;

interface DescribeResult {
  searchable?: boolean;
  fields?: { name: string; relationshipName?: string | null }[];
}

/** One describe call per type, in parallel. An object the person cannot read answers NOT_FOUND. */
export async function describeAccess(session: UserSession, types: readonly RecordType[]): Promise<{ access: SearchAccess; calls: number }> {
  const entries = await Promise.all(types.map(async (type): Promise<[RecordType, ObjectVisibility | null]> => {
    try {
      const { body } = await restGet<DescribeResult>(session, `/services/data/v${API_VERSION}/sobjects/${CATALOGUE[type].sobject}/describe`);
      if (body.searchable === false) return [type, null];
      const fields = body.fields ?? [];
      return [type, {
        fields: new Set(fields.map((f) => f.name)),
        relationships: new Set(fields.map((f) => f.relationshipName).filter((r): r is string => typeof r === 'string' && r !== '')),
      }];
    } catch (error) {
      if (error instanceof SalesforceError && error.kind === 'not-found') return [type, null];
      throw error;
    }
  }));
  return { access: Object.fromEntries(entries) as SearchAccess, calls: types.length };
}

/** Whether a field path of the catalogue is visible: a lookup by its relationship, a field by name. */
export function isVisible(visibility: ObjectVisibility, path: string): boolean {
  const [head, ...rest] = path.split('.');
  return rest.length > 0 ? visibility.relationships.has(head!) : visibility.fields.has(head!);
}
