import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEntryProxy, type EntryProxy } from '../src/index.ts';

const servers: Server[] = [];
const seen: Record<string, string | undefined>[] = [];
async function backend(name: string): Promise<string> {
  const server = createServer((req, res) => {
    seen.push({ name, xff: req.headers['x-forwarded-for'] as string | undefined, proto: req.headers['x-forwarded-proto'] as string | undefined, host: req.headers['x-forwarded-host'] as string | undefined });
    res.end(name);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

let proxy: EntryProxy;
let urls: string[] = [];
beforeAll(async () => {
  urls = [await backend('a'), await backend('b')];
  proxy = await startEntryProxy({ backends: urls });
});
afterAll(async () => {
  await proxy.close();
  for (const s of servers) { s.closeAllConnections(); s.close(); }
});

describe('the local entry point', () => {
  it('shares requests round robin and forwards the headers the BFF trusts', async () => {
    const bodies = [];
    for (let i = 0; i < 4; i++) bodies.push(await (await fetch(`${proxy.url}/x`)).text());
    expect(bodies).toEqual(['a', 'b', 'a', 'b']);
    expect(seen.at(-1)).toMatchObject({ xff: '127.0.0.1', proto: 'http', host: new URL(proxy.url).host });
  });

  it('sends a request to the next instance when one is gone', async () => {
    servers[0]!.closeAllConnections();
    await new Promise<void>((resolve) => servers[0]!.close(() => resolve()));
    const bodies = [];
    for (let i = 0; i < 4; i++) bodies.push(await (await fetch(`${proxy.url}/x`)).text());
    expect(bodies).toEqual(['b', 'b', 'b', 'b']);
  });
});
