// Which parts of a result's text the query matched, for <mark>. Salesforce matches words and word
// prefixes, case- and accent-insensitively, so the query's words are marked where a word starts.

export type TextPart = { text: string; match: boolean };

export function queryTerms(query: string): string[] {
  const terms = query
    .toLowerCase()
    .split(/[\s"*?]+/)
    .map((term) => term.trim())
    .filter((term) => term.length > 0);
  // Longest first: where one term is a prefix of another ("ac", "acme"), the longer one is marked.
  return [...new Set(terms)].sort((a, b) => b.length - a.length);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

export function splitMatches(text: string, terms: readonly string[]): TextPart[] {
  if (terms.length === 0 || text === '') return [{ text, match: false }];
  const folded = fold(text);
  // Folding can change the length (é → e + accent, stripped); only highlight when it did not.
  const haystack = folded.length === text.length ? folded : text.toLowerCase();
  const foldedTerms = terms.map(fold);
  const parts: TextPart[] = [];
  let plainStart = 0;
  let index = 0;
  while (index < haystack.length) {
    const atWordStart = index === 0 || !WORD_CHAR.test(haystack.charAt(index - 1));
    const term = atWordStart ? foldedTerms.find((candidate) => candidate !== '' && haystack.startsWith(candidate, index)) : undefined;
    if (term === undefined) {
      index += 1;
      continue;
    }
    if (index > plainStart) parts.push({ text: text.slice(plainStart, index), match: false });
    parts.push({ text: text.slice(index, index + term.length), match: true });
    index += term.length;
    plainStart = index;
  }
  if (plainStart < text.length) parts.push({ text: text.slice(plainStart), match: false });
  return parts;
}

/** Whether every term starts a word somewhere in `texts`, as Salesforce would have matched it. */
export function matchesEveryTerm(texts: readonly string[], terms: readonly string[]): boolean {
  return terms.every((term) => texts.some((text) => splitMatches(text, [term]).some((part) => part.match)));
}
