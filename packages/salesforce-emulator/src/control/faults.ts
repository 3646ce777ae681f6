// Injected trouble (latency, failing or hanging requests) and the per-endpoint, per-user call log.
export interface FailureSpec {
  /** How many of the next matching requests fail. */
  count: number;
  /** An HTTP status to answer (5xx), or 'hang' to never answer. */
  mode: number | 'hang';
  /** Only requests whose path starts with this (default: every Salesforce path). */
  pathPrefix?: string;
  /** Only REST requests made with this user's access token. */
  username?: string;
}

export function createFaults() {
  let latencyMs = 0;
  let failures: FailureSpec[] = [];
  /** Requests left hanging whose client has not hung up yet (a client that times out closes them). */
  const hanging = new Set<object>();
  return {
    hang(request: { once(event: 'close', listener: () => void): unknown }) {
      hanging.add(request);
      request.once('close', () => hanging.delete(request));
    },
    get hangingRequests() { return hanging.size; },
    get latencyMs() { return latencyMs; },
    setLatency(ms: number) { latencyMs = Math.max(0, ms); },
    failNext(spec: FailureSpec) { failures.push({ ...spec }); },
    /** The failure this request must suffer, if any, counting it down. */
    take(path: string, username: () => string | undefined): number | 'hang' | undefined {
      const spec = failures.find((f) => f.count > 0 && path.startsWith(f.pathPrefix ?? '/')
        && (f.username === undefined || f.username.toLowerCase() === username()));
      if (!spec) return undefined;
      spec.count--;
      failures = failures.filter((f) => f.count > 0);
      return spec.mode;
    },
    clear() { latencyMs = 0; failures = []; },
  };
}
export type Faults = ReturnType<typeof createFaults>;

export interface CallRecord {
  endpoint: string;
  method: string;
  username: string | null;
  status: number;
}

export interface CallSummary {
  total: number;
  byEndpoint: Record<string, number>;
  byUser: Record<string, Record<string, number>>;
}

export function createCallLog() {
  let records: CallRecord[] = [];
  return {
    record(call: CallRecord) { records.push(call); },
    summary(): CallSummary {
      const byEndpoint: Record<string, number> = {};
      const byUser: Record<string, Record<string, number>> = {};
      for (const { endpoint, username } of records) {
        byEndpoint[endpoint] = (byEndpoint[endpoint] ?? 0) + 1;
        if (username) {
          const perUser = (byUser[username] ??= {});
          perUser[endpoint] = (perUser[endpoint] ?? 0) + 1;
        }
      }
      return { total: records.length, byEndpoint, byUser };
    },
    count(filter: Partial<Pick<CallRecord, 'endpoint' | 'username'>> = {}): number {
      return records.filter((r) => (filter.endpoint === undefined || r.endpoint === filter.endpoint)
        && (filter.username === undefined || r.username === filter.username)).length;
    },
    reset() { records = []; },
  };
}
export type CallLog = ReturnType<typeof createCallLog>;
