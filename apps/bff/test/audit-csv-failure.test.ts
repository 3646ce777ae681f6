// The audit trail's CSV is streamed: if the database fails half-way, the download is cut off
// (the browser shows it failed), never left hanging with half a file.
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import { expect, it } from 'vitest';
import { errorMiddleware } from '../src/http/error-handling.ts';
import { connectionsRoutes } from '../src/marketplace/connections-routes.ts';
import type { ConnectionsService } from '../src/marketplace/connections-service.ts';

it('cuts the CSV off when the store fails half-way', async () => {
  const failing = {
    async *auditPages() {
      yield [{ id: 2, at: '2026-12-02T10:00:00.000Z', actor: 'ada', action: 'salesforce.connected', details: {} }];
      throw new Error('the database went away');
    },
  } as unknown as ConnectionsService;
  const app = express();
  app.use((req, _res, next) => {
    (req as unknown as { session: unknown }).session = { user: { id: 'ada', name: 'Ada', email: 'ada@intranet.example', isAdmin: true } };
    next();
  });
  app.use(connectionsRoutes(failing));
  app.use(errorMiddleware(pino({ level: 'silent' })));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const answer = await fetch(`http://127.0.0.1:${port}/api/admin/marketplace/salesforce/audit.csv`, { signal: AbortSignal.timeout(5_000) });
    expect(answer.status).toBe(200);
    // Cut at once: not the client giving up after its 5 s.
    await expect(answer.text()).rejects.toThrow(/terminated|other side closed|socket/i);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});
