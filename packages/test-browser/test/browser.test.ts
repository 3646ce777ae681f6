import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser } from '../src/index.ts';

let server: Server;
let base = '';
const seenHeaders: IncomingMessage['headers'][] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    seenHeaders.push(req.headers);
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/set') {
      res.setHeader('set-cookie', ['root=1; Path=/', 'scoped=2; Path=/only', 'gone=3; Path=/']);
      return res.end('set');
    }
    if (url.pathname === '/expire') {
      res.setHeader('set-cookie', 'gone=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT');
      return res.end('expired');
    }
    if (url.pathname === '/login') {
      if (req.method === 'POST') {
        let body = '';
        req.on('data', (chunk) => { body += String(chunk); });
        req.on('end', () => {
          const form = new URLSearchParams(body);
          const ok = form.get('password') === 'pw' && form.get('txn') === 'abc';
          res.writeHead(302, { location: ok ? 'http://elsewhere.invalid/callback?code=1' : '/login?failed=1' }).end();
        });
        return;
      }
      return res.end('<form method="post" action="/login"><input type="hidden" name="txn" value="abc"><input name="password"></form>');
    }
    res.end(`cookie:${req.headers.cookie ?? ''}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the test browser', () => {
  it('keeps cookies per path and forgets expired ones', async () => {
    const browser = new Browser();
    await browser.request(`${base}/set`);
    expect((await browser.request(`${base}/`)).body).toBe('cookie:root=1; gone=3');
    expect((await browser.request(`${base}/only/here`)).body).toBe('cookie:root=1; scoped=2; gone=3');
    await browser.request(`${base}/expire`);
    expect(browser.cookieNames()).toEqual(['root', 'scoped']);
  });

  it('fills a login form and stops at a redirect that leaves the server', async () => {
    const browser = new Browser();
    const result = await browser.authorize(`${base}/login`, { username: 'u', password: 'pw' });
    expect(result.callback?.href).toBe('http://elsewhere.invalid/callback?code=1');
    expect(browser.seen).toContain('http://elsewhere.invalid/callback?code=1');
  });

  it('sends a TLS-terminated origin to its backend with X-Forwarded-Proto', async () => {
    const browser = new Browser({ tlsTerminators: { 'https://public.example': base } });
    const page = await browser.request('https://public.example/anything?x=1');
    expect(page.url).toBe('https://public.example/anything?x=1');
    expect(seenHeaders.at(-1)?.['x-forwarded-proto']).toBe('https');
  });
});
