// The SOQL subset: SELECT fields (lookups included) FROM one object [WHERE …] [ORDER BY …]
// [LIMIT n] [OFFSET n].
import { findObject, type ObjectDef } from '../org/schema.ts';
import { resolveFieldPath, type FieldPath } from '../rest/field-paths.ts';
import { invalidType } from '../rest/salesforce-error.ts';
import { parseCondition, parseOrderBy, type Condition, type OrderBy } from './conditions.ts';
import { lex, TokenStream, type Token } from './lexer.ts';

export interface SoqlQuery {
  object: ObjectDef;
  fields: FieldPath[];
  where?: Condition;
  orderBy?: OrderBy[];
  limit?: number;
  offset?: number;
}

export function parseSoql(statement: string): SoqlQuery {
  const tokens = new TokenStream(lex(statement, 0, 'MALFORMED_QUERY'), statement, 'MALFORMED_QUERY');
  tokens.expectKeyword('SELECT');
  const fieldTokens: Token[] = [];
  do fieldTokens.push(tokens.expectIdent()); while (tokens.accept(','));
  tokens.expectKeyword('FROM');
  const name = tokens.expectIdent();
  const object = findObject(name.text);
  if (!object) throw invalidType(statement, name.offset, name.text);
  const query: SoqlQuery = {
    object,
    fields: fieldTokens.map((t) => resolveFieldPath(object, t.text, statement, t.offset)),
  };
  if (tokens.acceptKeyword('WHERE')) query.where = parseCondition(tokens, object);
  if (tokens.isKeyword('ORDER')) {
    tokens.next();
    tokens.expectKeyword('BY');
    query.orderBy = parseOrderBy(tokens, object);
  }
  if (tokens.acceptKeyword('LIMIT')) query.limit = tokens.expectInteger();
  if (tokens.acceptKeyword('OFFSET')) query.offset = tokens.expectInteger();
  if (tokens.peek().kind !== 'eof') throw tokens.unexpected();
  return query;
}
