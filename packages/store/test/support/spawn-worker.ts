import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import type { WorkerInput } from './lock-worker.ts';

const WORKER = fileURLToPath(new URL('./lock-worker.ts', import.meta.url));

/** Starts lock-worker.ts under this same Node (24: runs TypeScript directly) and waits until its store is open. */
export async function spawnWorker(input: WorkerInput) {
  const child = spawn(process.execPath, [WORKER], {
    env: { ...process.env, LOCK_WORKER_INPUT: JSON.stringify(input), NODE_NO_WARNINGS: '1' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const exited = once(child, 'exit');
  const nextLine = async (): Promise<string> => {
    const next = await Promise.race([lines.next(), exited.then(() => ({ done: true as const, value: undefined }))]);
    if (next.done) throw new Error(`lock worker exited with ${child.exitCode ?? child.signalCode}`);
    return next.value;
  };
  const first = await nextLine();
  if (first !== 'ready') throw new Error(`lock worker said ${first}`);
  return {
    go: () => child.stdin.write('go\n'),
    nextLine,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}
