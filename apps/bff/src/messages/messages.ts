// The BFF's texts in the person's language. Services say *what* to tell someone as a Message (a
// key of en.ts and its values); the edge (the error handler, the pages, the routes) says it in
// the language of the request. Lingui, as in the widget: ICU messages, compiled once at start.
import { setupI18n, type I18n } from '@lingui/core';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { problemOf, type Problem } from '@sfsearch/contracts';
import type { Request } from 'express';
import { en, type MessageKey } from './en.ts';
import { ja } from './ja.ts';

export type { MessageKey } from './en.ts';
export const locales = ['en', 'ja'] as const;
export type Locale = (typeof locales)[number];
export type MessageValues = Record<string, string | number>;

export interface Message {
  readonly key: MessageKey;
  readonly values?: MessageValues;
}

export const msg = (key: MessageKey, values?: MessageValues): Message => (values ? { key, values } : { key });

/** One message, or several said one after the other (every problem of a form). */
export type Text = Message | readonly Message[];

/** A problem of the contracts (what is wrong with what was entered) is a message of ours. */
export function problemMessage(problem: Problem): Message {
  return msg(problem.key, problem.values);
}

/** A zod issue of the contracts' schemas: its problem, or zod's own words for what it did not foresee. */
export function issueMessage(issue: { message: string; params?: unknown; minimum?: unknown; maximum?: unknown }): Message {
  const problem = problemOf(issue);
  return problem ? problemMessage(problem) : msg('request.invalid', { detail: issue.message });
}

export const catalogues: Record<Locale, Record<MessageKey, string>> = { en, ja };

function compiled(catalogue: Record<MessageKey, string>) {
  return Object.fromEntries(Object.entries(catalogue).map(([key, text]) => [key, compileMessage(text)]));
}

// One I18n per language: a request never switches what another is rendering.
const instances = Object.fromEntries(
  locales.map((locale) => [locale, setupI18n({ locale, messages: { [locale]: compiled(catalogues[locale]) } })]),
) as Record<Locale, I18n>;

const SENTENCE_GAP: Record<Locale, string> = { en: ' ', ja: '' };

export function translate(locale: Locale, text: Text): string {
  const messages: readonly Message[] = 'key' in text ? [text] : text;
  return messages.map((message) => instances[locale]._(message.key, message.values)).join(SENTENCE_GAP[locale]);
}

/** For the log, which is read in English whatever the person's language. */
export const english = (text: Text): string => translate('en', text);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * The language to answer in: `?lang=` where a page the widget opens names it (the Salesforce
 * sign-in), else the best of Accept-Language, which the widget sets to the person's choice on
 * every API call and a browser sets to its languages on every navigation; English otherwise.
 */
export function localeOf(req: Pick<Request, 'query' | 'acceptsLanguages'>): Locale {
  const asked = req.query?.lang;
  if (isLocale(asked)) return asked;
  const accepted = req.acceptsLanguages(...locales);
  return isLocale(accepted) ? accepted : 'en';
}

