import { useEffect, useId, useRef } from 'react';
import { plural } from '../../../lib/format.ts';

/** Saving a changed connection signs every connected employee out of Salesforce: say so first. */
export function SaveConfirmation({ connectedUsers, saving, onConfirm, onCancel }: {
  connectedUsers: number;
  saving: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  const who = plural(connectedUsers, 'connected user', 'connected users');
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
        {who} will have to reconnect
      </p>
      <p id={`${id}-detail`}>
        Saving changes the Salesforce connection, which signs {connectedUsers === 1 ? 'this employee' : `all ${who}`} out of
        Salesforce. They see a Reconnect button the next time they search.
      </p>
      <div className="confirm-actions">
        <button type="button" className="button button-danger" disabled={saving} onClick={onConfirm}>
          {saving ? 'Saving…' : 'Save and sign them out'}
        </button>
        <button type="button" className="button" ref={cancelRef} disabled={saving} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
