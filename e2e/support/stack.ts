// Where the started stack lives during the browser tests (ports away from a `pnpm start` you
// may be running), and how tests steer the Salesforce emulator.
export const PORTS = { bff: 3300, emulator: 4310, idp: 4700, intranet: 3301 } as const;
export const BFF = `http://127.0.0.1:${PORTS.bff}`;
export const EMULATOR = `http://127.0.0.1:${PORTS.emulator}`;
/** A page of another origin (same site) that frames the widget, as an intranet would. */
export const INTRANET = `http://127.0.0.1:${PORTS.intranet}`;

/** The started BFF's SALESFORCE_TIMEOUT_MS. */
export const SALESFORCE_TIMEOUT_MS = 2_000;

export const INTRANET_PASSWORD = 'intranet-demo';
export const SALESFORCE_PASSWORD = 'salesforce-demo';

export async function emulatorControl(action: string, body: Record<string, unknown> = {}, emulator = EMULATOR): Promise<unknown> {
  const res = await fetch(`${emulator}/__emulator/${action}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`emulator control ${action} answered ${res.status}: ${await res.text()}`);
  return res.json();
}
