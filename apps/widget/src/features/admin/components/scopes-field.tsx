import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { allowedScopes } from '@sfsearch/contracts';
import { useId } from 'react';

const scopeLabels: Record<(typeof allowedScopes)[number], MessageDescriptor> = {
  api: msg`Manage user data via APIs — needed to search`,
  refresh_token: msg`Perform requests at any time — needed so employees stay connected`,
  offline_access: msg`Perform requests at any time (the OpenID Connect name of refresh_token)`,
  id: msg`Access the identity URL service — needed to show who is connected`,
  openid: msg`Access unique user identifiers`,
  profile: msg`Access basic profile information`,
  email: msg`Access email address`,
  web: msg`Access Salesforce from the web`,
};

export function ScopesField({ scopes, error, onChange }: { scopes: readonly string[]; error: string | undefined; onChange: (scopes: string[]) => void }) {
  const { i18n } = useLingui();
  const errorId = useId();
  return (
    <fieldset className="field-group" aria-describedby={error ? errorId : undefined}>
      <legend>
        <Trans>OAuth scopes</Trans>
      </legend>
      <p className="field-hint">
        <Trans>The same scopes as the Salesforce app. Search needs api, refresh_token and id; add others only if your Salesforce admins require them.</Trans>
      </p>
      <div className="checkbox-list">
        {allowedScopes.map((scope) => (
          <label key={scope} className="checkbox">
            <input
              type="checkbox"
              checked={scopes.includes(scope)}
              onChange={(event) => onChange(event.target.checked ? [...scopes, scope] : scopes.filter((s) => s !== scope))}
              aria-invalid={error ? true : undefined}
            />
            <span>
              <code>{scope}</code> <span className="checkbox-note">{i18n._(scopeLabels[scope])}</span>
            </span>
          </label>
        ))}
      </div>
      {error ? <p className="field-error" id={errorId}>{error}</p> : null}
    </fieldset>
  );
}
