import { normaliseLoginHost, PRODUCTION_LOGIN_HOST, SANDBOX_LOGIN_HOST } from '@sfsearch/contracts';
import { TextField } from '../../../components/ui/text-field.tsx';
import type { LoginHostChoice } from '../utils/config-form.ts';

const choices: { value: LoginHostChoice; label: string; host?: string }[] = [
  { value: 'production', label: 'Production', host: PRODUCTION_LOGIN_HOST },
  { value: 'sandbox', label: 'Sandbox', host: SANDBOX_LOGIN_HOST },
  { value: 'my-domain', label: 'My Domain' },
];

/** Where employees sign in to Salesforce; a My Domain is checked as it is typed. */
export function LoginHostField({ choice, myDomain, error, onChoice, onMyDomain }: {
  choice: LoginHostChoice;
  myDomain: string;
  error: string | undefined;
  onChoice: (choice: LoginHostChoice) => void;
  onMyDomain: (value: string) => void;
}) {
  const normalised = choice === 'my-domain' ? normaliseLoginHost(myDomain) : undefined;
  return (
    <fieldset className="field-group">
      <legend>Login host</legend>
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
              {option.label}
              {option.host ? <span className="radio-note"> {option.host.replace('https://', '')}</span> : null}
            </span>
          </label>
        ))}
      </div>
      {choice === 'my-domain' ? (
        <TextField
          // Not "My Domain" again: that is the radio's name, and two controls must not share one.
          label="My Domain host"
          hint="Your org's My Domain, such as acme.my.salesforce.com (a sandbox: acme--uat.sandbox.my.salesforce.com)."
          value={myDomain}
          onChange={(event) => onMyDomain(event.target.value)}
          error={error}
          success={normalised?.ok ? `Employees will sign in at ${normalised.loginHost}` : undefined}
          autoComplete="off"
          spellCheck={false}
          inputMode="url"
        />
      ) : null}
    </fieldset>
  );
}
