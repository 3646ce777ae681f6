// HTML of every page the IdP shows. No inline script or style: the pages work under the strict CSP below.

export const STYLESHEET_PATH = '/assets/idp.css';

export function escapeHtml(value: unknown): string {
  return String(value)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * Headers for the IdP's HTML pages. `formTargets` are the origins a form's redirect chain may
 * end on (the clients' redirect URIs): browsers apply `form-action` to redirects after a submit.
 */
export function pageHeaders(formTargets: readonly string[]): Record<string, string> {
  const formAction = ["'self'", ...formTargets].join(' ');
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': `default-src 'none'; style-src 'self'; img-src 'self'; form-action ${formAction}; frame-ancestors 'none'; base-uri 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
}

function layout(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Intranet SSO</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
</head>
<body>
<main>
<p class="brand">Intranet SSO</p>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`;
}

export interface LoginPageInput {
  uid: string;
  clientName: string;
  username?: string | undefined;
  error?: string | undefined;
}

export function loginPage({ uid, clientName, username = '', error }: LoginPageInput): string {
  const errorId = 'login-error';
  const alert = error ? `<p id="${errorId}" class="error" role="alert">${escapeHtml(error)}</p>\n` : '';
  const invalid = error ? ` aria-invalid="true" aria-describedby="${errorId}"` : '';
  // Focus where the person has to type next.
  const focusUser = username ? '' : ' autofocus';
  const focusPassword = username ? ' autofocus' : '';
  return layout(
    'Sign in',
    `<p>Sign in with your intranet account to continue to <strong>${escapeHtml(clientName)}</strong>.</p>
<form method="post" action="/interaction/${encodeURIComponent(uid)}/login">
${alert}<label for="username">Username</label>
<input id="username" name="username" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${escapeHtml(username)}"${focusUser}>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${invalid}${focusPassword}>
<button type="submit">Sign in</button>
</form>
<p class="note">Local intranet identity provider for development and demos.</p>`,
  );
}

export function messagePage(title: string, message: string): string {
  return layout(title, `<p>${escapeHtml(message)}</p>`);
}

/** oidc-provider's error details (`error`, `error_description`, …), shown as a list. */
export function errorPage(details: Record<string, unknown>): string {
  const rows = Object.entries(details)
    .map(([key, value]) => `<dt>${escapeHtml(key)}</dt><dd>${escapeHtml(value)}</dd>`)
    .join('\n');
  return layout(
    'Sign-in problem',
    `<p>The application sent a sign-in request the intranet cannot accept. Go back to it and try again; if this keeps happening, tell its administrator.</p>
<dl>
${rows}
</dl>`,
  );
}

/** `form` is oidc-provider's hidden form (id `op.logoutForm`, carrying its xsrf token). */
export function logoutConfirmPage(form: string): string {
  return layout(
    'Sign out',
    `<p>Do you want to sign out of the intranet?</p>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">Sign out</button>`,
  );
}

export function signedOutPage(): string {
  return messagePage('Signed out', 'You have signed out of the intranet. You can close this window.');
}
