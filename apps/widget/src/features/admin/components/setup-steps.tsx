import { Trans } from '@lingui/react/macro';

/** How to make the Salesforce side, short enough to follow with Salesforce Setup open next to it. */
export function SetupSteps({ open }: { open: boolean }) {
  return (
    <details className="setup-steps" open={open}>
      <summary>
        <Trans>How to set up the app in Salesforce</Trans>
      </summary>
      <ol>
        <li>
          <Trans>
            In Salesforce <strong>Setup</strong>, open <strong>External Client App Manager</strong> and create a new
            External Client App (or, in older orgs, <strong>App Manager → New Connected App</strong>).
          </Trans>
        </li>
        <li>
          <Trans>
            Turn on <strong>OAuth</strong> and paste the callback URL above.
          </Trans>
        </li>
        <li>
          <Trans>
            Add the OAuth scopes <strong>Manage user data via APIs (api)</strong>,{' '}
            <strong>Perform requests at any time (refresh_token, offline_access)</strong> and{' '}
            <strong>Access the identity URL service (id)</strong>.
          </Trans>
        </li>
        <li>
          <Trans>
            Turn on <strong>Require secret for Web Server Flow</strong> and{' '}
            <strong>Require secret for Refresh Token Flow</strong>. PKCE is always used, so “Require PKCE” may be on.
          </Trans>
        </li>
        <li>
          <Trans>
            Save, then copy the app’s <strong>Consumer Key</strong> and <strong>Consumer Secret</strong> into the fields
            below. A new app can take a few minutes to work in Salesforce.
          </Trans>
        </li>
      </ol>
    </details>
  );
}
