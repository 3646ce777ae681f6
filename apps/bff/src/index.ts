export { createApp, type AppDeps } from './app.ts';
export { configSchema, parseConfig, ConfigError, callbackUrl, type Config } from './config.ts';
export { discoverIntranetIdp } from './identity/intranet-sign-in.ts';
export { createLogger, REDACT_PATHS } from './logging.ts';
