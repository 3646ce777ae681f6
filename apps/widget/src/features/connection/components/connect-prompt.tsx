import { Trans } from '@lingui/react/macro';
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { Notice } from '../../../components/ui/notice.tsx';
import { useSalesforceSignIn, type SignInState } from '../hooks/use-salesforce-sign-in.ts';
import { POPUP_NAME, popupSignInUrl } from '../utils/sign-in.ts';

function SignInProgress({ state }: { state: SignInState }) {
  switch (state.kind) {
    case 'waiting':
      return (
        <p className="connect-progress" role="status">
          <Trans>A Salesforce window is open: sign in there, and this page updates by itself.</Trans>
        </p>
      );
    case 'blocked':
      return (
        <p className="connect-progress" role="alert">
          {/* rel=opener: the sign-in page must be able to tell this page it is done. */}
          <Trans>
            Your browser blocked the Salesforce sign-in window.{' '}
            <a href={popupSignInUrl()} target={POPUP_NAME} rel="opener">
              Open the Salesforce sign-in in a new tab
            </a>
            , then come back here.
          </Trans>
        </p>
      );
    case 'failed': {
      const reason = state.message;
      return (
        <p className="connect-progress connect-failed" role="alert">
          <Trans>Salesforce sign-in didn&apos;t finish: {reason}</Trans>
        </p>
      );
    }
    default:
      return <p className="connect-progress" role="status" />;
  }
}

/**
 * Not connected, or connected no longer: why, and the one button that fixes it. `focus` (right
 * after the employee disconnected) puts focus on the button.
 */
export function ConnectPrompt({ tone, title, children, buttonLabel, focus = false }: {
  tone: 'info' | 'warning';
  title: string;
  children: ReactNode;
  buttonLabel: string;
  focus?: boolean;
}) {
  const { state, connect } = useSalesforceSignIn();
  const buttonRef = useRef<HTMLButtonElement>(null);
  // A layout effect: focus moves in the same task as the change, never a frame later.
  useLayoutEffect(() => {
    if (focus) buttonRef.current?.focus();
  }, [focus]);
  return (
    <Notice
      tone={tone}
      title={title}
      live={false}
      actions={
        <button ref={buttonRef} type="button" className="button button-primary" onClick={connect}>
          {buttonLabel}
        </button>
      }
    >
      {children}
      <SignInProgress state={state} />
    </Notice>
  );
}
