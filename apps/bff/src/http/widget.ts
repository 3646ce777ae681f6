// Serves the built widget (apps/widget/dist) with an index.html fallback for its paths. The page
// comes in the request's language (its `lang`, title and <noscript> text) before any script runs;
// the widget then follows the person's own choice.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';
import { locales, localeOf, msg, translate, type Locale } from '../messages/messages.ts';
import { escapeHtml, messagePage, PAGES_CSS, POPUP_DONE_JS } from './pages.ts';

/** index.html as Vite built it, with its language, title and <noscript> text in `locale`. */
export function indexIn(html: string, locale: Locale): string {
  return html
    .replace(/<html lang="[^"]*"/, `<html lang="${locale}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(translate(locale, msg('page.widget-title')))}</title>`)
    .replace(/<noscript>[^<]*<\/noscript>/, `<noscript>${escapeHtml(translate(locale, msg('page.needs-javascript')))}</noscript>`);
}

export function widgetRoutes(widgetDist: string | undefined): Router {
  const router = Router();
  router.get('/assets/bff-pages.css', (_req, res) => { res.type('css').send(PAGES_CSS); });
  router.get('/assets/popup-done.js', (_req, res) => { res.type('js').send(POPUP_DONE_JS); });
  const index = widgetDist ? join(widgetDist, 'index.html') : undefined;
  if (widgetDist && index && existsSync(index)) {
    const built = readFileSync(index, 'utf8');
    const pages = Object.fromEntries(locales.map((locale) => [locale, indexIn(built, locale)])) as Record<Locale, string>;
    router.use(express.static(widgetDist, { index: false, maxAge: '1h' }));
    router.get(/^\/(?!api\/|auth\/|healthz|readyz).*/, (req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.setHeader('Vary', 'Accept-Language');
      // The widget opens Salesforce's sign-in in a popup it must keep hearing from.
      res.setHeader('Cross-Origin-Opener-Policy', 'same-origin-allow-popups');
      res.type('html').send(pages[localeOf(req)]);
    });
  } else {
    router.get('/', (req, res) => {
      res.status(503).type('html').send(messagePage(localeOf(req), msg('page.widget-not-built'), msg('page.widget-not-built-how'), { href: '/', text: msg('page.reload') }));
    });
  }
  return router;
}
