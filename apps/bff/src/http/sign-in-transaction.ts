// A sign-in transaction (OAuth state, PKCE verifier, where to return) lives in the person's
// session between the redirect out and the callback: taken once, refused after its expiry.
// Both sign-ins, the intranet's and Salesforce's, keep theirs this way.
import type { SessionData } from 'express-session';

type Slot = 'intranetSignIn' | 'salesforceSignIn';
type Transaction<S extends Slot> = Omit<SessionData[S], 'createdAt'>;

export interface SignInTransactions<S extends Slot> {
  put(session: Partial<SessionData>, transaction: Transaction<S>): void;
  /** Removes the transaction and answers it, or undefined when there is none or it expired. */
  take(session: Partial<SessionData>): Transaction<S> | undefined;
}

export function signInTransactions<S extends Slot>(slot: S, ttlMs: number, now: () => number = Date.now): SignInTransactions<S> {
  return {
    put(session, transaction) {
      session[slot] = { ...transaction, createdAt: now() } as SessionData[S];
    },
    take(session) {
      const stored = session[slot];
      delete session[slot];
      if (!stored || now() - stored.createdAt > ttlMs) return undefined;
      const { createdAt: _, ...transaction } = stored;
      return transaction as Transaction<S>;
    },
  };
}
