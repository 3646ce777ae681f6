// pnpm bench: builds the widget and prints its JavaScript, gzip-compressed, in three parts:
//   initial    the entry chunk and everything it imports statically: what the browser must
//              download before the widget can paint anything (budget: 100 kB);
//   start-up   chunks main.tsx requests at once without waiting for them (the response schemas:
//              zod and the contracts), fetched in parallel with the first API request;
//   on demand  chunks only some pages load (the admin page).
// Exits 1 when the initial JavaScript is over budget.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const BUDGET_KB = 100;
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
const startUp = closure(dynamic(initial).filter((key) => key.includes('response-schemas')));
for (const key of initial) startUp.delete(key);
const onDemand = closure(dynamic(initial));
for (const key of [...initial, ...startUp]) onDemand.delete(key);

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
report('Start-up, in parallel with the first API request (zod + contracts schemas)', startUp);
report('On demand (admin page)', onDemand);

console.log(`\nwidget initial JS gzip: ${initialKb.toFixed(1)} kB (budget ${BUDGET_KB} kB)`);
if (initialKb > BUDGET_KB) {
  console.error(`Over budget by ${(initialKb - BUDGET_KB).toFixed(1)} kB`);
  process.exit(1);
}
