// The BFF's catalogues: Japanese has every English message, each with the same placeholders, and
// every message compiles and says something with its values filled in.
import { parse, type Token } from '@messageformat/parser';
import { problemKeys } from '@sfsearch/contracts';
import { describe, expect, it } from 'vitest';
import { en } from '../src/messages/en.ts';
import { ja } from '../src/messages/ja.ts';
import { catalogues, localeOf, msg, translate, type MessageKey } from '../src/messages/messages.ts';
import { indexIn } from '../src/http/widget.ts';

const keys = Object.keys(en) as MessageKey[];
/** The ICU arguments a message uses (`{name}`, `{name, select, …}`, `{name, plural, …}`), and the select arms it offers. */
function argumentsOf(text: string): string[] {
  const found = new Set<string>();
  const walk = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === 'argument' || token.type === 'function') found.add(token.arg);
      if (token.type === 'select' || token.type === 'plural' || token.type === 'selectordinal') {
        // Japanese has no plural forms: `{people} 人` stands for English's `{people, plural, …}`.
        found.add(token.type === 'select' ? `${token.arg}:select` : token.arg);
        for (const c of token.cases) {
          if (token.type === 'select') found.add(`${token.arg}=${c.key}`);
          walk(c.tokens);
        }
      }
    }
  };
  walk(parse(text));
  return [...found].sort();
}
const sample = { host: 'acme.my.salesforce.com', text: 'not a host', code: 'INVALID_FIELD', detail: 'x', url: 'https://intranet.example/cb', name: 'Sofia Rossi', username: 'sofia@globex.example', type: 'lead', who: 'people', people: 3, scopes: 'api', allowed: 'api, id', types: 'deal', min: 2, max: 25 };

describe('the catalogues', () => {
  it('have the same messages in Japanese as in English, none empty or left in English', () => {
    expect(Object.keys(ja).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(ja[key].trim(), key).not.toBe('');
      expect(ja[key], key).not.toBe(en[key]);
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of keys) expect(argumentsOf(ja[key]), key).toEqual(argumentsOf(en[key]));
  });

  it('say every message in both languages with nothing left unfilled', () => {
    for (const locale of ['en', 'ja'] as const) {
      for (const key of keys) {
        const said = translate(locale, msg(key, sample));
        expect(said, `${locale} ${key}`).not.toMatch(/[{}]/);
        expect(said.length, `${locale} ${key}`).toBeGreaterThan(0);
      }
    }
    // ICU quoting would swallow an apostrophe: English keeps its own.
    expect(translate('en', msg('salesforce.unavailable'))).toBe("Salesforce isn't answering right now. Try again in a minute.");
    expect(translate('en', msg('check.people.api-disabled-user', { who: 'people', people: 1 }))).toBe('One employee met: “API is disabled for this User”.');
    expect(translate('ja', msg('check.people.api-disabled-user', { who: 'you', people: 0 }))).toMatch(/^あなた自身の Salesforce 接続で/);
  });

  it('say every problem the contracts name', () => {
    expect(problemKeys.filter((key) => !(key in catalogues.en))).toEqual([]);
  });
});

describe('the language of a request', () => {
  const request = (query: Record<string, unknown>, acceptLanguage?: string) => ({
    query,
    acceptsLanguages: (...languages: string[]) => {
      // As Express does it (negotiator): the best of the header's languages we have, by prefix.
      if (!acceptLanguage) return languages[0]!;
      const wanted = acceptLanguage.split(',').map((part) => part.trim().split(';')[0]!.split('-')[0]!.toLowerCase());
      return wanted.find((language) => languages.includes(language)) ?? false;
    },
  }) as unknown as Parameters<typeof localeOf>[0];

  it('is ?lang= where the widget names it, else the best of Accept-Language, else English', () => {
    expect(localeOf(request({ lang: 'ja' }, 'en'))).toBe('ja');
    expect(localeOf(request({ lang: 'fr' }, 'ja'))).toBe('ja');
    expect(localeOf(request({}, 'fr, de'))).toBe('en');
    expect(localeOf(request({}))).toBe('en');
  });
});

describe('the widget page', () => {
  it("comes with its language, title and no-script text in the request's language", () => {
    const built = '<!doctype html>\n<html lang="en">\n<head><title>Salesforce search</title></head><body><div id="root"></div><noscript>Salesforce search needs JavaScript.</noscript></body></html>';
    const page = indexIn(built, 'ja');
    expect(page).toContain('<html lang="ja">');
    expect(page).toContain('<title>Salesforce 検索</title>');
    expect(page).toContain('<noscript>Salesforce 検索を使うには JavaScript を有効にしてください。</noscript>');
    expect(indexIn(built, 'en')).toBe(built);
  });
});
