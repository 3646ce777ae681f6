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

function returningClause(types: readonly RecordType[], perType: number, access: SearchAccess): string {
  const key = `${types.join(',')}/${perType}`;
  let known = returningFor.get(access);
  const built = known?.get(key);
  if (built !== undefined) return built;
  const clause = types.map((type) => {
    const entry = CATALOGUE[type];
    const visibility = access[type];
    const fields = visibility ? entry.fields.filter((path) => isVisible(visibility, path)) : entry.fields;
    return `${entry.sobject}(${['Id', ...fields].join(', ')} LIMIT ${perType})`;
  }).join(', ');
  if (!known) returningFor.set(access, (known = new Map()));
  known.set(key, clause);
  return clause;
}

/**
 * One statement for every type the person may read, each asking only for the catalogue's fields
 * they may see, `perType` records at most.
 */
export function buildSearchSosl(text: string, types: readonly RecordType[], perType: number, access: SearchAccess = {}): string {
  return `FIND {${searchTerms(text)}} IN ALL FIELDS RETURNING ${returningClause(types, perType, access)}`;
}
