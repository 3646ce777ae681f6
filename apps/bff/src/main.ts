// Reads the configuration, opens the store, discovers the intranet IdP, listens, and shuts down
// gracefully on SIGTERM/SIGINT.
import { openStore, parseEncryptionKeys } from '@sfsearch/store';
import { createApp } from './app.ts';
import { ConfigError, parseConfig } from './config.ts';
import { discoverIntranetIdp } from './identity/intranet-sign-in.ts';
import { createLogger } from './logging.ts';
import { createApiBudget } from './salesforce/api-budget.ts';
import { createLastUsed } from './salesforce/last-used.ts';

let config;
try {
  config = parseConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const logger = createLogger(config.LOG_LEVEL);
const store = await openStore({
  databaseUrl: config.DATABASE_URL, encryptionKeys: parseEncryptionKeys(config.ENCRYPTION_KEYS),
  // A refresh never takes longer than SALESFORCE_TIMEOUT_MS, so neither need its waiters.
  refreshLock: { timeoutMs: config.SALESFORCE_TIMEOUT_MS + 1000 },
});
const idp = await discoverIntranetIdp(config);
const lastUsed = createLastUsed(store, logger);
const budget = createApiBudget(store, logger);
const server = createApp({ config, store, idp, logger, lastUsed, budget }).listen(config.PORT, config.HOST, () => {
  logger.info({ url: config.PUBLIC_URL, port: config.PORT, store: store.adapter }, 'BFF listening');
});

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  server.close(() => void Promise.all([lastUsed.stop(), budget.stop()]).then(() => store.close()).then(() => process.exit(0)));
  server.closeIdleConnections();
  setTimeout(() => process.exit(1), 10_000).unref();
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
