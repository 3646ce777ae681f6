// WHERE conditions (=, !=, <, >, LIKE, IN, NOT IN, AND, OR, NOT) and ORDER BY, shared by
// SOQL queries and the per-object clauses of SOSL RETURNING.
import type { ObjectDef } from '../org/schema.ts';
import type { SObjectRecord } from '../org/types.ts';
import { readPath, resolveFieldPath, type FieldPath, type Lookup } from '../rest/field-paths.ts';
import type { Token, TokenStream } from './lexer.ts';

type Value = string | number | boolean | null;
export type Condition =
  | { kind: 'and' | 'or'; left: Condition; right: Condition }
  | { kind: 'not'; operand: Condition }
  | { kind: 'compare'; path: FieldPath; op: string; values: Value[] };

export interface OrderBy {
  path: FieldPath;
  descending: boolean;
  nullsLast: boolean;
}

export function parseCondition(tokens: TokenStream, object: ObjectDef): Condition {
  let left = parseConjunction(tokens, object);
  while (tokens.acceptKeyword('OR')) left = { kind: 'or', left, right: parseConjunction(tokens, object) };
  return left;
}

function parseConjunction(tokens: TokenStream, object: ObjectDef): Condition {
  let left = parseUnary(tokens, object);
  while (tokens.acceptKeyword('AND')) left = { kind: 'and', left, right: parseUnary(tokens, object) };
  return left;
}

function parseUnary(tokens: TokenStream, object: ObjectDef): Condition {
  if (tokens.acceptKeyword('NOT')) return { kind: 'not', operand: parseUnary(tokens, object) };
  if (tokens.accept('(')) {
    const inner = parseCondition(tokens, object);
    tokens.expect(')');
    return inner;
  }
  const fieldToken = tokens.expectIdent();
  const path = resolveFieldPath(object, fieldToken.text, tokens.statement, fieldToken.offset, tokens.access);
  if (tokens.acceptKeyword('LIKE')) return { kind: 'compare', path, op: 'LIKE', values: [literal(tokens)] };
  const negatedIn = tokens.isKeyword('NOT') && tokens.isKeyword('IN', 1);
  if (negatedIn) tokens.next();
  if (tokens.acceptKeyword('IN')) {
    tokens.expect('(');
    const values = [literal(tokens)];
    while (tokens.accept(',')) values.push(literal(tokens));
    tokens.expect(')');
    return { kind: 'compare', path, op: negatedIn ? 'NOT IN' : 'IN', values };
  }
  const op = tokens.peek();
  if (op.kind !== 'op') throw tokens.unexpected();
  tokens.next();
  return { kind: 'compare', path, op: op.text === '<>' ? '!=' : op.text, values: [literal(tokens)] };
}

function literal(tokens: TokenStream): Value {
  const value = literalValue(tokens.peek());
  if (value === undefined) throw tokens.unexpected();
  tokens.next();
  return value;
}

function literalValue(token: Token): Value | undefined {
  if (token.kind === 'string') return token.value ?? '';
  if (token.kind === 'number') return Number(token.text);
  if (token.kind === 'date') return token.text;
  const word = token.kind === 'ident' ? token.text.toLowerCase() : '';
  if (word === 'true' || word === 'false') return word === 'true';
  if (word === 'null') return null;
  return undefined;
}

/** The clauses after the field list, shared by SOQL and SOSL RETURNING. */
export interface Clauses {
  where?: Condition;
  orderBy?: OrderBy[];
  limit?: number;
  offset?: number;
}

export function parseClauses(tokens: TokenStream, object: ObjectDef): Clauses {
  const clauses: Clauses = {};
  if (tokens.acceptKeyword('WHERE')) clauses.where = parseCondition(tokens, object);
  if (tokens.isKeyword('ORDER')) {
    tokens.next();
    tokens.expectKeyword('BY');
    clauses.orderBy = parseOrderBy(tokens, object);
  }
  if (tokens.acceptKeyword('LIMIT')) clauses.limit = tokens.expectInteger();
  if (tokens.acceptKeyword('OFFSET')) clauses.offset = tokens.expectInteger();
  return clauses;
}

export function parseOrderBy(tokens: TokenStream, object: ObjectDef): OrderBy[] {
  const order: OrderBy[] = [];
  do {
    const fieldToken = tokens.expectIdent();
    const path = resolveFieldPath(object, fieldToken.text, tokens.statement, fieldToken.offset, tokens.access);
    const descending = tokens.acceptKeyword('DESC') ? true : (tokens.acceptKeyword('ASC'), false);
    let nullsLast = descending;
    if (tokens.acceptKeyword('NULLS')) nullsLast = tokens.acceptKeyword('LAST') ? true : (tokens.expectKeyword('FIRST'), false);
    order.push({ path, descending, nullsLast });
  } while (tokens.accept(','));
  return order;
}

const fold = (v: Value) => (typeof v === 'string' ? v.toLowerCase() : v);

function likeToRegExp(pattern: string): RegExp {
  const body = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*').replace(/_/g, '.');
  return new RegExp(`^${body}$`, 'is');
}

export function matches(condition: Condition, record: SObjectRecord, lookup: Lookup): boolean {
  switch (condition.kind) {
    case 'and': return matches(condition.left, record, lookup) && matches(condition.right, record, lookup);
    case 'or': return matches(condition.left, record, lookup) || matches(condition.right, record, lookup);
    case 'not': return !matches(condition.operand, record, lookup);
    case 'compare': {
      const actual = fold(readPath(record, condition.path, lookup));
      const [first] = condition.values.map(fold);
      switch (condition.op) {
        case '=': return actual === first;
        case '!=': return actual !== first;
        case 'LIKE': return typeof actual === 'string' && typeof first === 'string' && likeToRegExp(first).test(actual);
        case 'IN': return condition.values.map(fold).includes(actual);
        case 'NOT IN': return !condition.values.map(fold).includes(actual);
        default: {
          if (actual === null || first === null || first === undefined) return false;
          if (condition.op === '<') return actual < first;
          if (condition.op === '>') return actual > first;
          if (condition.op === '<=') return actual <= first;
          return actual >= first;
        }
      }
    }
  }
}

export function compareRecords(order: OrderBy[], lookup: Lookup) {
  return (a: SObjectRecord, b: SObjectRecord): number => {
    for (const { path, descending, nullsLast } of order) {
      const x = fold(readPath(a, path, lookup));
      const y = fold(readPath(b, path, lookup));
      if (x === y) continue;
      if (x === null) return nullsLast ? 1 : -1;
      if (y === null) return nullsLast ? -1 : 1;
      const result = x < y ? -1 : 1;
      return descending ? -result : result;
    }
    return 0;
  };
}
