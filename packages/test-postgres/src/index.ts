export { DEFAULT_TEST_DATABASE_URL, startEmbeddedPostgres, testDatabaseUrl, type EmbeddedServer } from './test-postgres.ts';
