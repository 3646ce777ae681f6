// Turns what a person typed into a SOSL FIND clause: every reserved character escaped, operator
// words dropped (implicit AND gives the same matches), the last word completed as it is typed.
import type { RecordType } from '@sfsearch/contracts';
import { CATALOGUE } from './catalogue.ts';
import { isVisible, type SearchAccess } from './describe.ts';

const RESERVED = /[?&|!{}[\]()^~*:\\"'+-]/g;
const OPERATORS = new Set(['and', 'or', 'not']);

export function escapeSosl(text: string): string {
  return text.replace(RESERVED, '\\$&');
}

export function searchTerms(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const kept = words.filter((w) => !OPERATORS.has(w.toLowerCase()));
  if (kept.length === 0) return words.map((w) => `"${escapeSosl(w)}"`).join(' ');
  return kept.map((word, i) => {
    const escaped = escapeSosl(word);
    const last = i === kept.length - 1;
    return last && /[\p{L}\p{N}]$/u.test(word) ? `${escaped}*` : escaped;
  }).join(' ');
}

/** RETURNING clauses already built for a person's access (which the BFF keeps for a day). */
const returningFor = new WeakMap<SearchAccess, Map<string, string>>();

function returningClause(types: readonly RecordType[], perType: number, access: SearchAccess, offset: number): string {
  const key = `${types.join(',')}/${perType}/${offset}`;
  let known = returningFor.get(access);
  const built = known?.get(key);
  if (built !== undefined) return built;
  const clause = types.map((type) => {
    const entry = CATALOGUE[type];
    const visibility = access[type];
    const fields = visibility ? entry.fields.filter((path) => isVisible(visibility, path)) : entry.fields;
    return `${entry.sobject}(${['Id', ...fields].join(', ')} LIMIT ${perType}${offset > 0 ? ` OFFSET ${offset}` : ''})`;
  }).join(', ');
  if (!known) returningFor.set(access, (known = new Map()));
  known.set(key, clause);
  return clause;
}

/**
 * One statement for every type the person may read, each asking only for the catalogue's fields
 * they may see, `perType` records at most. `offset` skips that many records of one type (SOSL
 * allows OFFSET, at most 2,000, only when the statement names a single object).
 */
export function buildSearchSosl(text: string, types: readonly RecordType[], perType: number, access: SearchAccess = {}, offset = 0): string {
  if (offset > 0 && types.length !== 1) throw new RangeError('SOSL pages (OFFSET) only a single object');
  return `FIND {${searchTerms(text)}} IN ALL FIELDS RETURNING ${returningClause(types, perType, access, offset)}`;
}
