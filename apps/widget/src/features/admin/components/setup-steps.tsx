/** How to make the Salesforce side, short enough to follow with Salesforce Setup open next to it. */
export function SetupSteps({ open }: { open: boolean }) {
  return (
    <details className="setup-steps" open={open}>
      <summary>How to set up the app in Salesforce</summary>
      <ol>
        <li>
          In Salesforce <strong>Setup</strong>, open <strong>External Client App Manager</strong> and create a new
          External Client App (or, in older orgs, <strong>App Manager → New Connected App</strong>).
        </li>
        <li>Turn on <strong>OAuth</strong> and paste the callback URL above.</li>
        <li>
          Add the OAuth scopes <strong>Manage user data via APIs (api)</strong>,{' '}
          <strong>Perform requests at any time (refresh_token, offline_access)</strong> and{' '}
          <strong>Access the identity URL service (id)</strong>.
        </li>
        <li>
          Turn on <strong>Require secret for Web Server Flow</strong> and{' '}
          <strong>Require secret for Refresh Token Flow</strong>. PKCE is always used, so “Require PKCE” may be on.
        </li>
        <li>
          Save, then copy the app’s <strong>Consumer Key</strong> and <strong>Consumer Secret</strong> into the fields
          below. A new app can take a few minutes to work in Salesforce.
        </li>
      </ol>
    </details>
  );
}
