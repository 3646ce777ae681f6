import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import type { DisconnectReason } from '@sfsearch/contracts';

/** Why this employee has to sign in to Salesforce again, in plain words. */
export const reconnectReasons: Record<DisconnectReason, { title: MessageDescriptor; detail: MessageDescriptor }> = {
  'config-changed': {
    title: msg`Your administrator changed the Salesforce connection — sign in again`,
    detail: msg`The intranet administrator changed the Salesforce connection settings, which signs everyone out of Salesforce. Reconnect once and search works as before.`,
  },
  // Salesforce answers an expired and a revoked grant alike (invalid_grant, "expired access/refresh
  // token"), so one sentence covers both.
  'token-expired': {
    title: msg`Salesforce ended your connection: it expired or was revoked — sign in again`,
    detail: msg`Connections end after a while, when your Salesforce password changes, or when you or a Salesforce administrator revoke the access. Reconnect to carry on searching.`,
  },
  revoked: {
    title: msg`Access to Salesforce was revoked — sign in again`,
    detail: msg`The access you gave this search was revoked in Salesforce, by you or by a Salesforce administrator. Reconnect to allow it again.`,
  },
  unreadable: {
    title: msg`Your saved Salesforce connection could not be read — sign in again`,
    detail: msg`The intranet could not read the Salesforce connection it saved for you (its encryption key changed, or it was altered). Reconnect once to save a new one.`,
  },
  'admin-disconnected': {
    title: msg`Your administrator disconnected your Salesforce connection`,
    detail: msg`An intranet administrator ended your Salesforce connection. Reconnect to carry on searching.`,
  },
};

export const unknownReconnectReason = {
  title: msg`Sign in to Salesforce again`,
  detail: msg`Your Salesforce connection stopped working. Reconnect to carry on searching.`,
};

export function isDisconnectReason(value: unknown): value is DisconnectReason {
  return typeof value === 'string' && Object.hasOwn(reconnectReasons, value);
}
