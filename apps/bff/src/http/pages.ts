// The few HTML pages the BFF renders itself: OAuth outcomes, the deprecated callback, errors.
// No inline script or style (CSP): the popup page loads /assets/popup-done.js.
import { POPUP_CHANNEL } from '@sfsearch/contracts';
import { msg, translate, type Locale, type Message, type Text } from '../messages/messages.ts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A page in `locale`: its `lang`, and `title` and `body` already in that language. */
export function page(locale: Locale, title: string, body: string, options: { script?: string; data?: Record<string, string> } = {}): string {
  const data = Object.entries(options.data ?? {}).map(([k, v]) => ` data-${k}="${escapeHtml(v)}"`).join('');
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><link rel="stylesheet" href="/assets/bff-pages.css"></head>
<body${data}><main>${body}</main>${options.script ? `<script src="${escapeHtml(options.script)}"></script>` : ''}</body></html>`;
}

export function messagePage(locale: Locale, title: Message, message: Text, link: { href: string; text: Message }): string {
  const [heading, text, linkText] = [title, message, link.text].map((m) => escapeHtml(translate(locale, m)));
  return page(locale, translate(locale, title), `<h1>${heading}</h1><p role="alert">${text}</p>
<p><a href="${escapeHtml(link.href)}">${linkText}</a></p>`);
}

/** What the OAuth callback shows: in a popup it tells the widget (in the same words) and closes. */
export function connectionResultPage(locale: Locale, result: { ok: boolean; title: Message; message: Message; returnTo: string; popup: boolean }): string {
  const title = translate(locale, result.title);
  const message = translate(locale, result.message);
  const back = translate(locale, msg(result.ok ? 'page.back-to-search' : 'page.back-to-intranet'));
  const body = `<h1>${escapeHtml(title)}</h1><p ${result.ok ? 'role="status"' : 'role="alert"'}>${escapeHtml(message)}</p>
<p><a href="${escapeHtml(result.returnTo)}">${escapeHtml(back)}</a></p>`;
  if (!result.popup) return page(locale, title, body);
  return page(locale, title, body, {
    script: '/assets/popup-done.js',
    data: { status: result.ok ? 'connected' : 'error', message },
  });
}

export const PAGES_CSS = `body{font-family:system-ui,sans-serif;margin:0;background:#f4f6f9;color:#16202c}
main{max-width:34rem;margin:3rem auto;padding:2rem;background:#fff;border-radius:.5rem;border:1px solid #d8dde6}
h1{font-size:1.3rem;margin-top:0}code{background:#eef1f6;padding:.1rem .3rem;border-radius:.2rem;word-break:break-all}
a{color:#0b5cab}`;

/**
 * Runs in the popup: tells the widget how the connection went, then closes. Twice over: to
 * window.opener (same origin only) and on a BroadcastChannel of our origin, which reaches the
 * widget even when something on the way (Salesforce's own pages, a browser policy) severed the
 * popup from its opener.
 */
export const POPUP_DONE_JS = `(function(){
var d=document.body.dataset;
var m={source:'sfsearch',type:'salesforce-connection',status:d.status,message:d.message};
if(window.opener){try{window.opener.postMessage(m,window.location.origin);}catch(e){}}
if(typeof BroadcastChannel==='function'){try{var c=new BroadcastChannel('${POPUP_CHANNEL}');c.postMessage(m);c.close();}catch(e){}}
setTimeout(function(){window.close();},50);
})();`;
