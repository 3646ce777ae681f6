// Record visibility: private Accounts, Leads, Opportunities and Cases are seen by their owner and
// by users above the owner in the role hierarchy; Tasks follow their owner or the record they
// relate to, Contacts their account ("Controlled by Parent"); Campaigns and Users are public
// read-only; "View All Data" sees everything.
import { findObject } from './schema.ts';
import type { Org, OrgUser, SObjectRecord } from './types.ts';

export interface Visibility {
  canSee(type: string, record: SObjectRecord): boolean;
}

/** Ids of the users whose records `user` sees: the user and everyone in roles below theirs. */
function visibleOwners(org: Org, user: OrgUser): Set<string> {
  const below = new Set<string>();
  const collect = (roleId: string) => {
    for (const role of org.roles) {
      if (role.parentRoleId === roleId && !below.has(role.id)) {
        below.add(role.id);
        collect(role.id);
      }
    }
  };
  collect(user.roleId);
  return new Set([user.id, ...org.users.filter((u) => below.has(u.roleId)).map((u) => u.id)]);
}

export function visibilityFor(org: Org, user: OrgUser, lookup: (id: string) => { type: string; record: SObjectRecord } | undefined): Visibility {
  if (user.profile.viewAllData) return { canSee: () => true };
  const owners = visibleOwners(org, user);
  const canSee = (type: string, record: SObjectRecord): boolean => {
    const sharing = findObject(type)?.sharing;
    if (sharing === 'public-read') return true;
    if (owners.has(record.OwnerId as string)) return true;
    if (sharing !== 'controlled-by-parent') return false;
    return [record.WhatId, record.WhoId, record.AccountId].some((parentId) => {
      if (typeof parentId !== 'string') return false;
      const parent = lookup(parentId);
      return parent !== undefined && canSee(parent.type, parent.record);
    });
  };
  return { canSee };
}
