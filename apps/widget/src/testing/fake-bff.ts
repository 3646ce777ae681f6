// An in-memory BFF: the state behind the MSW handlers (handlers.ts), plus the levers tests pull
// (sign in as…, fail the next search with…, hold searches until…) and a log of every request.
import type { CheckResponse, Connection, DisconnectReason, ErrorCode, Me, RecordType, SalesforceConfig, SearchResponse, SearchResult } from '@sfsearch/contracts';
import { buildConfig, buildConnected, buildEmployee, LIGHTNING, seedRecords } from './data-generators.ts';
import type { AuditEntryView, ConnectionEntry, ConnectionsResponse, RecentRecord, RecentResponse, RecentSearch } from '@sfsearch/contracts';

export type Endpoint = 'me' | 'connection' | 'disconnect' | 'search' | 'config' | 'save-config' | 'check-config' | 'recent' | 'clear-recent-searches'
  | 'connections' | 'admin-disconnect' | 'audit' | 'save-settings';

export type RecordedRequest = {
  endpoint: Endpoint;
  method: string;
  url: URL;
  csrfToken: string | null;
  /** The language the widget asked the BFF to answer in. */
  language: string | null;
  body: unknown;
  signal: AbortSignal;
};

/** An error answer; `status` overrides the code's usual one (504 for a Salesforce timeout). */
export type Failure = { code: ErrorCode; message?: string; reason?: string; status?: number };

/** What the real BFF says for each code: written for people. */
export const defaultMessages: Record<ErrorCode, string> = {
  'not-signed-in': 'Sign in to the intranet to continue.',
  forbidden: 'Only intranet administrators can do this.',
  'not-configured': 'Salesforce search is not set up yet.',
  'not-connected': 'Connect your Salesforce account to search.',
  'reconnect-required': 'Your Salesforce connection has to be renewed.',
  'invalid-request': 'The request was not valid.',
  'not-found': 'There is nothing here.',
  'rate-limited': 'Too many searches in a short time: wait 10 seconds.',
  'salesforce-api-disabled': 'API access is turned off in Salesforce.',
  'salesforce-insufficient-access': 'Your Salesforce user may not read one of the searched record types.',
  'salesforce-rate-limited': 'The Salesforce org has used its daily API request allowance (15,000 of 15,000).',
  // As the BFF says it: its first sentence is the widget's title.
  'salesforce-unavailable': "Salesforce isn't answering right now. Try again in a minute.",
  'service-unavailable': 'The search service cannot reach its database right now.',
  internal: 'Something went wrong on the intranet server (reference 4f2a9c).',
};

export class FakeBff {
  user: Me['user'] | null = buildEmployee();
  csrfToken = 'csrf-token-1';
  connection: Connection = buildConnected();
  config: SalesforceConfig = buildConfig();
  consumerSecret = 'stored-secret';
  records: SearchResult[] = seedRecords();
  checkResult: CheckResponse = { ok: true };
  /** Types this person's Salesforce profile cannot read: answered as notices. */
  unreadableTypes: RecordType[] = [];
  // The empty search box (GET /api/salesforce/recent): none by default; tests set them.
  recentRecords: RecentRecord[] = [];
  recentSearches: RecentSearch[] = [];
  /** Set: the recent items answer the searches with no records and this notice, as when Salesforce fails. */
  recentNotice: RecentResponse['notice'] = undefined;
  /** The admin's list of connections (GET …/connections) and the audit trail, newest first. */
  connections: ConnectionEntry[] = [];
  audit: AuditEntryView[] = [];
  requests: RecordedRequest[] = [];
  private failures = new Map<Endpoint, Failure[]>();
  private held: Promise<void> | null = null;

  reset(): void {
    Object.assign(this, new FakeBff());
  }

  // Who is signed in to the intranet.
  signInAs(user: Me['user']): this {
    this.user = user;
    return this;
  }
  signOut(): this {
    this.user = null;
    return this;
  }

  // This user's Salesforce connection.
  setConnection(connection: Connection): this {
    this.connection = connection;
    return this;
  }
  requireReconnect(reason?: DisconnectReason): this {
    this.connection = { configured: true, status: 'reconnect-required', ...(reason ? { reason } : {}) };
    return this;
  }
  disconnectUser(): this {
    this.connection = { configured: this.config.configured, status: 'not-connected' };
    return this;
  }
  setConfig(config: SalesforceConfig): this {
    this.config = config;
    if (!config.configured) this.connection = { configured: false, status: 'not-connected' };
    return this;
  }

  /** The next request to `endpoint` answers with this error (queue several for several requests). */
  failNext(endpoint: Endpoint, failure: Failure): this {
    this.failures.set(endpoint, [...(this.failures.get(endpoint) ?? []), failure]);
    return this;
  }
  takeFailure(endpoint: Endpoint): Failure | undefined {
    return this.failures.get(endpoint)?.shift();
  }

  /** Searches wait until release() is called: lets a test type while a request is in flight. */
  holdSearches(): { release: () => void } {
    let release!: () => void;
    this.held = new Promise((resolve) => {
      release = resolve;
    });
    return {
      release: () => {
        this.held = null;
        release();
      },
    };
  }
  async waitIfHeld(): Promise<void> {
    if (this.held) await this.held;
  }

  /** As the BFF finds them: words of the name, e-mail, id or Salesforce username; then one page. */
  listConnections(q: string, limit: number, offset: number): ConnectionsResponse {
    const words = q.toLowerCase();
    const found = this.connections.filter((c) =>
      [c.userId, c.person?.name, c.person?.email, c.salesforceUser?.username].some((text) => text?.toLowerCase().includes(words)));
    return { total: found.length, offset, limit, entries: found.slice(offset, offset + limit) };
  }
  /** An admin ends one connection: the row says so, the trail records it. */
  adminDisconnect(userId: string, admin: string): boolean {
    const entry = this.connections.find((c) => c.userId === userId && c.state === 'connected');
    if (!entry) return false;
    Object.assign(entry, { state: 'reconnect-required', reason: 'admin-disconnected', disconnectedAt: '2026-12-02T10:00:00.000Z' });
    const id = Math.max(0, ...this.audit.map((e) => e.id)) + 1;
    this.audit.unshift({ id, at: '2026-12-02T10:00:00.000Z', actor: admin, action: 'salesforce.admin-disconnected', details: { user: userId, revoked: true } });
    return true;
  }

  requestsTo(endpoint: Endpoint): RecordedRequest[] {
    return this.requests.filter((request) => request.endpoint === endpoint);
  }
  searchedFor(): string[] {
    return this.requestsTo('search').map((request) => request.url.searchParams.get('q') ?? '');
  }

  /** Every word must start a word of the record's text, as Salesforce matches prefixes. */
  search(q: string, types: readonly RecordType[], limit: number, offset = 0): SearchResponse {
    const words = q.toLowerCase().split(/\s+/).filter(Boolean);
    const matches = (record: SearchResult) => {
      const text = [record.title, record.subtitle, ...record.fields.map((f) => f.value)].join(' ').toLowerCase();
      const tokens = text.split(/[^\p{L}\p{N}@.]+/u);
      return words.every((word) => tokens.some((token) => token.startsWith(word)));
    };
    const readable = types.filter((type) => !this.unreadableTypes.includes(type));
    const all = (type: RecordType) => (readable.includes(type) ? this.records.filter((r) => r.type === type && matches(r)) : []);
    const pick = (type: RecordType) => all(type).slice(offset, offset + limit);
    const labels: Record<RecordType, string> = {
      account: 'Accounts', lead: 'Leads', task: 'Tasks', campaign: 'Campaigns', contact: 'Contacts', opportunity: 'Opportunities', case: 'Cases',
    };
    return {
      query: q,
      results: {
        account: pick('account'), lead: pick('lead'), task: pick('task'), campaign: pick('campaign'),
        contact: pick('contact'), opportunity: pick('opportunity'), case: pick('case'),
      },
      more: readable.filter((type) => all(type).length > offset + limit),
      notices: types.filter((type) => this.unreadableTypes.includes(type))
        .map((type) => ({ type, reason: 'no-access' as const, message: `Your Salesforce profile can't see ${labels[type]}.` })),
      crowded: offset === 0 && words.length === 1 && readable.some((type) => all(type).length < limit),
      searchPageUrl: `${LIGHTNING}/one/one.app#${btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify({ componentDef: 'forceSearch:searchPageDesktop', attributes: { term: q } }))))}`,
    };
  }
}
