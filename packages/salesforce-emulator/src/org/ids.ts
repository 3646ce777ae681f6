// Salesforce record ids: a 3-character key prefix, 12 more case-sensitive characters, then a
// 3-character checksum that makes the 18-character form case-insensitive.
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CHECKSUM_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

export const KEY_PREFIX = {
  Organization: '00D',
  User: '005',
  Account: '001',
  Lead: '00Q',
  Task: '00T',
  Campaign: '701',
  Contact: '003',
  Opportunity: '006',
  Case: '500',
  UserRole: '00E',
  Profile: '00e',
  QueryLocator: '01g',
} as const;

export function checksumSuffix(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charCodeAt(chunk * 5 + i);
      if (c >= 65 && c <= 90) bits |= 1 << i;
    }
    suffix += CHECKSUM_ALPHABET[bits];
  }
  return suffix;
}

/** The 18-character id of the n-th record with this prefix; `pod` stands for the org's instance. */
export function makeId(prefix: string, n: number, pod = '5g'): string {
  let digits = '';
  let rest = n;
  for (let i = 0; i < 7; i++) {
    digits = BASE62[rest % 62] + digits;
    rest = Math.floor(rest / 62);
  }
  const id15 = `${prefix}${pod}000${digits}`;
  return id15 + checksumSuffix(id15);
}

export function to15(id: string): string {
  return id.length === 18 ? id.slice(0, 15) : id;
}

/** Accepts a 15- or 18-character id and answers the canonical 18-character one, or undefined. */
export function normaliseId(id: string): string | undefined {
  if (!/^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/.test(id)) return undefined;
  const id15 = id.slice(0, 15);
  return id15 + checksumSuffix(id15);
}
