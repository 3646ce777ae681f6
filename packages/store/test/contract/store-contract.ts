import type { Harness } from '../support/harness.ts';
import { configContract } from './config.contract.ts';
import { connectionListContract } from './connection-list.contract.ts';
import { encryptionContract } from './encryption.contract.ts';
import { lifecycleContract } from './lifecycle.contract.ts';
import { rateLimitsContract } from './rate-limits.contract.ts';
import { recentSearchesContract } from './recent-searches.contract.ts';
import { refreshLockContract } from './refresh-lock.contract.ts';
import { sessionsContract } from './sessions.contract.ts';
import { settingsContract } from './settings.contract.ts';
import { tokensContract } from './tokens.contract.ts';

/** Every behaviour the BFF relies on, written once and run against each adapter. */
export function storeContract(harness: Harness): void {
  configContract(harness);
  tokensContract(harness);
  connectionListContract(harness);
  refreshLockContract(harness);
  sessionsContract(harness);
  encryptionContract(harness);
  lifecycleContract(harness);
  rateLimitsContract(harness);
  recentSearchesContract(harness);
  settingsContract(harness);
}
