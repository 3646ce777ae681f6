// The admin form's values, their validation (the contracts schema, so the page and the BFF agree)
// and whether saving would change anything.
import { i18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import {
  DEFAULT_SCOPES,
  normaliseLoginHost,
  PRODUCTION_LOGIN_HOST,
  SANDBOX_LOGIN_HOST,
  salesforceConfigUpdateSchema,
  type SalesforceConfig,
  type SalesforceConfigChange,
} from '@sfsearch/contracts';
import { issueText } from './problem-messages.ts';

export type LoginHostChoice = 'production' | 'sandbox' | 'my-domain';

export type ConfigFormValues = {
  consumerKey: string;
  /** Empty means "keep the stored secret". */
  consumerSecret: string;
  loginHostChoice: LoginHostChoice;
  myDomain: string;
  scopes: string[];
};

export type ConfigField = 'consumerKey' | 'consumerSecret' | 'loginHost' | 'scopes';
export type ConfigErrors = Partial<Record<ConfigField, string>>;

/** What the My Domain field shows for a stored origin: the host alone when it is https. */
function hostForDisplay(origin: string): string {
  return origin.startsWith('https://') ? origin.slice('https://'.length) : origin;
}

export function initialValues(config: SalesforceConfig): ConfigFormValues {
  const host = config.loginHost ? normaliseLoginHost(config.loginHost) : undefined;
  const kind = host?.ok ? host.kind : undefined;
  const loginHostChoice: LoginHostChoice =
    kind === 'sandbox' ? 'sandbox' : kind === 'my-domain' || kind === 'local' || (config.loginHost && !host?.ok) ? 'my-domain' : 'production';
  return {
    consumerKey: config.consumerKey,
    consumerSecret: '',
    loginHostChoice,
    myDomain: loginHostChoice === 'my-domain' ? hostForDisplay(config.loginHost) : '',
    scopes: config.scopes.length > 0 ? [...config.scopes] : [...DEFAULT_SCOPES],
  };
}

export function loginHostInput(values: Pick<ConfigFormValues, 'loginHostChoice' | 'myDomain'>): string {
  if (values.loginHostChoice === 'production') return PRODUCTION_LOGIN_HOST;
  if (values.loginHostChoice === 'sandbox') return SANDBOX_LOGIN_HOST;
  return values.myDomain;
}

export function validateConfig(values: ConfigFormValues, config: SalesforceConfig): { errors: ConfigErrors; update?: SalesforceConfigChange } {
  const secret = values.consumerSecret.trim();
  const result = salesforceConfigUpdateSchema.safeParse({
    consumerKey: values.consumerKey,
    consumerSecret: secret === '' ? undefined : secret,
    loginHost: loginHostInput(values),
    scopes: values.scopes,
  });
  const errors: ConfigErrors = {};
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path[0] as ConfigField | undefined;
      if (field && errors[field] === undefined) errors[field] = issueText(i18n, issue);
    }
  }
  if (secret === '' && !config.hasConsumerSecret) {
    errors.consumerSecret = t`The consumer secret is required: copy it from the Salesforce app.`;
  }
  if (!result.success || Object.keys(errors).length > 0) return { errors };
  return { errors, update: result.data };
}

export function isChanged(update: SalesforceConfigChange, config: SalesforceConfig): boolean {
  const sameScopes = update.scopes.length === config.scopes.length && update.scopes.every((scope) => config.scopes.includes(scope));
  return (
    !config.configured ||
    update.consumerKey !== config.consumerKey ||
    update.consumerSecret !== undefined ||
    update.loginHost !== config.loginHost ||
    !sameScopes
  );
}
