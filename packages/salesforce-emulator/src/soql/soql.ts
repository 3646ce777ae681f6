// The SOQL subset: SELECT fields (lookups included) FROM one object [WHERE …] [ORDER BY …]
// [LIMIT n] [OFFSET n].
import { FULL_ACCESS, type ObjectAccess } from '../org/access.ts';
import { findObject, type ObjectDef } from '../org/schema.ts';
import { resolveFieldPath, type FieldPath } from '../rest/field-paths.ts';
import { invalidType } from '../rest/salesforce-error.ts';
import { parseClauses, type Clauses } from './conditions.ts';
import { lex, TokenStream, type Token } from './lexer.ts';

export interface SoqlQuery extends Clauses {
  object: ObjectDef;
  fields: FieldPath[];
}

export function parseSoql(statement: string, access: ObjectAccess = FULL_ACCESS): SoqlQuery {
  const tokens = new TokenStream(lex(statement, 0, 'MALFORMED_QUERY'), statement, 'MALFORMED_QUERY', access);
  tokens.expectKeyword('SELECT');
  const fieldTokens: Token[] = [];
  do fieldTokens.push(tokens.expectIdent()); while (tokens.accept(','));
  tokens.expectKeyword('FROM');
  const name = tokens.expectIdent();
  const object = findObject(name.text);
  if (!object || !access.canRead(object.name)) throw invalidType(statement, name.offset, name.text);
  const query: SoqlQuery = {
    object,
    fields: fieldTokens.map((t) => resolveFieldPath(object, t.text, statement, t.offset, access)),
  };
  Object.assign(query, parseClauses(tokens, object));
  if (tokens.peek().kind !== 'eof') throw tokens.unexpected();
  return query;
}
