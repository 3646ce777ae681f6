import { Component, type ErrorInfo, type ReactNode } from 'react';

type State = { failed: boolean };

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
    return (
      <div className="notice notice-error" role="alert">
        <p className="notice-title">Something went wrong in Salesforce search.</p>
        <div className="notice-body">Reload the page to start again.</div>
      </div>
    );
  }
}
