import { describe } from 'vitest';
import { storeContract } from './contract/store-contract.ts';
import { postgresHarness } from './support/postgres-harness.ts';

// No skip when the server is missing: CI guarantees one, and a silent skip would hide a broken adapter.
describe('PostgreSQL adapter', () => storeContract(postgresHarness()));
