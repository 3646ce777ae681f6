// The settings form: consumer key and secret, login host, scopes; Check connection; Save (with a
// warning first when the change will sign connected employees out).
import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import type { SalesforceConfig, SalesforceConfigChange } from '@sfsearch/contracts';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Notice } from '../../../components/ui/notice.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { useCheckSalesforceConfig } from '../api/check-salesforce-config.ts';
import { useUpdateSalesforceConfig } from '../api/update-salesforce-config.ts';
import { useConfigForm } from '../hooks/use-config-form.ts';
import { isChanged } from '../utils/config-form.ts';
import { CheckResult } from './check-result.tsx';
import { LoginHostField } from './login-host-field.tsx';
import { SaveConfirmation } from './save-confirmation.tsx';
import { ScopesField } from './scopes-field.tsx';

type SaveNotice = { kind: 'unchanged' } | { kind: 'saved'; purgedTokens: number };

export function ConfigForm({ config }: { config: SalesforceConfig }) {
  const { t } = useLingui();
  const form = useConfigForm(config);
  const check = useCheckSalesforceConfig();
  const save = useUpdateSalesforceConfig();
  const [pending, setPending] = useState<SalesforceConfigChange | null>(null);
  const [notice, setNotice] = useState<SaveNotice | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);

  // After a failed attempt, take the admin to the first field that needs fixing.
  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const attempt = () => {
    const update = form.attempt();
    if (!update) setFocusRequest((n) => n + 1);
    return update;
  };

  const doSave = (update: SalesforceConfigChange) => {
    save.mutate(update, {
      onSuccess: ({ purgedTokens }) => {
        setPending(null);
        form.resetSecret();
        // "Save to use them" is done: the check's notice would stand above "Saved" saying otherwise.
        check.reset();
        setNotice({ kind: 'saved', purgedTokens });
      },
      onError: () => setPending(null),
    });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const update = attempt();
    if (!update) return;
    if (!isChanged(update, config)) {
      setNotice({ kind: 'unchanged' });
      return;
    }
    if (config.connectedUsers > 0) setPending(update);
    else doSave(update);
  };

  const onCheck = () => {
    const update = attempt();
    if (update) check.mutate(update);
  };

  // A check result, a save notice or a pending confirmation describes the values they were made
  // with: any edit drops them.
  const { values, errors } = form;
  const set: typeof form.set = (key, value, field) => {
    form.set(key, value, field);
    check.reset();
    save.reset();
    setNotice(null);
    setPending(null);
  };
  return (
    <form ref={formRef} className="config-form" onSubmit={onSubmit} noValidate>
      <TextField
        label={t`Consumer key`}
        hint={t`From the Salesforce app's OAuth settings (“Consumer Key”).`}
        value={values.consumerKey}
        onChange={(event) => set('consumerKey', event.target.value)}
        onBlur={() => form.touch('consumerKey')}
        error={errors.consumerKey}
        autoComplete="off"
        spellCheck={false}
      />
      <TextField
        label={
          <>
            <Trans>Consumer secret</Trans>{' '}
            {config.hasConsumerSecret ? (
              <span className="badge">
                <Trans>set</Trans>
              </span>
            ) : (
              <span className="badge badge-missing">
                <Trans>not set</Trans>
              </span>
            )}
          </>
        }
        hint={
          config.hasConsumerSecret
            ? t`The stored secret is never shown. Leave this empty to keep it; type a new one to replace it.`
            : t`From the Salesforce app (“Consumer Secret”).`
        }
        type="password"
        value={values.consumerSecret}
        onChange={(event) => set('consumerSecret', event.target.value)}
        onBlur={() => form.touch('consumerSecret')}
        error={errors.consumerSecret}
        autoComplete="new-password"
        spellCheck={false}
      />
      <LoginHostField
        choice={values.loginHostChoice}
        myDomain={values.myDomain}
        error={errors.loginHost}
        onChoice={(choice) => set('loginHostChoice', choice)}
        onMyDomain={(value) => set('myDomain', value, 'loginHost')}
      />
      <ScopesField scopes={values.scopes} error={errors.scopes} onChange={(scopes) => set('scopes', scopes, 'scopes')} />

      <div className="form-actions">
        <button type="button" className="button" disabled={check.isPending} onClick={onCheck}>
          {check.isPending ? t`Checking…` : t`Check connection`}
        </button>
        <button type="submit" className="button button-primary" ref={saveRef} disabled={save.isPending}>
          {save.isPending ? t`Saving…` : t`Save`}
        </button>
      </div>

      {check.data && form.update ? <CheckResult result={check.data} loginHost={form.update.loginHost} /> : null}
      {check.isError ? (
        <Notice tone="error" title={t`The check didn't run`}>
          <p>{check.error.message}</p>
        </Notice>
      ) : null}

      {pending ? (
        <SaveConfirmation
          connectedUsers={config.connectedUsers}
          saving={save.isPending}
          onConfirm={() => doSave(pending)}
          onCancel={() => {
            setPending(null);
            saveRef.current?.focus();
          }}
        />
      ) : null}

      {save.isError ? (
        <Notice tone="error" title={t`The settings were not saved`}>
          <p>{save.error.message}</p>
        </Notice>
      ) : null}
      {notice?.kind === 'unchanged' ? <Notice title={t`Nothing to save: these are the settings in use.`} /> : null}
      {notice?.kind === 'saved' ? (
        <Notice tone="success" title={t`Saved`}>
          <p>
            {notice.purgedTokens > 0
              ? plural(notice.purgedTokens, {
                one: '# connected user was signed out of Salesforce and will be asked to reconnect.',
                other: '# connected users were signed out of Salesforce and will be asked to reconnect.',
              })
              : t`Employees can connect to Salesforce now.`}
          </p>
        </Notice>
      ) : null}
    </form>
  );
}
