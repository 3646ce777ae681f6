// Every BFF answer the widget reads, by name, with the contracts schema that checks it. This module
// (with zod and the contracts, ~26 kB gzip) is loaded on demand, in parallel with the first request,
// so it stays out of the initial JavaScript: see docs/decisions/0030-widget.md.
import {
  checkResponseSchema,
  connectionSchema,
  errorEnvelopeSchema,
  meSchema,
  salesforceConfigSchema,
  saveConfigResponseSchema,
  searchResponseSchema,
} from '@sfsearch/contracts';
import { z } from 'zod';

export const responseSchemas = {
  me: meSchema,
  connection: connectionSchema,
  /** POST /api/salesforce/connection/disconnect; the contracts have no schema for it. */
  disconnect: z.object({ ok: z.literal(true) }),
  search: searchResponseSchema,
  salesforceConfig: salesforceConfigSchema,
  saveConfig: saveConfigResponseSchema,
  checkConfig: checkResponseSchema,
};

export { errorEnvelopeSchema };

export type ResponseSchemas = typeof responseSchemas;
