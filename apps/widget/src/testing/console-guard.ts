// A console error or warning fails the test it happens in, unless the test said it expects it:
// React's warnings and MSW's "unhandled request" land there, and are bugs.
import { format } from 'node:util';

type Expected = { pattern: RegExp; seen: boolean };

let unexpected: string[] = [];
let expected: Expected[] = [];
const original = { error: console.error, warn: console.warn };

function capture(level: 'error' | 'warn') {
  return (...args: unknown[]) => {
    const message = format(...args);
    const match = expected.find((e) => e.pattern.test(message));
    if (match) {
      match.seen = true;
      return;
    }
    unexpected.push(`console.${level}: ${message}`);
    original[level](...args);
  };
}

export function startConsoleGuard(): void {
  unexpected = [];
  expected = [];
  console.error = capture('error');
  console.warn = capture('warn');
}

/** Call in a test that provokes a console error on purpose. */
export function expectConsoleError(pattern: RegExp): void {
  expected.push({ pattern, seen: false });
}

export function stopConsoleGuard(): void {
  console.error = original.error;
  console.warn = original.warn;
  const missing = expected.filter((e) => !e.seen).map((e) => `expected a console message matching ${e.pattern}`);
  const problems = [...unexpected, ...missing];
  if (problems.length > 0) throw new Error(`Console check failed:\n${problems.join('\n')}`);
}
