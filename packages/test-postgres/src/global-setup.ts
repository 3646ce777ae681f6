// Vitest globalSetup: finds or starts the test PostgreSQL once for a run and hands its URL to
// every test file as STORE_TEST_DATABASE_URL.
import { testDatabaseUrl } from './test-postgres.ts';

export default async function setup(): Promise<() => Promise<void>> {
  const server = await testDatabaseUrl();
  process.env.STORE_TEST_DATABASE_URL = server.url;
  return () => server.stop();
}
