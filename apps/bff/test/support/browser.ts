// A person's browser for the BFF's integration tests: fetch with a cookie jar (cookies ignore
// ports, as on 127.0.0.1), manual redirects, and the forms of the intranet IdP and the
// Salesforce emulator filled in as a person would.
export interface Page {
  url: string;
  status: number;
  headers: Headers;
  body: string;
}

export class Browser {
  private readonly jar = new Map<string, string>();
  /** Every body the browser received, to prove no token ever reached it. */
  readonly seen: string[] = [];
  readonly setCookies: string[] = [];
  readonly visited: string[] = [];

  cookie(name: string): string | undefined {
    return this.jar.get(name);
  }

  async request(url: string, init: { method?: string; form?: Record<string, string>; json?: unknown; raw?: string; headers?: Record<string, string> } = {}): Promise<Page> {
    const headers = new Headers(init.headers);
    if (this.jar.size > 0) headers.set('cookie', [...this.jar].map(([k, v]) => `${k}=${v}`).join('; '));
    let body: string | undefined;
    if (init.form) { body = new URLSearchParams(init.form).toString(); headers.set('content-type', 'application/x-www-form-urlencoded'); }
    if (init.json !== undefined) { body = JSON.stringify(init.json); headers.set('content-type', 'application/json'); }
    if (init.raw !== undefined) body = init.raw;
    this.visited.push(url);
    const res = await fetch(url, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      this.setCookies.push(line);
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === '' || /max-age=0|expires=Thu, 01 Jan 1970/i.test(line)) this.jar.delete(name);
      else this.jar.set(name, value);
    }
    const text = await res.text();
    this.seen.push(text, res.headers.get('location') ?? '');
    return { url, status: res.status, headers: res.headers, body: text };
  }

  /** Follows redirects; fills the IdP's and Salesforce's login and consent forms on the way. */
  async navigate(url: string, login?: { username: string; password: string; consent?: 'allow' | 'deny' }): Promise<Page> {
    let page = await this.request(url);
    for (let hops = 0; hops < 20; hops++) {
      if (page.status >= 300 && page.status < 400) {
        page = await this.request(new URL(page.headers.get('location')!, page.url).href);
        continue;
      }
      const form = /<form[^>]*method="post"[^>]*action="([^"]+)"/i.exec(page.body);
      if (!login || !form || page.status !== 200) return page;
      const action = new URL(form[1]!.replaceAll('&amp;', '&'), page.url).href;
      const hidden = Object.fromEntries([...page.body.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
      if (/role="alert"/.test(page.body) && /name="(pw|password)"/.test(page.body) && hops > 0) return page;
      if (/name="pw"/.test(page.body)) page = await this.request(action, { form: { ...hidden, username: login.username, pw: login.password } });
      else if (/name="password"/.test(page.body)) page = await this.request(action, { form: { ...hidden, username: login.username, password: login.password } });
      else if (/name="decision"/.test(page.body)) page = await this.request(action, { form: { ...hidden, decision: login.consent ?? 'allow' } });
      else return page;
    }
    throw new Error(`too many steps from ${url}`);
  }
}
