// What is wrong with something a person entered (an admin's settings, a search's parameters), as
// a key and its values rather than a sentence: the BFF and the widget each say it in the person's
// language (docs/decisions/0037-bff-languages.md). A zod issue of these schemas carries the key
// as its message and the values as its params.
import * as z from 'zod/mini';

export const problemKeys = [
  'login-host.required',
  'login-host.not-a-host',
  'login-host.scheme',
  'login-host.not-https',
  'login-host.port-or-credentials',
  'login-host.setup-or-content',
  'login-host.instance',
  'login-host.site',
  'login-host.not-salesforce',
  'consumer-key.required',
  'consumer-key.too-long',
  'consumer-key.characters',
  'consumer-secret.empty',
  'consumer-secret.too-long',
  'scopes.unknown',
  'scopes.missing',
  'search.q-required',
  'search.too-short',
  'search.single-characters',
  'search.too-long',
  'search.types-unknown',
  'search.limit-number',
  'search.limit-whole',
  'search.limit-min',
  'search.limit-max',
  'search.offset-number',
  'search.offset-whole',
  'search.offset-min',
  'search.offset-max',
  'search.more-one-type',
  'paging.q',
  'paging.limit',
  'paging.offset',
  'paging.before',
  'settings.cap',
  'settings.types',
] as const;
export type ProblemKey = (typeof problemKeys)[number];
export type ProblemValues = Record<string, string | number>;

export interface Problem {
  key: ProblemKey;
  values: ProblemValues;
}

const keys: ReadonlySet<string> = new Set(problemKeys);

export function isProblemKey(value: unknown): value is ProblemKey {
  return typeof value === 'string' && keys.has(value);
}

/**
 * The problem a zod issue of these schemas names, or undefined for one zod wrote itself. A bound
 * that was crossed comes as `min` or `max`.
 */
export function problemOf(issue: { message: string; params?: unknown; minimum?: unknown; maximum?: unknown }): Problem | undefined {
  if (!isProblemKey(issue.message)) return undefined;
  const values: ProblemValues = { ...(issue.params as ProblemValues | undefined) };
  if (typeof issue.minimum === 'number' || typeof issue.minimum === 'bigint') values.min = Number(issue.minimum);
  if (typeof issue.maximum === 'number' || typeof issue.maximum === 'bigint') values.max = Number(issue.maximum);
  return { key: issue.message, values };
}

/**
 * What classic zod's `ctx.addIssue({ code: 'custom', message })` did inside a transform, for zod/mini,
 * whose transforms receive the bare parse payload: record the problem, fail the parse.
 */
export function customIssue(ctx: z.core.ParsePayload, problem: ProblemKey, values: ProblemValues = {}): never {
  ctx.issues.push({ code: 'custom', message: problem, params: values, input: ctx.value });
  return z.NEVER;
}
