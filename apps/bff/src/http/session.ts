// The session cookie: HttpOnly, Path=/, no Domain, SameSite=Lax (Salesforce's redirect back to
// the callback is a cross-site top-level GET that must find its sign-in transaction), Secure and
// __Host- prefixed on https; idle timeout by rolling expiry, absolute timeout by sign-in time.
import type { RequestHandler, Response } from 'express';
import session, { type Store as SessionStore } from 'express-session';
import type { Config } from '../config.ts';
import { AppError, notSignedIn } from '../errors.ts';
import type { IntranetSignInTransaction, SignedInUser } from '../identity/intranet-sign-in.ts';
import type { SalesforceSignInTransaction } from '../salesforce/salesforce-connect.ts';
import { msg } from '../messages/messages.ts';

declare module 'express-session' {
  interface SessionData {
    user: SignedInUser;
    csrfToken: string;
    signedInAt: number;
    intranetSignIn: IntranetSignInTransaction & { createdAt: number };
    salesforceSignIn: SalesforceSignInTransaction & { createdAt: number };
  }
}

export function sessionCookieName(config: Pick<Config, 'PUBLIC_URL'>): string {
  return config.PUBLIC_URL.startsWith('https://') ? '__Host-sfsearch' : 'sfsearch';
}

function cookieOptions(config: Pick<Config, 'PUBLIC_URL'>) {
  return { httpOnly: true, secure: config.PUBLIC_URL.startsWith('https://'), sameSite: 'lax' as const, path: '/' };
}

export function sessionMiddleware(config: Config, store: SessionStore): RequestHandler[] {
  const absoluteMs = config.SESSION_ABSOLUTE_MINUTES * 60_000;
  return [
    session({
      name: sessionCookieName(config),
      secret: config.SESSION_SECRET,
      store,
      resave: false,
      saveUninitialized: false,
      rolling: true,
      // Whether the request came over https is Express's to say, under TRUST_PROXY.
      cookie: { ...cookieOptions(config), maxAge: Math.round(config.SESSION_IDLE_MINUTES * 60_000) },
    }),
    // Past the absolute timeout the person starts again with an empty session (a new id), so
    // whatever this request does next (start a sign-in, answer 401) finds a session to use.
    (req, _res, next) => {
      const started = req.session?.signedInAt;
      if (started !== undefined && Date.now() - started > absoluteMs) {
        req.session.regenerate(next);
        return;
      }
      next();
    },
  ];
}

/** Clears the session cookie with the attributes it was set with (a __Host- cookie needs Secure). */
export function clearSessionCookie(res: Response, config: Pick<Config, 'PUBLIC_URL'>): void {
  res.clearCookie(sessionCookieName(config), cookieOptions(config));
}

export const requireUser: RequestHandler = (req, _res, next) => {
  if (!req.session?.user) throw notSignedIn();
  next();
};

export const requireAdmin: RequestHandler = (req, _res, next) => {
  if (!req.session?.user) throw notSignedIn();
  if (!req.session.user.isAdmin) throw new AppError('forbidden', msg('request.admin-only'));
  next();
};

export function currentUser(req: { session?: { user?: SignedInUser } }): SignedInUser {
  const user = req.session?.user;
  if (!user) throw notSignedIn();
  return user;
}

/** Saves the session before redirecting, so the next request finds what was just stored. */
export function saveSession(req: { session: { save(cb: (err?: unknown) => void): void } }): Promise<void> {
  return new Promise((resolve, reject) => req.session.save((err) => (err ? reject(err) : resolve())));
}

export function regenerateSession(req: { session: { regenerate(cb: (err?: unknown) => void): void } }): Promise<void> {
  return new Promise((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
}

export function destroySession(req: { session: { destroy(cb: (err?: unknown) => void): void } }): Promise<void> {
  return new Promise((resolve, reject) => req.session.destroy((err) => (err ? reject(err) : resolve())));
}
