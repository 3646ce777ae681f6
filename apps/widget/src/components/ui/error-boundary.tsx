import { t } from '@lingui/core/macro';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from '../../lib/i18n.ts';

type State = { failed: boolean };

// Shown only when no catalogue could load.
const FALLBACK_TITLE = 'Something went wrong in Salesforce search.';
const FALLBACK_BODY = 'Reload the page to start again.';

/** Last line of defence: a bug in a component shows a way out instead of a blank iframe. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('The widget crashed', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    // It stands outside the language's provider (a catalogue that fails to load ends up here):
    // the active catalogue if there is one, else the English the messages are written in.
    const active = Boolean(i18n.locale);
    return (
      <div className="notice notice-error" role="alert">
        <p className="notice-title">
          {active ? t`Something went wrong in Salesforce search.` : FALLBACK_TITLE}
        </p>
        <div className="notice-body">{active ? t`Reload the page to start again.` : FALLBACK_BODY}</div>
      </div>
    );
  }
}
