import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

describe('the CLI', () => {
  it('starts the IdP, prints the issuer URL and the demo sign-ins, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [cli, '--port', '0', '--redirect-uri', 'http://127.0.0.1:9/auth/callback'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      const issuer = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
          if (url && output.includes('ada.admin')) resolve(url);
        });
        child.once('exit', (code) => reject(new Error(`CLI exited with ${code}: ${output}`)));
      });
      expect(output).toContain('sofia.rossi / intranet-demo');
      expect(output).not.toMatch(/WARNING|NOTICE/);

      const discovery = await fetch(`${issuer}/.well-known/openid-configuration`);
      expect(await discovery.json()).toMatchObject({ issuer, end_session_endpoint: `${issuer}/session/end` });
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });

  it('refuses a port that is not a number', async () => {
    const child = spawn(process.execPath, [cli, '--port', 'abc'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain('--port must be a port number');
  });
});
