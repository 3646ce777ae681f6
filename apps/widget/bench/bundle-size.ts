// pnpm bench: builds the widget and prints its JavaScript, gzip-compressed, in two parts:
//   initial    the entry chunk and everything it imports statically: what the browser must
//              download before the widget can paint anything or read an answer, zod/mini and the
//              contracts schemas included (budget: 90 kB);
//   on demand  chunks only some pages load (the admin page).
// Exits 1 when the initial JavaScript is over budget, when classic zod (not tree-shakeable,
// ~25 kB gzip) slipped into any chunk instead of zod/mini (docs/decisions/0030-widget.md), or
// when React's own renderer (~60 kB gzip) did instead of Preact's (docs/decisions/0032-preact.md).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const BUDGET_KB = 90;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist');

type ManifestChunk = { file: string; name?: string; isEntry?: boolean; isDynamicEntry?: boolean; imports?: string[]; dynamicImports?: string[] };
type Manifest = Record<string, ManifestChunk>;

await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true, manifest: true } });
const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;

/** The chunk and, transitively, what it imports statically. */
function closure(keys: string[], seen = new Set<string>()): Set<string> {
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    closure(manifest[key]?.imports ?? [], seen);
  }
  return seen;
}

const gzipKb = (file: string) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length / 1000;
const rawKb = (file: string) => readFileSync(join(outDir, file)).length / 1000;

const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
if (!entry) throw new Error('No entry chunk in the Vite manifest');
const initial = closure([entry]);
const dynamic = (keys: Iterable<string>) => [...keys].flatMap((key) => manifest[key]?.dynamicImports ?? []);
const onDemand = closure(dynamic(initial));
for (const key of initial) onDemand.delete(key);

function report(title: string, keys: Set<string>): number {
  let total = 0;
  console.log(`\n${title}`);
  for (const key of keys) {
    const file = manifest[key]?.file;
    if (!file?.endsWith('.js')) continue;
    const size = gzipKb(file);
    total += size;
    console.log(`  ${file.padEnd(44)} ${rawKb(file).toFixed(1).padStart(7)} kB raw ${size.toFixed(1).padStart(6)} kB gzip`);
  }
  console.log(`  ${'total'.padEnd(44)} ${''.padStart(14)} ${total.toFixed(1).padStart(6)} kB gzip`);
  return total;
}

const initialKb = report('Initial JavaScript (entry + static imports)', initial);
report('On demand (admin page)', onDemand);

// Classic zod's schemas are built on a `$constructor('ZodType', …)` that zod/mini never ships.
const classicZod = Object.values(manifest)
  .map((chunk) => chunk.file)
  .filter((file) => file.endsWith('.js') && /[`"']ZodType[`"']/.test(readFileSync(join(outDir, file), 'utf8')));

// React 19 marks its elements with this symbol; preact/compat never does.
const reactDom = Object.values(manifest)
  .map((chunk) => chunk.file)
  .filter((file) => file.endsWith('.js') && readFileSync(join(outDir, file), 'utf8').includes('react.transitional.element'));

console.log(`\nwidget initial JS gzip: ${initialKb.toFixed(1)} kB (budget ${BUDGET_KB} kB)`);
if (initialKb > BUDGET_KB) {
  console.error(`Over budget by ${(initialKb - BUDGET_KB).toFixed(1)} kB`);
  process.exit(1);
}
if (classicZod.length > 0) {
  console.error(`Classic zod is bundled in ${classicZod.join(', ')}: import from 'zod/mini' (widget and packages/contracts)`);
  process.exit(1);
}
if (reactDom.length > 0) {
  console.error(`React itself is bundled in ${reactDom.join(', ')}: the widget runs on preact/compat (vite.config.ts)`);
  process.exit(1);
}
