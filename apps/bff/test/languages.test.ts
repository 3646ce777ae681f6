// The BFF's own texts in the person's language: API errors and notices in the language the widget
// asks for (Accept-Language), the sign-in's pages in the one it began in (?lang=), the rest in the
// browser's; English when neither is Japanese (docs/decisions/0037-bff-languages.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureSalesforce, Person, startStack, type Stack } from './support/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
  await configureSalesforce(stack);
});
afterAll(() => stack.close());

const japanese = { 'accept-language': 'ja' };

describe('API answers', () => {
  it('come in the language asked for, and in English for any other', async () => {
    const nobody = new Person(stack, 'sofia.rossi');
    const message = async (acceptLanguage?: string) =>
      (await nobody.api('GET', '/api/me', undefined, acceptLanguage ? { 'accept-language': acceptLanguage } : {})).json.error?.message;
    expect(await message('ja')).toBe('先にイントラネットにログインしてください。');
    expect(await message('ja-JP,ja;q=0.9,en-US;q=0.8')).toBe('先にイントラネットにログインしてください。');
    expect(await message('fr-FR, en;q=0.5')).toBe('Sign in to the intranet first.');
    expect(await message('de')).toBe('Sign in to the intranet first.');
    expect(await message()).toBe('Sign in to the intranet first.');
  });

  it("say what is wrong with the admin's settings in Japanese, each field's problem once", async () => {
    const ada = new Person(stack, 'ada.admin');
    await ada.signIn();
    const bad = { consumerKey: 'abc def', consumerSecret: 'secret', loginHost: 'not a host' };
    const ja = await ada.api('PUT', '/api/admin/marketplace/salesforce', bad, japanese);
    expect(ja.status).toBe(400);
    expect(ja.json.error?.message).toBe(
      'コンシューマー鍵に使えるのは英字、数字、ピリオド、アンダースコアだけです。Salesforce からもう一度コピーしてください。'
      + '「not a host」はホスト名ではありません。login.salesforce.com (本番)、test.salesforce.com (Sandbox)、または acme.my.salesforce.com のような私のドメインを入力してください。',
    );
    const en = await ada.api('PUT', '/api/admin/marketplace/salesforce', bad);
    expect(en.json.error?.message).toBe(
      'The consumer key has only letters, digits, dots and underscores: copy it again from Salesforce. '
      + '"not a host" is not a host name. Enter login.salesforce.com (production), test.salesforce.com (sandbox) or your My Domain, such as acme.my.salesforce.com.',
    );
    // The check's advice, too.
    const check = await ada.api('POST', '/api/admin/marketplace/salesforce/check', { ...bad, consumerKey: 'unknown_key', loginHost: stack.emulator.url }, japanese);
    expect(check.json).toMatchObject({ ok: false, problem: expect.stringContaining('はこのコンシューマー鍵を認識していません。'), hint: expect.stringContaining('[外部クライアントアプリケーションマネージャー]') });
  });

  it("refuse a search's parameters in Japanese, with the bound", async () => {
    const sofia = new Person(stack, 'sofia.rossi');
    await sofia.signIn();
    const short = await sofia.api('GET', '/api/salesforce/search?q=a', undefined, japanese);
    expect(short).toMatchObject({ status: 400, json: { error: { code: 'invalid-request', message: '検索するには 2 文字以上入力してください。' } } });
    const limit = await sofia.api('GET', '/api/salesforce/search?q=acme&limit=26', undefined, japanese);
    expect(limit.json.error?.message).toBe('limit は 25 以下で指定してください。');
    expect((await sofia.api('GET', '/api/salesforce/search?q=acme&limit=26')).json.error?.message).toBe('limit must be at most 25.');
    const notConnected = await sofia.api('GET', '/api/salesforce/search?q=acme', undefined, japanese);
    expect(notConnected.json.error).toEqual({ code: 'not-connected', message: 'レコードを検索するには Salesforce に接続してください。' });
  });
});

describe('pages', () => {
  it('the sign-in ends on a page in the language it began in, and tells the widget in it', async () => {
    const noah = new Person(stack, 'noah.lee');
    await noah.signIn();
    const page = await noah.connect({ popup: true, lang: 'ja' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<html lang="ja">');
    expect(page.body).toContain('<title>Salesforce に接続しました</title>');
    expect(page.body).toContain('data-message="Noah Lee (noah.lee@globex.example) として接続しています。"');
    expect(page.body).toContain('>検索に戻る</a>');
    const english = await noah.connect({ popup: true });
    expect(english.body).toContain('<html lang="en">');
    expect(english.body).toContain('data-message="You are connected as Noah Lee (noah.lee@globex.example)."');
  });

  it("a page the browser opens itself follows the browser's languages", async () => {
    const visitor = new Person(stack, 'liam.brown');
    const moved = await visitor.browser.request(`${stack.url}/salesforce/Account/RetrieveAccessToken`, { headers: { 'accept-language': 'ja,en;q=0.5' } });
    expect(moved.status).toBe(410);
    expect(moved.body).toContain('<html lang="ja">');
    expect(moved.body).toContain('<h1>この Salesforce のコールバックアドレスは移動しました</h1>');
    expect(moved.body).toContain(`${stack.url}/marketplace/salesforce/account/sign-in/oauth2 を登録すると`);
    expect(moved.body).toContain('>イントラネットに戻る</a>');
  });
});
