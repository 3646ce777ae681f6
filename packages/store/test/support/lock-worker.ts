// A second process for the refresh-lock tests: opens the same database and either races
// the parent to refresh ("race") or takes the lock and waits to be killed ("hold").
import { createInterface } from 'node:readline';
import { openStore } from '../../src/index.ts';
import type { EncryptionKeyInput } from '../../src/index.ts';
import { raceToRefresh } from './refresh-race.ts';

export interface WorkerInput {
  mode: 'race' | 'hold';
  location: { databaseUrl: string; schema?: string };
  keys: EncryptionKeyInput[];
  userId: string;
  callers: number;
  leaseMs: number;
}

const input = JSON.parse(process.env.LOCK_WORKER_INPUT ?? '{}') as WorkerInput;
const store = await openStore({
  databaseUrl: input.location.databaseUrl,
  encryptionKeys: input.keys,
  postgres: { schema: input.location.schema },
  refreshLock: { leaseMs: input.leaseMs },
  sessions: { pruneIntervalMs: 0 },
});
const lines = createInterface({ input: process.stdin });
const say = (line: string) => process.stdout.write(`${line}\n`);
say('ready');

for await (const line of lines) {
  if (line !== 'go') continue;
  if (input.mode === 'race') {
    const counter = { refreshes: 0 };
    const seen = await raceToRefresh(store, input.userId, input.callers, counter);
    say(JSON.stringify({ refreshes: counter.refreshes, seen }));
    await store.close();
    process.exit(0);
  } else {
    setInterval(() => undefined, 1000); // stay alive until killed
    await store.withRefreshLock(input.userId, async () => {
      say('locked');
      await new Promise(() => undefined);
    });
  }
}
