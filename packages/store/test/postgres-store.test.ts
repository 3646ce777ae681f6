import { describe } from 'vitest';
import { storeContract } from './contract/store-contract.ts';
import { postgresHarness } from './support/postgres-harness.ts';

// Never skipped: without a local server the global setup starts an embedded one.
describe('PostgreSQL adapter', () => storeContract(postgresHarness()));
