// Security headers, no-store on the API, CSRF and cross-site checks on state-changing requests.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { Config } from '../config.ts';
import { AppError, notSignedIn } from '../errors.ts';
import { msg } from '../messages/messages.ts';

export function securityHeaders(config: Config): RequestHandler {
  const https = config.PUBLIC_URL.startsWith('https://');
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'font-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'self'", ...config.FRAME_ANCESTORS],
        ...(https ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    // frame-ancestors decides who may frame the widget; X-Frame-Options cannot name other origins.
    xFrameOptions: false,
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    // Set on the widget's own pages only (http/widget.ts): a COOP header anywhere on the popup's
    // way (sign-in start, redirects, callback page) would sever it from the widget that opened it.
    crossOriginOpenerPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
  });
}

export const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function newCsrfToken(): string {
  return randomBytes(32).toString('base64url');
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Refuses cross-site non-safe requests, then requires the session's CSRF token in X-CSRF-Token.
 * A request without a signed-in session answers 401 first: its author needs to sign in, not to
 * reload the page.
 */
export function csrfProtection(config: Config): RequestHandler {
  const ownOrigin = new URL(config.PUBLIC_URL).origin;
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    if (!req.session?.user) throw notSignedIn();
    const origin = req.get('origin');
    if (req.get('sec-fetch-site') === 'cross-site' || (origin !== undefined && origin !== ownOrigin)) {
      throw new AppError('forbidden', msg('request.cross-site'));
    }
    const expected = req.session?.csrfToken;
    const given = req.get('x-csrf-token');
    if (!expected || !given || !sameToken(expected, given)) {
      throw new AppError('forbidden', msg('request.csrf-missing'));
    }
    next();
  };
}
