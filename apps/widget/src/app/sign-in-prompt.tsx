import { signInUrl } from '../lib/auth.ts';
import { browser } from '../lib/browser.ts';

/** The intranet session is missing or over. Inside an iframe the sign-in opens in a new tab. */
export function SignInPrompt() {
  const framed = browser.isFramed();
  return (
    <main className="page">
      <div className="notice notice-info">
        <h1 className="notice-title">Sign in to the intranet</h1>
        <div className="notice-body">
          <p>Salesforce search works with your intranet account. Sign in, and you come straight back here.</p>
        </div>
        <div className="notice-actions">
          <a className="button button-primary" href={signInUrl()} {...(framed ? { target: '_blank', rel: 'noopener' } : {})}>
            Sign in to the intranet
          </a>
        </div>
      </div>
    </main>
  );
}
