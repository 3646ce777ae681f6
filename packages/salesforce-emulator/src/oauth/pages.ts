// The emulated org's own HTML pages: login, consent, the OAuth error page, a record and search results.
import { escapeHtml } from '../http/http-utils.ts';

const SCOPE_TEXT: Record<string, string> = {
  api: 'Manage user data via APIs (api)',
  refresh_token: 'Perform requests at any time (refresh_token, offline_access)',
  offline_access: 'Perform requests at any time (refresh_token, offline_access)',
  id: 'Access the identity URL service (id, profile, email, address, phone)',
  profile: 'Access the identity URL service (id, profile, email, address, phone)',
  email: 'Access the identity URL service (id, profile, email, address, phone)',
  openid: 'Access unique user identifiers (openid)',
  web: 'Manage user data via Web browsers (web)',
  full: 'Full access (full)',
};

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,sans-serif;background:#f3f3f3;margin:0;color:#181818}
main{max-width:24rem;margin:4rem auto;background:#fff;border:1px solid #ddd;border-radius:.5rem;padding:2rem}
h1{font-size:1.4rem;margin-top:0}label{display:block;margin:.8rem 0 .3rem;font-weight:600}
input[type=text],input[type=password]{width:100%;box-sizing:border-box;padding:.6rem;border:1px solid #767676;border-radius:.25rem}
button{margin-top:1.2rem;padding:.6rem 1.2rem;border-radius:.25rem;border:1px solid #0b5cab;background:#0b5cab;color:#fff;font-size:1rem}
button.secondary{background:#fff;color:#0b5cab}.error{color:#ba0517;font-weight:600}ul{padding-left:1.2rem}
</style></head><body><main>${body}</main></body></html>`;
}

export function loginPage(opts: { transaction: string; orgName: string; username?: string; error?: string }): string {
  return page('Login | Salesforce', `
<h1>Log in to ${escapeHtml(opts.orgName)}</h1>
${opts.error ? `<p class="error" role="alert">${escapeHtml(opts.error)}</p>` : ''}
<form method="post" action="/services/oauth2/authorize/login">
<input type="hidden" name="txn" value="${escapeHtml(opts.transaction)}">
<label for="username">Username</label>
<input type="text" id="username" name="username" autocomplete="username" value="${escapeHtml(opts.username ?? '')}" required>
<label for="password">Password</label>
<input type="password" id="password" name="pw" autocomplete="current-password" required>
<button type="submit" id="Login">Log In</button>
</form>`);
}

export function consentPage(opts: { transaction: string; appName: string; username: string; scopes: string[] }): string {
  const lines = [...new Set(opts.scopes.map((s) => SCOPE_TEXT[s] ?? s))];
  return page('Allow Access? | Salesforce', `
<h1>Allow Access?</h1>
<p><strong>${escapeHtml(opts.appName)}</strong> is asking to:</p>
<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>
<p>Do you want to allow access for ${escapeHtml(opts.username)}?</p>
<form method="post" action="/services/oauth2/authorize/consent">
<input type="hidden" name="txn" value="${escapeHtml(opts.transaction)}">
<button type="submit" name="decision" value="deny" class="secondary">Deny</button>
<button type="submit" name="decision" value="allow">Allow</button>
</form>`);
}

export function errorPage(error: string, description: string): string {
  return page('Error | Salesforce', `
<h1>OAuth Error</h1>
<p role="alert">We can't authorize you because of an OAuth error. For more information, contact your Salesforce administrator.</p>
<p><strong>${escapeHtml(error)}</strong>: ${escapeHtml(description)}</p>`);
}

export function landingPage(orgName: string, loginUrl: string): string {
  return page(`${orgName} | Salesforce emulator`, `
<h1>${escapeHtml(orgName)}</h1>
<p>A local Salesforce emulator. Login host: <code>${escapeHtml(loginUrl)}</code>.</p>`);
}

/** Stands in for Lightning's record page, so "open in Salesforce" lands somewhere real. */
export function recordPage(type: string, record: Record<string, unknown> | undefined, orgName: string): string {
  if (!record) return page('Record not found | Salesforce', `<h1>Record not found</h1><p role="alert">This ${escapeHtml(type)} does not exist in ${escapeHtml(orgName)}.</p>`);
  const rows = Object.entries(record)
    .filter(([, v]) => v !== null && typeof v !== 'object')
    .map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(String(v))}</td></tr>`).join('');
  const title = String(record.Name ?? record.Subject ?? record.Id);
  return page(`${title} | ${type} | Salesforce`, `<p>${escapeHtml(type)}</p><h1>${escapeHtml(title)}</h1><table>${rows}</table>`);
}

/**
 * Stands in for Lightning's search results page (`/one/one.app#<base64 state>`, the form
 * Lightning's own global search navigates to). The term is in the fragment, which never reaches
 * a server, so a script of the org's own origin reads it, as Lightning's does.
 */
export function searchPage(orgName: string): string {
  return page(`Search | ${orgName} | Salesforce`, `
<h1 id="search-heading">Search results</h1>
<p id="search-term"></p>
<script src="/one/search-page.js"></script>`);
}

export const SEARCH_PAGE_SCRIPT = `(() => {
  let term = '';
  try {
    const bytes = Uint8Array.from(atob(decodeURIComponent(location.hash.slice(1))), (c) => c.charCodeAt(0));
    term = JSON.parse(new TextDecoder().decode(bytes)).attributes.term || '';
  } catch {}
  document.getElementById('search-heading').textContent = term ? 'Search results for \u201c' + term + '\u201d' : 'Search results';
  document.title = (term ? term + ' | ' : '') + document.title;
})();
`;
