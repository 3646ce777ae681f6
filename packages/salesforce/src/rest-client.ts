// GET requests to Salesforce's REST API with a person's access token: undici's request on one
// keep-alive dispatcher per process, which honours HTTP(S)_PROXY and NO_PROXY as jsforce's fetch
// did. jsforce made a Connection, an HttpApi event emitter, a lazy stream and a WHATWG fetch for
// every call: most of the BFF's CPU per search (ADR 0006). Errors read as jsforce read them
// (HttpApi.getError): Salesforce's `[{errorCode, message}]` body, else ERROR_HTTP_<status>.
import { EnvHttpProxyAgent, request, type Dispatcher } from 'undici';
import { fromErrorCode, fromJsforceError } from './salesforce-error.ts';

export interface ApiUsage {
  used: number;
  limit: number;
}

export interface RestAnswer<T> {
  body: T;
  apiUsage: ApiUsage | undefined;
}

let shared: Dispatcher | undefined;
/** Made on first use, so a process reads the proxy variables as they are when it calls out. */
const dispatcher = () => (shared ??= new EnvHttpProxyAgent());

/** Sforce-Limit-Info: `api-usage=25/15000`, on every REST response. */
function apiUsageOf(header: string | string[] | undefined): ApiUsage | undefined {
  const match = /api-usage=(\d+)\/(\d+)/.exec(Array.isArray(header) ? header.join(',') : (header ?? ''));
  return match ? { used: Number(match[1]), limit: Number(match[2]) } : undefined;
}

function errorOf(status: number, text: string) {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const cause = new Error(`Salesforce answered HTTP ${status}`);
  if (Array.isArray(parsed) && parsed.length > 1) return fromErrorCode('MULTIPLE_API_ERRORS', 'Multiple errors returned.', cause, true);
  const first = (Array.isArray(parsed) ? parsed[0] : parsed) as { errorCode?: unknown; message?: unknown } | undefined;
  if (first && typeof first.message === 'string') {
    const code = typeof first.errorCode === 'string' ? first.errorCode : '';
    return fromErrorCode(code, first.message, cause, code !== '');
  }
  return fromErrorCode(`ERROR_HTTP_${status}`, text.slice(0, 200), cause, false);
}

/** `pathOrUrl`: a path on the person's instance (`/services/data/…`) or an absolute URL. */
export async function restGet<T>(session: { accessToken: string; instanceUrl: string }, pathOrUrl: string, timeoutMs: number): Promise<RestAnswer<T>> {
  const url = pathOrUrl.startsWith('/') ? `${session.instanceUrl}${pathOrUrl}` : pathOrUrl;
  let text: string;
  let status: number;
  let usage: ApiUsage | undefined;
  try {
    const res = await request(url, {
      method: 'GET', dispatcher: dispatcher(), signal: AbortSignal.timeout(timeoutMs),
      headers: { authorization: `Bearer ${session.accessToken}`, accept: 'application/json' },
    });
    status = res.statusCode;
    usage = apiUsageOf(res.headers['sforce-limit-info']);
    text = await res.body.text();
  } catch (error) {
    throw fromJsforceError(error);
  }
  if (status >= 400) throw errorOf(status, text);
  try {
    return { body: JSON.parse(text) as T, apiUsage: usage };
  } catch (cause) {
    throw fromErrorCode(`ERROR_HTTP_${status}`, 'Salesforce answered something that is not JSON', cause, false);
  }
}
