import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import type { ReactNode } from 'react';
import { isApiError, type ApiErrorCode } from '../../../lib/api-client.ts';
import { Notice } from '../../../components/ui/notice.tsx';

type Explanation = { title: MessageDescriptor; todo: MessageDescriptor; retry: boolean };

// Our headline per code over the BFF's own message, which is written for people and says what to
// do; our `todo` stands in only when an answer came without a message.
function explain(code: ApiErrorCode, reason: string | undefined): Explanation {
  switch (code) {
    case 'salesforce-api-disabled':
      if (reason === 'user') return { title: msg`Your Salesforce user isn't allowed to use the API`, todo: msg`Ask your Salesforce administrator to give your profile or permission set the "API Enabled" permission.`, retry: false };
      if (reason === 'api-access-control') return { title: msg`Your Salesforce only lets approved apps use its API`, todo: msg`Ask your Salesforce administrator to pre-authorize you for this app, or to give you "Use Any API Client".`, retry: false };
      return { title: msg`Your company's Salesforce org doesn't allow API access`, todo: msg`Ask your Salesforce administrator: the org's edition must include API access, and it must be turned on.`, retry: false };
    case 'salesforce-insufficient-access':
      if (reason === 'app-not-installed') return { title: msg`Salesforce doesn't accept this intranet's app yet`, todo: msg`Ask your Salesforce administrator to install the app in your org.`, retry: false };
      return { title: msg`Salesforce didn't let you search these records`, todo: msg`Ask your Salesforce administrator for access to Accounts, Leads, Tasks and Campaigns, or search fewer record types.`, retry: false };
    case 'salesforce-rate-limited':
      if (reason === 'paused-by-cap') return { title: msg`Salesforce search is paused for today`, todo: msg`Your intranet administrator set aside part of the company's daily Salesforce allowance for search, and it is used up, so the company's other Salesforce tools keep working. Search comes back as Salesforce's 24-hour window frees up.`, retry: false };
      return { title: msg`Your company has used up today's Salesforce API requests`, todo: msg`Search works again once Salesforce resets the daily limit (within 24 hours). Your Salesforce administrator can see the usage and raise the limit.`, retry: false };
    case 'salesforce-unavailable':
      return { title: msg`Salesforce isn't answering right now`, todo: msg`This is usually brief: try again in a minute. Salesforce publishes outages at status.salesforce.com.`, retry: true };
    case 'service-unavailable':
      return { title: msg`Search is briefly unavailable`, todo: msg`Try again in a minute; you stay signed in.`, retry: true };
    case 'rate-limited':
      return { title: msg`You're searching faster than the intranet allows`, todo: msg`Wait a few seconds, then try again.`, retry: true };
    case 'invalid-request':
      return { title: msg`That search can't be run`, todo: msg`Change the search text and try again.`, retry: false };
    case 'forbidden':
      return { title: msg`You aren't allowed to search Salesforce here`, todo: msg`Reload the page; if this keeps happening, ask your intranet administrator.`, retry: false };
    case 'not-signed-in':
      return { title: msg`Your intranet session has ended`, todo: msg`Sign in to the intranet again.`, retry: false };
    case 'network':
      return { title: msg`Can't reach the intranet server`, todo: msg`Check your network connection, then try again.`, retry: true };
    default:
      return { title: msg`Search didn't work this time`, todo: msg`Try again; if it keeps failing, tell your intranet administrator.`, retry: true };
  }
}

const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The BFF's message without a first sentence that only says what the title says ("Salesforce
 * isn't answering right now. Try again in a minute." under "Salesforce isn't answering right
 * now"); '' when nothing else is left. A first sentence that goes on past the title keeps what it adds.
 */
export function bodyAfterTitle(title: string, message: string): string {
  // Sentences end in ". " in English and in "。" (no space) in Japanese.
  const [first = '', ...rest] = message.trim().split(/(?<=[.!?])\s+|(?<=[。！？])/u);
  const [a, b] = [words(first), words(title)];
  const after = rest.join(/[。！？]$/u.test(first) ? '' : ' ');
  if (a === '' || !(a.startsWith(b) || b.startsWith(a))) return message;
  // The sentence says more than the title ("… paused for today so the other tools keep working:
  // …"): what it adds stays, as a sentence of its own.
  const more = a.length > b.length && first.toLowerCase().startsWith(title.toLowerCase()) ? first.slice(title.length).trim() : '';
  const added = more.replace(/^[,;:—–-]\s*/u, '');
  return added ? [added.charAt(0).toUpperCase() + added.slice(1), after].filter(Boolean).join(' ') : after;
}

export function SearchError({ error, onRetry }: { error: unknown; onRetry: () => void }): ReactNode {
  const code = isApiError(error) ? error.code : 'internal';
  const reason = isApiError(error) ? error.reason : undefined;
  const message = error instanceof Error ? error.message : undefined;
  const { i18n } = useLingui();
  const explanation = explain(code, reason);
  const title = i18n._(explanation.title);
  const todo = i18n._(explanation.todo);
  // The BFF writes its message in the person's language (the API client asks for it).
  const body = message ? bodyAfterTitle(title, message) : '';
  return (
    <Notice
      tone="error"
      title={title}
      actions={explanation.retry ? <button type="button" className="button" onClick={onRetry}><Trans>Try again</Trans></button> : undefined}
    >
      <p>{body || todo}</p>
    </Notice>
  );
}
