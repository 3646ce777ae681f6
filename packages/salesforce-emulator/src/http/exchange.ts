import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorState } from '../state.ts';

/** One request being answered, with what every handler needs. */
export interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  state: EmulatorState;
  /** The base URL this request came to (the login host or an instance, old or current). */
  origin: string;
  /** Names the Salesforce user a call is made for, for the call log. */
  attribute(username: string): void;
}
