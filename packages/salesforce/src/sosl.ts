// Turns what a person typed into a SOSL FIND clause: every reserved character escaped, operator
// words dropped (implicit AND gives the same matches), the last word completed as it is typed.
import type { RecordType } from '@sfsearch/contracts';

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

/** The fields each object returns: what identifies a record to a person, with owner and relations. */
export const RETURNING: Record<RecordType, { sobject: string; fields: string[] }> = {
  account: { sobject: 'Account', fields: ['Id', 'Name', 'Type', 'Industry', 'BillingCity', 'BillingCountry', 'Phone', 'Owner.Name'] },
  lead: { sobject: 'Lead', fields: ['Id', 'Name', 'Title', 'Company', 'Email', 'Phone', 'Status', 'Owner.Name'] },
  task: { sobject: 'Task', fields: ['Id', 'Subject', 'Status', 'Priority', 'ActivityDate', 'Who.Name', 'What.Name', 'Owner.Name'] },
  campaign: { sobject: 'Campaign', fields: ['Id', 'Name', 'Type', 'Status', 'StartDate', 'EndDate', 'IsActive', 'Owner.Name'] },
};

export function buildSearchSosl(text: string, types: RecordType[], limit: number): string {
  const returning = types.map((t) => `${RETURNING[t].sobject}(${RETURNING[t].fields.join(', ')} LIMIT ${limit})`);
  return `FIND {${searchTerms(text)}} IN ALL FIELDS RETURNING ${returning.join(', ')}`;
}
