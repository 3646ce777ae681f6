// What a user's profile lets them read before sharing: objects ("Read" object permission) and
// fields (field-level security). Salesforce answers a statement naming anything else as if it
// did not exist: INVALID_TYPE for an object, INVALID_FIELD for a field, and describe leaves
// them out (docs/decisions/0002).
import type { OrgUser } from './types.ts';

export interface ObjectAccess {
  canRead(object: string): boolean;
  canSeeField(object: string, field: string): boolean;
  viewConvertedLeads: boolean;
}

/** Everything: parsing where no user is involved. */
export const FULL_ACCESS: ObjectAccess = { canRead: () => true, canSeeField: () => true, viewConvertedLeads: true };

export function accessFor(user: OrgUser): ObjectAccess {
  const { unreadableObjects, hiddenFields, viewConvertedLeads } = user.profile;
  const objects = new Set(unreadableObjects.map((o) => o.toLowerCase()));
  const fields = new Set(hiddenFields.map((f) => f.toLowerCase()));
  return {
    canRead: (object) => !objects.has(object.toLowerCase()),
    canSeeField: (object, field) => !objects.has(object.toLowerCase()) && !fields.has(`${object}.${field}`.toLowerCase()),
    viewConvertedLeads,
  };
}
