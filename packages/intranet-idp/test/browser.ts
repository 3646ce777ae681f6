// A tiny browser for tests: plain fetch, manual redirects and a cookie jar with path matching.

interface Cookie {
  name: string;
  value: string;
  path: string;
}

export interface Page {
  url: string;
  status: number;
  headers: Headers;
  body: string;
}

export class Browser {
  readonly #jar = new Map<string, Cookie>();

  /** Names of the cookies the browser currently holds. */
  cookieNames(): string[] {
    return [...new Set([...this.#jar.values()].map((c) => c.name))].sort();
  }

  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Page> {
    const target = new URL(url);
    const headers = new Headers();
    const cookie = [...this.#jar.values()]
      .filter((c) => target.pathname.startsWith(c.path))
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
    if (cookie) headers.set('cookie', cookie);
    let body: URLSearchParams | undefined;
    if (init.form) {
      body = new URLSearchParams(init.form);
      headers.set('content-type', 'application/x-www-form-urlencoded');
    }
    const res = await fetch(target, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) this.#store(line);
    return { url: target.href, status: res.status, headers: res.headers, body: await res.text() };
  }

  /**
   * Requests `url` and follows redirects until a page answers, or until a redirect leaves for
   * `stopAt` (the relying party's callback, which does not exist in these tests): then returns its URL.
   */
  async navigate(url: string, init: { form?: Record<string, string> } = {}, stopAt?: string): Promise<Page> {
    let page = await this.request(url, init);
    for (let hops = 0; page.status >= 300 && page.status < 400; hops++) {
      if (hops > 10) throw new Error('Too many redirects');
      const location = new URL(page.headers.get('location') ?? '', page.url).href;
      if (stopAt && location.startsWith(stopAt)) {
        return { url: location, status: page.status, headers: page.headers, body: '' };
      }
      page = await this.request(location);
    }
    return page;
  }

  #store(line: string): void {
    const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    let path = '/';
    let expired = value === '';
    for (const attribute of attributes) {
      const [key = '', val = ''] = attribute.split('=');
      if (key.toLowerCase() === 'path') path = val;
      if (key.toLowerCase() === 'expires' && Date.parse(val) <= Date.now()) expired = true;
      if (key.toLowerCase() === 'max-age' && Number(val) <= 0) expired = true;
    }
    const key = `${name} ${path}`;
    if (expired) this.#jar.delete(key);
    else this.#jar.set(key, { name, value, path });
  }
}

/** The action of the page's (first) form, resolved against the page URL. */
export function formAction(page: Page): string {
  const action = /<form[^>]*\saction="([^"]+)"/.exec(page.body)?.[1];
  if (!action) throw new Error(`No form on ${page.url}: ${page.body.slice(0, 300)}`);
  return new URL(action.replaceAll('&amp;', '&'), page.url).href;
}

/** The hidden inputs of the page's forms. */
export function hiddenInputs(page: Page): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const [, name = '', value = ''] of page.body.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) {
    inputs[name] = value;
  }
  return inputs;
}

/** The visible text of the element with `role="alert"`, if any. */
export function alertText(page: Page): string | undefined {
  return /<[^>]+role="alert"[^>]*>([^<]*)</.exec(page.body)?.[1];
}

/** The control labelled `label` (via <label for>), as its opening tag. */
export function labelledControl(page: Page, label: string): string | undefined {
  const id = new RegExp(`<label for="([^"]+)">${label}</label>`).exec(page.body)?.[1];
  return id ? new RegExp(`<input[^>]*\\sid="${id}"[^>]*>`).exec(page.body)?.[0] : undefined;
}
