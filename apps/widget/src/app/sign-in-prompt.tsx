import { Trans } from '@lingui/react/macro';
import { signInUrl } from '../lib/auth.ts';
import { browser } from '../lib/browser.ts';

/** The intranet session is missing or over. Inside an iframe the sign-in opens in a new tab. */
export function SignInPrompt() {
  const framed = browser.isFramed();
  return (
    <main className="page">
      <div className="notice notice-info">
        <h1 className="notice-title">
          <Trans>Sign in to the intranet</Trans>
        </h1>
        <div className="notice-body">
          <p>
            <Trans>Salesforce search works with your intranet account. Sign in, and you come straight back here.</Trans>
          </p>
        </div>
        <div className="notice-actions">
          <a className="button button-primary" href={signInUrl()} {...(framed ? { target: '_blank', rel: 'noopener' } : {})}>
            <Trans>Sign in to the intranet</Trans>
          </a>
        </div>
      </div>
    </main>
  );
}
