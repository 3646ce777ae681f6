// The load generator, in a process of its own: simulated people, each one connection making its
// searches one after another (autocannon, one instance per person so each keeps its own cookie or
// token). Reads the plan as JSON on stdin; writes the exact latencies' summary as JSON on stdout.
import autocannon from 'autocannon';
import { text } from 'node:stream/consumers';

export interface LoadPlan {
  people: { origin: string; headers: Record<string, string>; paths: string[] }[];
  searchesEach: number;
}

export interface LoadResult {
  searches: number;
  failed: number;
  seconds: number;
  /** Every response's latency in ms, as measured by autocannon (hrtime, not rounded). */
  latencies: number[];
}

const plan = JSON.parse(await text(process.stdin)) as LoadPlan;
const latencies: number[] = [];
let failed = 0;
const started = performance.now();
await Promise.all(plan.people.map((person) => new Promise<void>((resolve, reject) => {
  let next = 0;
  const instance = autocannon({
    url: person.origin, connections: 1, amount: plan.searchesEach, headers: person.headers, timeout: 30,
    requests: [{ setupRequest: (request) => ({ ...request, path: person.paths[next++ % person.paths.length]! }) }],
  }, (error) => (error ? reject(error) : resolve()));
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode === 200) latencies.push(responseTime);
    else failed++;
  });
  instance.on('reqError', () => { failed++; });
})));
const result: LoadResult = { searches: latencies.length + failed, failed, seconds: (performance.now() - started) / 1000, latencies };
process.stdout.write(JSON.stringify(result));
