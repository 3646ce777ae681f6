// An inverted index per sObject and search group, so SOSL never scans every record.
import type { FieldDef, ObjectDef, SearchGroup } from '../org/schema.ts';
import type { SObjectRecord } from '../org/types.ts';
import type { SearchExpression, TokenPattern } from './search-expression.ts';
import { phoneTokens, tokenize } from './tokenize.ts';

export type Group = 'ALL' | SearchGroup;
const GROUPS: Group[] = ['ALL', 'NAME', 'EMAIL', 'PHONE'];

interface GroupIndex {
  postings: Map<string, number[]>;
  sortedTokens: string[];
  fieldSlots: number[];
}

export interface ObjectIndex {
  object: ObjectDef;
  records: SObjectRecord[];
  /** tokens[doc][slot]: the tokens of each searchable field, in field order. */
  tokens: string[][][];
  groups: Record<Group, GroupIndex>;
}

/** Document number → relevance score. */
export type Hits = Map<number, number>;

export function buildObjectIndex(object: ObjectDef, records: SObjectRecord[]): ObjectIndex {
  const fields: FieldDef[] = object.fields.filter((f) => f.searchable);
  const groups = Object.fromEntries(GROUPS.map((g) => [g, {
    postings: new Map<string, number[]>(),
    sortedTokens: [] as string[],
    fieldSlots: fields.flatMap((f, slot) => (g === 'ALL' || f.groups?.includes(g) ? [slot] : [])),
  }])) as Record<Group, GroupIndex>;
  const tokens = records.map((record, doc) => {
    const perField = fields.map((f) => {
      const value = record[f.name];
      if (typeof value !== 'string') return [];
      return f.type === 'phone' ? phoneTokens(value) : tokenize(value);
    });
    for (const group of Object.values(groups)) {
      for (const slot of group.fieldSlots) {
        for (const token of perField[slot]!) {
          const list = group.postings.get(token);
          if (!list) group.postings.set(token, [doc]);
          else if (list.at(-1) !== doc) list.push(doc);
        }
      }
    }
    return perField;
  });
  for (const group of Object.values(groups)) group.sortedTokens = [...group.postings.keys()].sort();
  return { object, records, tokens, groups };
}

/** Evaluates a FIND expression: which documents match, scored higher for matches in name fields. */
export function evaluate(index: ObjectIndex, group: Group, expression: SearchExpression): Hits {
  switch (expression.kind) {
    case 'term': {
      const hits: Hits = new Map();
      const nameDocs = group === 'NAME' ? null : matchTerm(index, 'NAME', expression.tokens);
      for (const doc of matchTerm(index, group, expression.tokens)) hits.set(doc, nameDocs === null || nameDocs.has(doc) ? 3 : 1);
      return hits;
    }
    case 'and': {
      const left = evaluate(index, group, expression.left);
      if (left.size === 0) return left;
      const right = evaluate(index, group, expression.right);
      const hits: Hits = new Map();
      for (const [doc, score] of left) {
        const other = right.get(doc);
        if (other !== undefined) hits.set(doc, score + other);
      }
      return hits;
    }
    case 'or': {
      const hits = new Map(evaluate(index, group, expression.left));
      for (const [doc, score] of evaluate(index, group, expression.right)) hits.set(doc, (hits.get(doc) ?? 0) + score);
      return hits;
    }
    case 'and-not': {
      const hits = evaluate(index, group, expression.left);
      for (const doc of evaluate(index, group, expression.right).keys()) hits.delete(doc);
      return hits;
    }
  }
}

function matchTerm(index: ObjectIndex, groupName: Group, patterns: TokenPattern[]): Set<number> {
  const group = index.groups[groupName];
  if (patterns.length === 0 || group.fieldSlots.length === 0) return new Set();
  const perToken = patterns.map((p) => docsFor(group, p));
  perToken.sort((a, b) => a.size - b.size);
  let candidates = perToken[0]!;
  for (const other of perToken.slice(1)) candidates = new Set([...candidates].filter((doc) => other.has(doc)));
  if (patterns.length === 1) return candidates;
  return new Set([...candidates].filter((doc) => group.fieldSlots.some((slot) => containsPhrase(index.tokens[doc]![slot]!, patterns))));
}

function docsFor(group: GroupIndex, pattern: TokenPattern): Set<number> {
  if (!pattern.pattern) return new Set(group.postings.get(pattern.text));
  const docs = new Set<number>();
  for (const token of expand(group.sortedTokens, pattern)) for (const doc of group.postings.get(token)!) docs.add(doc);
  return docs;
}

function* expand(sorted: string[], pattern: TokenPattern): Generator<string> {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < pattern.prefix) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < sorted.length && sorted[i]!.startsWith(pattern.prefix); i++) {
    if (pattern.pattern!.test(sorted[i]!)) yield sorted[i]!;
  }
}

function tokenMatches(token: string, pattern: TokenPattern): boolean {
  return pattern.pattern ? pattern.pattern.test(token) : token === pattern.text;
}

function containsPhrase(tokens: string[], patterns: TokenPattern[]): boolean {
  for (let start = 0; start + patterns.length <= tokens.length; start++) {
    if (patterns.every((p, k) => tokenMatches(tokens[start + k]!, p))) return true;
  }
  return false;
}
