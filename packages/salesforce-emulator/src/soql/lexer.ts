// One lexer for the clauses SOQL and SOSL share (field lists, WHERE, ORDER BY, LIMIT).
import { FULL_ACCESS, type ObjectAccess } from '../org/access.ts';
import { statementError } from '../rest/salesforce-error.ts';

export type TokenKind = 'ident' | 'number' | 'string' | 'date' | 'op' | 'punct' | 'eof';

export interface Token {
  kind: TokenKind;
  text: string;
  /** The unescaped value of a string literal. */
  value?: string;
  offset: number;
}

const OPERATORS = ['!=', '<>', '<=', '>=', '=', '<', '>'];

export function lex(statement: string, from: number, errorCode: string): Token[] {
  const tokens: Token[] = [];
  let i = from;
  const fail = (at: number, reason: string) => statementError(400, errorCode, statement, at, reason);
  while (i < statement.length) {
    const c = statement[i]!;
    if (/\s/.test(c)) { i++; continue; }
    const start = i;
    if (c === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= statement.length) throw fail(start, `line 1:${start} mismatched character '<EOF>' expecting '''`);
        const ch = statement[i]!;
        if (ch === '\\') { value += unescapeChar(statement[i + 1] ?? ''); i += 2; continue; }
        if (ch === "'") { i++; break; }
        value += ch;
        i++;
      }
      tokens.push({ kind: 'string', text: statement.slice(start, i), value, offset: start });
    } else if (/\d/.test(c)) {
      const date = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2}))?/.exec(statement.slice(i));
      if (date) { i += date[0].length; tokens.push({ kind: 'date', text: date[0], offset: start }); continue; }
      while (i < statement.length && /[\d.]/.test(statement[i]!)) i++;
      tokens.push({ kind: 'number', text: statement.slice(start, i), offset: start });
    } else if (/[A-Za-z_]/.test(c)) {
      while (i < statement.length && /[A-Za-z0-9_.]/.test(statement[i]!)) i++;
      tokens.push({ kind: 'ident', text: statement.slice(start, i), offset: start });
    } else {
      const op = OPERATORS.find((o) => statement.startsWith(o, i));
      if (op) { i += op.length; tokens.push({ kind: 'op', text: op, offset: start }); continue; }
      if ('(),'.includes(c)) { i++; tokens.push({ kind: 'punct', text: c, offset: start }); continue; }
      throw fail(start, `line 1:${start} no viable alternative at character '${c}'`);
    }
  }
  tokens.push({ kind: 'eof', text: '<EOF>', offset: statement.length });
  return tokens;
}

function unescapeChar(c: string): string {
  return { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' }[c] ?? c;
}

/** A cursor over tokens with the helpers both parsers need. */
export class TokenStream {
  private position = 0;
  private readonly tokens: Token[];
  readonly statement: string;
  readonly errorCode: string;
  /** What the calling user may read: fields and objects beyond it do not exist for them. */
  readonly access: ObjectAccess;
  constructor(tokens: Token[], statement: string, errorCode: string, access: ObjectAccess = FULL_ACCESS) {
    this.tokens = tokens;
    this.statement = statement;
    this.errorCode = errorCode;
    this.access = access;
  }

  peek(ahead = 0): Token {
    return this.tokens[Math.min(this.position + ahead, this.tokens.length - 1)]!;
  }

  next(): Token {
    const token = this.peek();
    if (this.position < this.tokens.length - 1) this.position++;
    return token;
  }

  isKeyword(word: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token.kind === 'ident' && token.text.toUpperCase() === word;
  }

  acceptKeyword(word: string): boolean {
    if (!this.isKeyword(word)) return false;
    this.next();
    return true;
  }

  accept(text: string): boolean {
    if (this.peek().text !== text || this.peek().kind === 'string') return false;
    this.next();
    return true;
  }

  expectKeyword(word: string): Token {
    if (!this.isKeyword(word)) throw this.unexpected();
    return this.next();
  }

  expect(text: string): Token {
    if (this.peek().text !== text) throw this.unexpected(`expecting '${text}'`);
    return this.next();
  }

  expectIdent(): Token {
    if (this.peek().kind !== 'ident') throw this.unexpected();
    return this.next();
  }

  expectInteger(): number {
    const token = this.peek();
    if (token.kind !== 'number' || !/^\d+$/.test(token.text)) throw this.unexpected();
    this.next();
    return Number(token.text);
  }

  unexpected(detail?: string) {
    const token = this.peek();
    const reason = token.kind === 'eof' ? 'unexpected token: <EOF>' : `unexpected token: ${token.text}`;
    return statementError(400, this.errorCode, this.statement, token.offset, detail ? `${reason} ${detail}` : reason);
  }
}
