// Control Panel → What employees search: the record types, Accounts, Leads, Tasks and Campaigns
// by default, Contacts, Opportunities and Cases as well if the admin wants. No new consent is
// needed, so nobody is signed out; the employees' type chips follow.
import { Trans, useLingui } from '@lingui/react/macro';
import { recordTypes, type RecordType, type SalesforceConfig } from '@sfsearch/contracts';
import { useId, useState, type FormEvent } from 'react';
import { typeName } from '../../search/utils/record-types.ts';
import { useUpdateSettings } from '../api/update-settings.ts';

export function SearchTypesForm({ config }: { config: SalesforceConfig }) {
  const { t, i18n } = useLingui();
  const id = useId();
  const [chosen, setChosen] = useState<ReadonlySet<RecordType>>(() => new Set(config.searchTypes));
  const save = useUpdateSettings();
  const failure = save.error?.message;
  const toggle = (type: RecordType, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(type);
    else next.delete(type);
    setChosen(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ searchTypes: recordTypes.filter((type) => chosen.has(type)) });
  };
  return (
    <form onSubmit={submit} className="search-types">
      <fieldset className="field-group" aria-describedby={`${id}-hint`}>
        <legend><Trans>Record types employees search</Trans></legend>
        <p className="field-hint" id={`${id}-hint`}>
          <Trans>Each employee still sees only the records and fields their Salesforce profile allows. Changing this signs nobody out.</Trans>
        </p>
        {recordTypes.map((type) => (
          <div key={type} className="checkbox">
            <input id={`${id}-${type}`} type="checkbox" checked={chosen.has(type)} onChange={(event) => toggle(type, event.currentTarget.checked)} />
            <label htmlFor={`${id}-${type}`}>{typeName(i18n, type, 'many')}</label>
          </div>
        ))}
      </fieldset>
      {chosen.size === 0 ? <p className="field-error" role="alert"><Trans>Choose at least one record type for employees to search.</Trans></p> : null}
      <button type="submit" className="button" disabled={save.isPending || chosen.size === 0}><Trans>Save the record types</Trans></button>
      <p role="status" className="api-cap-status">
        {save.isSuccess ? (save.data.changedFields.length > 0 ? t`Saved. Employees' type chips follow; nobody has to reconnect.` : t`Nothing changed.`) : ''}
      </p>
      {save.isError ? <p className="field-error" role="alert"><Trans>Couldn't save: {failure}</Trans></p> : null}
    </form>
  );
}
