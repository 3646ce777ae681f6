import { describe } from 'vitest';
import { storeContract } from './contract/store-contract.ts';
import { sqliteHarness } from './support/sqlite-harness.ts';

describe('SQLite adapter', () => storeContract(sqliteHarness()));
