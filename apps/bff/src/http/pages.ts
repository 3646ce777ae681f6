// The few HTML pages the BFF renders itself: OAuth outcomes, the deprecated callback, errors.
// No inline script or style (CSP): the popup page loads /assets/popup-done.js.
import { POPUP_CHANNEL } from '@sfsearch/contracts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function page(title: string, body: string, options: { script?: string; data?: Record<string, string> } = {}): string {
  const data = Object.entries(options.data ?? {}).map(([k, v]) => ` data-${k}="${escapeHtml(v)}"`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><link rel="stylesheet" href="/assets/bff-pages.css"></head>
<body${data}><main>${body}</main>${options.script ? `<script src="${escapeHtml(options.script)}"></script>` : ''}</body></html>`;
}

export function messagePage(title: string, message: string, link: { href: string; text: string }): string {
  return page(title, `<h1>${escapeHtml(title)}</h1><p role="alert">${escapeHtml(message)}</p>
<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></p>`);
}

/** What the OAuth callback shows: in a popup it tells the widget and closes. */
export function connectionResultPage(result: { ok: boolean; title: string; message: string; returnTo: string; popup: boolean }): string {
  const body = `<h1>${escapeHtml(result.title)}</h1><p ${result.ok ? 'role="status"' : 'role="alert"'}>${escapeHtml(result.message)}</p>
<p><a href="${escapeHtml(result.returnTo)}">${result.ok ? 'Back to search' : 'Back to the intranet'}</a></p>`;
  if (!result.popup) return page(result.title, body);
  return page(result.title, body, {
    script: '/assets/popup-done.js',
    data: { status: result.ok ? 'connected' : 'error', message: result.message },
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
