// axe cannot judge colour contrast in jsdom (no layout, no rendering), so the palette is checked
// here: every text colour on every background it is used on, in light and dark mode, reaches
// WCAG AA for normal text (4.5:1).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Read from disk: Vitest hands CSS imports (even ?raw) to tests as empty strings.
const css = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'styles.css'), 'utf8');

function palette(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6});/gi)].map((m) => [m[1]!, m[2]!]));
}

const light = palette(css.slice(css.indexOf(':root {'), css.indexOf('@media (prefers-color-scheme: dark)')));
const dark = { ...light, ...palette(css.slice(css.indexOf('@media (prefers-color-scheme: dark)'), css.indexOf('*,'))) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

// [text, background] as styles.css uses them.
const pairs = [
  ['text', 'bg'], ['muted', 'bg'], ['primary', 'bg'], ['text', 'surface'], ['muted', 'surface'],
  ['primary', 'active'], ['text', 'active'], ['text', 'mark'],
  ['text', 'info-bg'], ['muted', 'info-bg'], ['text', 'warning-bg'], ['text', 'error-bg'], ['error', 'error-bg'],
  ['text', 'success-bg'], ['success', 'success-bg'], ['success', 'bg'], ['error', 'bg'],
  ['primary-text', 'primary'], ['primary-text', 'primary-hover'], ['bg', 'error'], ['text', 'border'],
] as const;

describe.each([['light', light], ['dark', dark]] as const)('%s palette', (_name, colours) => {
  it.each(pairs)('%s on %s reaches 4.5:1', (text, background) => {
    expect(contrast(colours[text]!, colours[background]!)).toBeGreaterThanOrEqual(4.5);
  });
});
