import { Trans, useLingui } from '@lingui/react/macro';
import type { RecordType } from '@sfsearch/contracts';
import { useId } from 'react';
import { typeName } from '../utils/record-types.ts';

/** Which record types to search; at least one stays on. */
export function TypeFilter({ types, offered, onChange }: { types: readonly RecordType[]; offered: readonly RecordType[]; onChange: (types: RecordType[]) => void }) {
  const { i18n } = useLingui();
  const lastId = useId();
  const toggle = (type: RecordType, on: boolean) => {
    const next = on ? [...types, type] : types.filter((t) => t !== type);
    if (next.length > 0) onChange(next);
  };
  return (
    <fieldset className="type-filter">
      <legend className="visually-hidden">
        <Trans>Record types to search</Trans>
      </legend>
      {offered.map((type) => {
        const checked = types.includes(type);
        const last = checked && types.length === 1;
        return (
          <label key={type} className="chip">
            <input
              type="checkbox"
              checked={checked}
              aria-describedby={last ? lastId : undefined}
              // The last one checked stays checked: the click is refused before the box changes.
              onClick={(event) => {
                if (last) event.preventDefault();
              }}
              onChange={(event) => toggle(type, event.target.checked)}
            />
            <span>{typeName(i18n, type, 'many')}</span>
          </label>
        );
      })}
      <span id={lastId} className="visually-hidden">
        <Trans>At least one record type stays selected.</Trans>
      </span>
    </fieldset>
  );
}
