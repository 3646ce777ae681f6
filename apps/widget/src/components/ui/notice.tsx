import type { ReactNode } from 'react';

type Tone = 'info' | 'success' | 'warning' | 'error';

/**
 * A block that says what is going on and what to do about it. Errors are announced at once
 * (role=alert), everything else politely (role=status).
 */
export function Notice({ tone = 'info', title, children, actions, live = true }: {
  tone?: Tone;
  title: ReactNode;
  children?: ReactNode;
  actions?: ReactNode;
  /** false for a notice that is the page's steady content rather than news. */
  live?: boolean;
}) {
  const role = live ? (tone === 'error' ? 'alert' : 'status') : undefined;
  return (
    <div className={`notice notice-${tone}`} role={role}>
      <p className="notice-title">{title}</p>
      {children ? <div className="notice-body">{children}</div> : null}
      {actions ? <div className="notice-actions">{actions}</div> : null}
    </div>
  );
}
