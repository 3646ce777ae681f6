// A minimal browser for tests and benchmarks: follows the emulator's login and consent pages by posting their forms
// over real HTTP, keeping the emulator's session cookie, and stops at the client's callback.
export interface BrowserResult {
  /** The redirect to the client's callback, when the flow got there. */
  callback?: URL;
  /** Where the browser stopped otherwise (an error page, for instance). */
  location?: string;
  status: number;
  html?: string;
}

export class EmulatorBrowser {
  private cookie = '';

  async get(url: string): Promise<Response> {
    return this.send(url, { method: 'GET' });
  }

  async post(url: string, form: Record<string, string>): Promise<Response> {
    return this.send(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
  }

  private async send(url: string, init: RequestInit): Promise<Response> {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), ...(this.cookie ? { cookie: this.cookie } : {}) },
    });
    const set = response.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0]!;
    return response;
  }

  /**
   * Opens an authorize URL, logs in (when asked) and answers the consent page with `decision`.
   * Answers as soon as a redirect leaves the emulator (the client's callback).
   */
  async authorize(authorizeUrl: string, login: { username: string; password: string }, decision: 'allow' | 'deny' = 'allow'): Promise<BrowserResult> {
    const origin = new URL(authorizeUrl).origin;
    let response = await this.get(authorizeUrl);
    for (let step = 0; step < 6; step++) {
      const location = response.headers.get('location');
      if (location) {
        const target = new URL(location, origin);
        if (target.origin !== origin || !target.pathname.startsWith('/services/oauth2/')) {
          return target.origin !== origin ? { callback: target, status: response.status } : { location: target.href, status: response.status };
        }
        response = await this.get(target.href);
        continue;
      }
      const html = await response.text();
      const txn = /name="txn" value="([^"]+)"/.exec(html)?.[1];
      if (!txn) return { status: response.status, html };
      if (html.includes('name="pw"')) {
        if (step > 0 && html.includes('role="alert"')) return { status: response.status, html };
        response = await this.post(`${origin}/services/oauth2/authorize/login`, { txn, username: login.username, pw: login.password });
      } else {
        response = await this.post(`${origin}/services/oauth2/authorize/consent`, { txn, decision });
      }
    }
    throw new Error('the authorization did not finish within six steps');
  }
}
