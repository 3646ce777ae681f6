// A person's browser for tests and benchmarks, shared by the BFF, the intranet IdP and the
// Salesforce emulator: fetch with a cookie jar (path-matched; cookies ignore ports, as on
// 127.0.0.1), manual redirects, and the login and consent forms of the IdP and of Salesforce
// filled in as a person would. It records what it received, so a test can prove that no token
// ever reached it.
import { formAction, hiddenInputs } from './page-helpers.ts';

export interface Page {
  url: string;
  status: number;
  headers: Headers;
  body: string;
}

export interface RequestOptions {
  method?: string;
  form?: Record<string, string>;
  json?: unknown;
  raw?: string;
  headers?: Record<string, string>;
}

/** Who signs in on the login pages met on the way, and what they answer Salesforce's Allow page. */
export interface Login {
  username: string;
  password: string;
  consent?: 'allow' | 'deny';
}

export interface NavigateOptions extends RequestOptions {
  login?: Login;
  /** Stop before following a redirect to a location for which this answers true. */
  stopAt?: (location: URL) => boolean;
}

/** A `stopAt` that stops at redirects to locations starting with `prefix`. */
export const startingWith = (prefix: string) => (location: URL) => location.href.startsWith(prefix);

export interface BrowserOptions {
  /**
   * Origins served over https by a TLS-terminating proxy: `https://public` → `http://backend`.
   * Requests to the public origin go to the backend with `X-Forwarded-Proto: https`, as a load
   * balancer would send them.
   */
  tlsTerminators?: Record<string, string>;
}

export interface AuthorizeResult {
  /** The redirect to the client's callback, when the flow got there. */
  callback?: URL;
  /** A page of the authorization server's own it redirected to instead (not fetched). */
  location?: string;
  status: number;
  /** The page it stopped on otherwise (a login page with an error, for instance). */
  html?: string;
}

interface Cookie {
  name: string;
  value: string;
  path: string;
}

export class Browser {
  readonly #jar = new Map<string, Cookie>();
  readonly #tls: Map<string, string>;
  /** Every body and Location header the browser received. */
  readonly seen: string[] = [];
  /** Every Set-Cookie line the browser received. */
  readonly setCookies: string[] = [];
  readonly visited: string[] = [];

  constructor(options: BrowserOptions = {}) {
    this.#tls = new Map(Object.entries(options.tlsTerminators ?? {}));
  }

  cookie(name: string): string | undefined {
    return [...this.#jar.values()].find((c) => c.name === name)?.value;
  }

  cookieNames(): string[] {
    return [...new Set([...this.#jar.values()].map((c) => c.name))].sort();
  }

  async request(url: string, init: RequestOptions = {}): Promise<Page> {
    const target = new URL(url);
    const headers = new Headers(init.headers);
    const cookie = [...this.#jar.values()].filter((c) => target.pathname.startsWith(c.path)).map((c) => `${c.name}=${c.value}`).join('; ');
    if (cookie) headers.set('cookie', cookie);
    let body: string | undefined;
    if (init.form) {
      body = new URLSearchParams(init.form).toString();
      headers.set('content-type', 'application/x-www-form-urlencoded');
    }
    if (init.json !== undefined) {
      body = JSON.stringify(init.json);
      headers.set('content-type', 'application/json');
    }
    if (init.raw !== undefined) body = init.raw;
    let sendTo = target;
    const backend = this.#tls.get(target.origin);
    if (backend) {
      sendTo = new URL(`${target.pathname}${target.search}`, backend);
      headers.set('x-forwarded-proto', 'https');
    }
    this.visited.push(target.href);
    const res = await fetch(sendTo, { method: init.method ?? (body !== undefined ? 'POST' : 'GET'), headers, body, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      this.setCookies.push(line);
      this.#store(line);
    }
    const text = await res.text();
    this.seen.push(text, res.headers.get('location') ?? '');
    return { url: target.href, status: res.status, headers: res.headers, body: text };
  }

  /** Follows redirects; fills the IdP's and Salesforce's login and consent forms on the way. */
  async navigate(url: string, options: NavigateOptions = {}): Promise<Page> {
    const { login, stopAt, ...init } = options;
    let page = await this.request(url, init);
    for (let hops = 0; hops < 20; hops++) {
      if (page.status >= 300 && page.status < 400) {
        const location = new URL(page.headers.get('location') ?? '', page.url);
        if (stopAt?.(location)) return { url: location.href, status: page.status, headers: page.headers, body: '' };
        page = await this.request(location.href);
        continue;
      }
      if (!login || page.status !== 200 || !/<form[^>]*method="post"/i.test(page.body)) return page;
      // A login page that answered with an error: the password was wrong, stop there.
      if (hops > 0 && /role="alert"/.test(page.body) && /name="(pw|password)"/.test(page.body)) return page;
      const form = { ...hiddenInputs(page) };
      if (/name="pw"/.test(page.body)) Object.assign(form, { username: login.username, pw: login.password });
      else if (/name="password"/.test(page.body)) Object.assign(form, { username: login.username, password: login.password });
      else if (/name="decision"/.test(page.body)) Object.assign(form, { decision: login.consent ?? 'allow' });
      else return page;
      page = await this.request(formAction(page), { form });
    }
    throw new Error(`too many steps from ${url}`);
  }

  /**
   * Runs an OAuth authorization at an authorization server (login, consent) until it redirects
   * away: to another origin (the client's callback), or out of the authorize endpoint's folder
   * (an error page of its own, which is not fetched).
   */
  async authorize(authorizeUrl: string, login: Login): Promise<AuthorizeResult> {
    const start = new URL(authorizeUrl);
    const folder = start.pathname.slice(0, start.pathname.lastIndexOf('/') + 1);
    const page = await this.navigate(authorizeUrl, { login, stopAt: (to) => to.origin !== start.origin || !to.pathname.startsWith(folder) });
    if (page.status >= 300 && page.status < 400) {
      const to = new URL(page.url);
      return to.origin !== start.origin ? { callback: to, status: page.status } : { location: to.href, status: page.status };
    }
    return { status: page.status, html: page.body };
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
