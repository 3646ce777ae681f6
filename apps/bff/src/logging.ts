// pino with every token and secret value redacted wherever it appears. Error codes stay readable:
// `code` is never redacted (OAuth codes never reach a log: requests are logged without their
// query strings).
import { pino, type DestinationStream, type Logger } from 'pino';

export const REDACT_PATHS = [
  'accessToken', 'refreshToken', 'consumerSecret', 'clientSecret', 'access_token', 'refresh_token', 'client_secret', 'idToken', 'id_token', 'codeVerifier', 'code_verifier',
  '*.accessToken', '*.refreshToken', '*.consumerSecret', '*.clientSecret', '*.access_token', '*.refresh_token', '*.client_secret', '*.idToken', '*.id_token', '*.codeVerifier', '*.code_verifier',
  'headers.authorization', 'headers.cookie', 'headers["x-csrf-token"]', 'req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]',
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACT_PATHS, censor: '[redacted]' }, base: { service: 'bff' } }, destination);
}
