// The session cookie: HttpOnly, Path=/, no Domain, SameSite=Lax (Salesforce's redirect back to
// the callback is a cross-site top-level GET that must find its sign-in transaction), Secure and
// __Host- prefixed on https; idle timeout by rolling expiry, absolute timeout by creation time.
import type { RequestHandler } from 'express';
import session, { type Store as SessionStore } from 'express-session';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';

export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  isAdmin: boolean;
}

declare module 'express-session' {
  interface SessionData {
    user: SignedInUser;
    /** Kept server-side for RP-initiated logout; never sent to the browser. */
    idToken: string;
    csrfToken: string;
    signedInAt: number;
    intranetSignIn: { state: string; nonce: string; codeVerifier: string; returnTo: string; createdAt: number };
    salesforceSignIn: { state: string; codeVerifier: string; returnTo: string; popup: boolean; generation: number; createdAt: number };
  }
}

export function sessionCookieName(config: Pick<Config, 'PUBLIC_URL'>): string {
  return config.PUBLIC_URL.startsWith('https://') ? '__Host-sfsearch' : 'sfsearch';
}

export function sessionMiddleware(config: Config, store: SessionStore): RequestHandler[] {
  const secure = config.PUBLIC_URL.startsWith('https://');
  const absoluteMs = config.SESSION_ABSOLUTE_MINUTES * 60_000;
  return [
    session({
      name: sessionCookieName(config),
      secret: config.SESSION_SECRET,
      store,
      resave: false,
      saveUninitialized: false,
      rolling: true,
      proxy: secure,
      cookie: { httpOnly: true, secure, sameSite: 'lax', path: '/', maxAge: Math.round(config.SESSION_IDLE_MINUTES * 60_000) },
    }),
    (req, _res, next) => {
      const started = req.session?.signedInAt;
      if (started !== undefined && Date.now() - started > absoluteMs) {
        req.session.destroy(() => next());
        return;
      }
      next();
    },
  ];
}

export const requireUser: RequestHandler = (req, _res, next) => {
  if (!req.session?.user) throw new AppError('not-signed-in', 'Sign in to the intranet first.');
  next();
};

export const requireAdmin: RequestHandler = (req, _res, next) => {
  if (!req.session?.user) throw new AppError('not-signed-in', 'Sign in to the intranet first.');
  if (!req.session.user.isAdmin) throw new AppError('forbidden', 'Only intranet administrators can change the Salesforce connection.');
  next();
};

export function currentUser(req: { session?: { user?: SignedInUser } }): SignedInUser {
  const user = req.session?.user;
  if (!user) throw new AppError('not-signed-in', 'Sign in to the intranet first.');
  return user;
}

/** Saves the session before redirecting, so the next request finds what was just stored. */
export function saveSession(req: { session: { save(cb: (err?: unknown) => void): void } }): Promise<void> {
  return new Promise((resolve, reject) => req.session.save((err) => (err ? reject(err) : resolve())));
}

export function regenerateSession(req: { session: { regenerate(cb: (err?: unknown) => void): void } }): Promise<void> {
  return new Promise((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
}
