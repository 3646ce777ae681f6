import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { normaliseLoginHost, PRODUCTION_LOGIN_HOST, SANDBOX_LOGIN_HOST } from '@sfsearch/contracts';
import { TextField } from '../../../components/ui/text-field.tsx';
import type { LoginHostChoice } from '../utils/config-form.ts';

const choices: { value: LoginHostChoice; label: MessageDescriptor; host?: string }[] = [
  { value: 'production', label: msg`Production`, host: PRODUCTION_LOGIN_HOST },
  { value: 'sandbox', label: msg`Sandbox`, host: SANDBOX_LOGIN_HOST },
  { value: 'my-domain', label: msg`My Domain` },
];

/** Where employees sign in to Salesforce; a My Domain is checked as it is typed. */
export function LoginHostField({ choice, myDomain, error, onChoice, onMyDomain }: {
  choice: LoginHostChoice;
  myDomain: string;
  error: string | undefined;
  onChoice: (choice: LoginHostChoice) => void;
  onMyDomain: (value: string) => void;
}) {
  const { t, i18n } = useLingui();
  const normalised = choice === 'my-domain' ? normaliseLoginHost(myDomain) : undefined;
  const signInHost = normalised?.ok ? normalised.loginHost : undefined;
  return (
    <fieldset className="field-group">
      <legend>
        <Trans>Login host</Trans>
      </legend>
      <div className="radio-row">
        {choices.map((option) => (
          <label key={option.value} className="radio">
            <input
              type="radio"
              name="login-host"
              value={option.value}
              checked={choice === option.value}
              onChange={() => onChoice(option.value)}
            />
            <span>
              {i18n._(option.label)}
              {option.host ? <span className="radio-note"> {option.host.replace('https://', '')}</span> : null}
            </span>
          </label>
        ))}
      </div>
      {choice === 'my-domain' ? (
        <TextField
          // Not "My Domain" again: that is the radio's name, and two controls must not share one.
          label={t`My Domain host`}
          hint={t`Your org's My Domain, such as acme.my.salesforce.com (a sandbox: acme--uat.sandbox.my.salesforce.com).`}
          value={myDomain}
          onChange={(event) => onMyDomain(event.target.value)}
          error={error}
          success={signInHost ? t`Employees will sign in at ${signInHost}` : undefined}
          autoComplete="off"
          spellCheck={false}
          inputMode="url"
        />
      ) : null}
    </fieldset>
  );
}
