// Serves the built widget (apps/widget/dist) with an index.html fallback for its paths.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';
import { messagePage, PAGES_CSS, POPUP_DONE_JS } from './pages.ts';

export function widgetRoutes(widgetDist: string | undefined): Router {
  const router = Router();
  router.get('/assets/bff-pages.css', (_req, res) => { res.type('css').send(PAGES_CSS); });
  router.get('/assets/popup-done.js', (_req, res) => { res.type('js').send(POPUP_DONE_JS); });
  const index = widgetDist ? join(widgetDist, 'index.html') : undefined;
  if (widgetDist && index && existsSync(index)) {
    router.use(express.static(widgetDist, { index: false, maxAge: '1h' }));
    router.get(/^\/(?!api\/|auth\/|healthz|readyz).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      // The widget opens Salesforce's sign-in in a popup it must keep hearing from.
      res.setHeader('Cross-Origin-Opener-Policy', 'same-origin-allow-popups');
      res.sendFile(index);
    });
  } else {
    router.get('/', (_req, res) => {
      res.status(503).type('html').send(messagePage('The widget is not built', 'Run pnpm --filter @sfsearch/widget build, or pnpm start, which builds it.', { href: '/', text: 'Reload' }));
    });
  }
  return router;
}
