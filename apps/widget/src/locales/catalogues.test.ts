// The catalogues are what the interface says: every message in the code must be in them as it is
// written (`pnpm run i18n:extract` rewrites them), and Japanese must translate every one.
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const widget = join(dirname(fileURLToPath(import.meta.url)), '../..');
// The CLI's own entry (its package exports no bin path); run with this Node, as `lingui` would be.
const cli = fileURLToPath(new URL('lingui.js', import.meta.resolve('@lingui/cli')));

async function check(...args: string[]): Promise<{ passed: boolean; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, 'check', ...args, '--workers', '1', '--verbose'], { cwd: widget });
    return { passed: true, output: stdout + stderr };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { passed: false, output: stdout + stderr };
  }
}

describe('message catalogues', () => {
  it('hold every message of the code, as written, and none it no longer has (run pnpm run i18n:extract)', async () => {
    const result = await check('sync', '--clean');
    expect(result.output).toContain('PASS sync');
    expect(result.passed).toBe(true);
  }, 60_000);

  it('translate every message into Japanese', async () => {
    const result = await check('missing', '--mode', 'catalog');
    expect(result.output).toContain('PASS missing');
    expect(result.passed).toBe(true);
  }, 60_000);
});
