// When each person last searched, for the admin's list and the person's own "last used": kept in
// memory and written in one statement per flush (every FLUSH_MS, before the admin reads the list,
// and at shutdown), so a search costs no write of its own.
import type { Store } from '@sfsearch/store';
import type { Logger } from 'pino';

export const LAST_USED_FLUSH_MS = 30_000;

export interface LastUsed {
  touch(userId: string, at?: Date): void;
  /** What this instance knows and has not written yet, else nothing. */
  pending(userId: string): Date | undefined;
  flush(): Promise<void>;
  stop(): Promise<void>;
}

export function createLastUsed(store: Store, logger: Logger, flushMs = LAST_USED_FLUSH_MS): LastUsed {
  let unwritten = new Map<string, Date>();
  const flush = async () => {
    if (unwritten.size === 0) return;
    const batch = unwritten;
    unwritten = new Map();
    try {
      await store.tokens.recordUse([...batch].map(([userId, at]) => ({ userId, at })));
    } catch (err) {
      // Kept for the next flush, unless newer uses came meanwhile.
      for (const [userId, at] of batch) if (!unwritten.has(userId)) unwritten.set(userId, at);
      logger.warn({ err, people: batch.size }, 'could not record when people last searched');
    }
  };
  const timer = setInterval(() => void flush(), flushMs);
  timer.unref();
  return {
    touch(userId, at = new Date()) {
      unwritten.set(userId, at);
    },
    pending: (userId) => unwritten.get(userId),
    flush,
    async stop() {
      clearInterval(timer);
      await flush();
    },
  };
}
