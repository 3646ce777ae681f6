// pino with every token and secret redacted, and requests logged without their query strings
// (OAuth codes, and the CRM text people search for, stay out of logs).
import { pino, type DestinationStream, type Logger } from 'pino';

export const REDACT_PATHS = [
  'accessToken', 'refreshToken', 'consumerSecret', 'clientSecret', 'access_token', 'refresh_token', 'client_secret', 'code', 'idToken',
  '*.accessToken', '*.refreshToken', '*.consumerSecret', '*.clientSecret', '*.access_token', '*.refresh_token', '*.client_secret', '*.idToken',
  'headers.authorization', 'headers.cookie', 'headers["x-csrf-token"]', 'req.headers.authorization', 'req.headers.cookie',
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACT_PATHS, censor: '[redacted]' }, base: { service: 'bff' } }, destination);
}
