// The widget parses with zod/mini, as packages/contracts does: classic zod is not tree-shakeable
// (~25 kB gzip) and would break the 100 kB initial budget (docs/decisions/0030-widget.md;
// `pnpm bench` checks the built bundle too).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('imports zod only as zod/mini', () => {
  const root = join(import.meta.dirname, '..');
  const files = ['src', 'scripts']
    .flatMap((dir) => readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).map((file) => join(dir, file)))
    .filter((file) => /\.tsx?$/.test(file));
  expect(files.length).toBeGreaterThan(50);
  const classic = files.filter((file) =>
    [...readFileSync(join(root, file), 'utf8').matchAll(/from '(zod[^']*)'/g)].some((match) => match[1] !== 'zod/mini'));
  expect(classic).toEqual([]);
});
