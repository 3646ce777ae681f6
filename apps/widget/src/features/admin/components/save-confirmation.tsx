import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useId, useLayoutEffect, useRef } from 'react';

/** Saving a changed connection signs every connected employee out of Salesforce: say so first. */
export function SaveConfirmation({ connectedUsers, saving, onConfirm, onCancel }: {
  connectedUsers: number;
  saving: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useLingui();
  const id = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => cancelRef.current?.focus(), []);
  return (
    <div
      className="confirm"
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-detail`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <p className="confirm-title" id={`${id}-title`}>
        {plural(connectedUsers, { one: '# connected user will have to reconnect', other: '# connected users will have to reconnect' })}
      </p>
      <p id={`${id}-detail`}>
        {plural(connectedUsers, {
          one: 'Saving changes the Salesforce connection, which signs this employee out of Salesforce. They see a Reconnect button the next time they search.',
          other: 'Saving changes the Salesforce connection, which signs all # connected users out of Salesforce. They see a Reconnect button the next time they search.',
        })}
      </p>
      <div className="confirm-actions">
        <button type="button" className="button button-danger" disabled={saving} onClick={onConfirm}>
          {saving ? t`Saving…` : t`Save and sign them out`}
        </button>
        <button type="button" className="button" ref={cancelRef} disabled={saving} onClick={onCancel}>
          <Trans>Cancel</Trans>
        </button>
      </div>
    </div>
  );
}
