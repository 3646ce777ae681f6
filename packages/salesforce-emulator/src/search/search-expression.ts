// The text inside FIND {…}: terms, "quoted phrases", * and ? wildcards, AND / OR / AND NOT,
// parentheses, and backslash escapes of SOSL's reserved characters.
import { SalesforceError, statementError } from '../rest/salesforce-error.ts';
import { fold } from './tokenize.ts';

/** One token of a term: literal text, or a pattern when it holds an unescaped * or ?. */
export interface TokenPattern {
  text: string;
  pattern?: RegExp;
  /** The literal characters before the first wildcard, used to narrow the index. */
  prefix: string;
}

export type SearchExpression =
  | { kind: 'term'; raw: string; tokens: TokenPattern[] }
  | { kind: 'and' | 'or' | 'and-not'; left: SearchExpression; right: SearchExpression };

const RESERVED_UNESCAPED = new Set(['&', '|', '!', '{', '[', ']', '^', '~', ':', "'", '+', '-']);

/** A character of the FIND text: `wildcard` for an unescaped * or ?, `escaped` after a backslash. */
interface Char { c: string; wildcard: boolean; escaped: boolean; offset: number }
type Lexeme =
  | { kind: 'word' | 'phrase'; chars: Char[]; raw: string; offset: number }
  | { kind: '('; offset: number }
  | { kind: ')'; offset: number };

/** The longest run of letters and digits in a term (what Salesforce indexes as one word). */
function longestRun(chars: Char[]): number {
  let longest = 0;
  let run = 0;
  for (const ch of chars) {
    run = !ch.wildcard && /[\p{L}\p{N}]/u.test(ch.c) ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

/**
 * Parses the FIND text starting just after `{`; answers the expression and the offset of the
 * closing `}`. Offsets are into the whole statement, for Salesforce's error messages.
 */
export function parseSearchText(statement: string, start: number): { expression: SearchExpression; end: number } {
  const { lexemes, end } = lexSearchText(statement, start);
  // A search whose terms are all single characters is refused ("a b*", "a-", "\"a\""): at least
  // one run of two letters or digits must be in it, wildcards, punctuation and operators aside.
  const terms = lexemes.filter((l) => l.kind === 'phrase' || (l.kind === 'word' && !['AND', 'OR', 'NOT'].some((op) => isOperatorWord(l, op))));
  const longest = Math.max(0, ...terms.map((l) => longestRun((l as { chars: Char[] }).chars)));
  if (longest < 2) {
    const text = statement.slice(start, end).trim();
    throw new SalesforceError(400, 'INVALID_SEARCH', `search term must be longer than one character: ${text}`);
  }
  let position = 0;
  const peek = () => lexemes[position];
  const malformed = (offset: number, reason: string) => statementError(400, 'MALFORMED_SEARCH', statement, offset, reason);
  const isOperator = (word: string) => {
    const l = peek();
    return l?.kind === 'word' && isOperatorWord(l, word);
  };

  const parseOr = (): Parsed => {
    let left = parseAnd();
    while (isOperator('OR')) { position++; left = combine('or', left, parseAnd()); }
    return left;
  };
  const parseAnd = (): Parsed => {
    let left = parsePrimary();
    for (;;) {
      const next = peek();
      if (!next || next.kind === ')' || isOperator('OR')) return left;
      let kind: 'and' | 'and-not' = 'and';
      if (isOperator('AND')) position++;
      if (isOperator('NOT')) { position++; kind = 'and-not'; }
      left = combine(kind, left, parsePrimary());
    }
  };
  const parsePrimary = (): Parsed => {
    const l = peek();
    if (!l) throw malformed(end, `line 1:${end} mismatched character '}' expecting a search term`);
    position++;
    if (l.kind === '(') {
      const inner = parseOr();
      if (peek()?.kind !== ')') throw malformed(peek()?.offset ?? end, `line 1:${end} missing ')'`);
      position++;
      return inner;
    }
    if (l.kind === ')') throw malformed(l.offset, 'Malformed search token: )');
    if (l.kind === 'word' && ['AND', 'OR', 'NOT'].some((op) => isOperatorWord(l, op))) {
      throw malformed(l.offset, `Malformed search token: ${l.raw}`);
    }
    return term(l, statement);
  };

  const expression = parseOr() ?? { kind: 'term', raw: '', tokens: [] };
  if (position < lexemes.length) throw malformed(lexemes[position]!.offset, "line 1: unexpected ')'");
  return { expression, end };
}

/** null stands for a term with nothing searchable in it, which drops out of the expression. */
type Parsed = SearchExpression | null;

function combine(kind: 'and' | 'or' | 'and-not', left: Parsed, right: Parsed): Parsed {
  if (left === null) return kind === 'and-not' ? null : right;
  if (right === null) return left;
  return { kind, left, right };
}

function isOperatorWord(l: { raw: string; chars: Char[] }, op: string) {
  return l.raw.toUpperCase() === op && l.chars.every((ch) => !ch.escaped);
}

function lexSearchText(statement: string, start: number): { lexemes: Lexeme[]; end: number } {
  const lexemes: Lexeme[] = [];
  let i = start;
  let word: Char[] | null = null;
  let wordStart = 0;
  const flush = () => {
    if (word && word.length > 0) lexemes.push({ kind: 'word', chars: word, raw: statement.slice(wordStart, word.at(-1)!.offset + 1), offset: wordStart });
    word = null;
  };
  const malformed = (offset: number, found: string) =>
    statementError(400, 'MALFORMED_SEARCH', statement, offset, `line 1:${offset} mismatched character '${found}' expecting '}'`);
  for (;;) {
    if (i >= statement.length) throw malformed(i, '<EOF>');
    const c = statement[i]!;
    if (c === '}') { flush(); return { lexemes, end: i }; }
    if (c === '\\') {
      const escaped = statement[i + 1];
      if (escaped === undefined) throw malformed(i + 1, '<EOF>');
      if (!word) { word = []; wordStart = i; }
      word.push({ c: escaped, wildcard: false, escaped: true, offset: i + 1 });
      i += 2;
      continue;
    }
    if (/\s/.test(c)) { flush(); i++; continue; }
    if (c === '(' || c === ')') { flush(); lexemes.push(c === '(' ? { kind: '(', offset: i } : { kind: ')', offset: i }); i++; continue; }
    if (c === '"') {
      flush();
      const chars: Char[] = [];
      const open = i++;
      for (;;) {
        if (i >= statement.length) throw malformed(i, '<EOF>');
        const p = statement[i]!;
        if (p === '\\' && statement[i + 1] !== undefined) { chars.push({ c: statement[i + 1]!, wildcard: false, escaped: true, offset: i + 1 }); i += 2; continue; }
        if (p === '"') { i++; break; }
        if (p === '}') throw malformed(i, p);
        chars.push({ c: p, wildcard: p === '*' || p === '?', escaped: false, offset: i });
        i++;
      }
      lexemes.push({ kind: 'phrase', chars, raw: statement.slice(open, i), offset: open });
      continue;
    }
    if (RESERVED_UNESCAPED.has(c)) throw malformed(i, c);
    if (!word) { word = []; wordStart = i; }
    word.push({ c, wildcard: c === '*' || c === '?', escaped: false, offset: i });
    i++;
  }
}

/**
 * A word or phrase becomes the sequence of tokens it holds (null when it holds none, as "&" alone).
 * A wildcard cannot start a term.
 */
function term(l: { raw: string; chars: Char[] }, statement: string): SearchExpression | null {
  const first = l.chars.find((ch) => ch.wildcard || /[\p{L}\p{N}]/u.test(ch.c));
  if (first?.wildcard) {
    throw statementError(400, 'INVALID_SEARCH', statement, first.offset, `Invalid search term: a wildcard (${first.c}) cannot start a search term`);
  }
  const tokens: TokenPattern[] = [];
  let current = '';
  let regex = '';
  let prefix: string | null = null;
  const push = () => {
    if (current.length > 0) {
      tokens.push(prefix === null ? { text: current, prefix: current } : { text: current, pattern: new RegExp(`^${regex}$`, 'u'), prefix });
    }
    current = ''; regex = ''; prefix = null;
  };
  for (const ch of l.chars) {
    if (ch.wildcard) {
      prefix ??= current;
      current += ch.c;
      regex += ch.c === '*' ? '[\\p{L}\\p{N}]*' : '[\\p{L}\\p{N}]';
      continue;
    }
    const folded = fold(ch.c);
    if (!/^[\p{L}\p{N}]+$/u.test(folded)) { push(); continue; }
    current += folded;
    regex += folded;
  }
  push();
  return tokens.length > 0 ? { kind: 'term', raw: l.raw, tokens } : null;
}
