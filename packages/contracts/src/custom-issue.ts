import * as z from 'zod/mini';

/**
 * What classic zod's `ctx.addIssue({ code: 'custom', message })` did inside a transform, for zod/mini,
 * whose transforms receive the bare parse payload: record the issue, fail the parse.
 */
export function customIssue(ctx: z.core.ParsePayload, message: string): never {
  ctx.issues.push({ code: 'custom', message, input: ctx.value });
  return z.NEVER;
}
