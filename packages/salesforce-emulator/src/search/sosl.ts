// SOSL statements: FIND {…} [IN … FIELDS] [RETURNING Obj(fields WHERE … ORDER BY … LIMIT n OFFSET n), …]
// [WITH …] [LIMIT n].
import { FULL_ACCESS, type ObjectAccess } from '../org/access.ts';
import { findObject, type ObjectDef } from '../org/schema.ts';
import { resolveFieldPath, type FieldPath } from '../rest/field-paths.ts';
import { invalidType, statementError } from '../rest/salesforce-error.ts';
import { parseClauses, type Clauses } from '../soql/conditions.ts';
import { lex, TokenStream } from '../soql/lexer.ts';
import type { Group } from './search-index.ts';
import { parseSearchText, type SearchExpression } from './search-expression.ts';

export const MAX_SEARCH_ROWS = 2000;
/** At most this many matches of one object reach sharing (see run-search.ts). */
export const PER_OBJECT_CAP = 250;

export interface ReturningSpec extends Clauses {
  object: ObjectDef;
  fields: FieldPath[];
}

export interface SearchRequest {
  expression: SearchExpression;
  group: Group;
  returning: ReturningSpec[];
  limit: number;
}

const GROUP_WORDS: Record<string, Group> = { ALL: 'ALL', NAME: 'NAME', EMAIL: 'EMAIL', PHONE: 'PHONE', SIDEBAR: 'ALL' };

export function parseSosl(statement: string, access: ObjectAccess = FULL_ACCESS): SearchRequest {
  const find = /^\s*FIND\s*\{/i.exec(statement);
  if (!find) {
    const at = statement.search(/\S/);
    throw statementError(400, 'MALFORMED_SEARCH', statement, Math.max(at, 0), `unexpected token: ${statement.trim().split(/\s+/)[0] ?? '<EOF>'}`);
  }
  const { expression, end } = parseSearchText(statement, find[0].length);
  const tokens = new TokenStream(lex(statement, end + 1, 'MALFORMED_SEARCH'), statement, 'MALFORMED_SEARCH', access);
  let group: Group = 'ALL';
  if (tokens.acceptKeyword('IN')) {
    const word = tokens.expectIdent();
    const chosen = GROUP_WORDS[word.text.toUpperCase()];
    if (!chosen) throw statementError(400, 'MALFORMED_SEARCH', statement, word.offset, `Malformed search token: ${word.text}`);
    group = chosen;
    tokens.expectKeyword('FIELDS');
  }
  const returning: ReturningSpec[] = [];
  if (tokens.acceptKeyword('RETURNING')) {
    do returning.push(parseReturning(tokens)); while (tokens.accept(','));
  }
  checkOffsets(returning, tokens.statement);
  while (tokens.acceptKeyword('WITH')) parseWith(tokens);
  let limit = MAX_SEARCH_ROWS;
  if (tokens.acceptKeyword('LIMIT')) limit = Math.min(tokens.expectInteger(), MAX_SEARCH_ROWS);
  if (tokens.peek().kind !== 'eof') throw tokens.unexpected();
  return { expression, group, returning, limit };
}

export function parseReturning(tokens: TokenStream): ReturningSpec {
  const name = tokens.expectIdent();
  const object = findObject(name.text);
  if (!object || !object.searchable || !tokens.access.canRead(object.name)) throw invalidType(tokens.statement, name.offset, name.text);
  const spec: ReturningSpec = { object, fields: [] };
  if (!tokens.accept('(')) {
    spec.fields = [resolveFieldPath(object, 'Id', tokens.statement, name.offset)];
    return spec;
  }
  do {
    const field = tokens.expectIdent();
    spec.fields.push(resolveFieldPath(object, field.text, tokens.statement, field.offset, tokens.access));
  } while (tokens.accept(','));
  Object.assign(spec, parseClauses(tokens, object));
  tokens.expect(')');
  return spec;
}

/** WITH SPELL_CORRECTION = true|false and WITH HIGHLIGHT are accepted; they change nothing here. */
function parseWith(tokens: TokenStream): void {
  if (tokens.acceptKeyword('HIGHLIGHT')) return;
  tokens.expectKeyword('SPELL_CORRECTION');
  tokens.expect('=');
  const value = tokens.expectIdent();
  if (!/^(true|false)$/i.test(value.text)) throw statementError(400, 'MALFORMED_SEARCH', tokens.statement, value.offset, `unexpected token: ${value.text}`);
}

/**
 * "OFFSET can be used only when querying a single object" and "the maximum offset is 2,000 rows
 * ... MALFORMED_SEARCH: SOSL offset should be between 0 to 2000" (SOQL and SOSL Reference,
 * "OFFSET n", sforce_api_calls_sosl_offset).
 */
function checkOffsets(returning: readonly ReturningSpec[], statement: string): void {
  const offsets = returning.filter((spec) => spec.offset !== undefined);
  if (offsets.length === 0) return;
  const at = Math.max(statement.toUpperCase().indexOf('OFFSET'), 0);
  if (offsets.some((spec) => spec.offset! > MAX_SEARCH_ROWS)) throw statementError(400, 'MALFORMED_SEARCH', statement, at, 'SOSL offset should be between 0 to 2000');
  if (returning.length > 1) throw statementError(400, 'MALFORMED_SEARCH', statement, at, 'OFFSET can be used only when querying a single object');
}
