// pnpm start: the whole product on one machine with nothing from outside — the BFF serving the
// built widget, the Salesforce emulator and the intranet IdP on loopback ports. Secrets and the
// SQLite database live under ./data, made on the first run and reused after.
// With SALESFORCE_LOGIN_HOST set no emulator starts (a real org); with OIDC_ISSUER (+ client id and
// secret) the real intranet IdP is used instead of the local one. BFF_INSTANCES=N with a
// postgres:// DATABASE_URL runs N BFF processes behind one entry point (scripts/bff-instances.ts).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConfig } from '@sfsearch/bff';
import { createIntranetIdp, DEFAULT_USERS, DEMO_PASSWORD as INTRANET_PASSWORD, type IntranetIdp } from '@sfsearch/intranet-idp';
import { createEmulator, DEMO_PASSWORD as SALESFORCE_PASSWORD, type Emulator } from '@sfsearch/salesforce-emulator';
import { startBffInstances, startOneBff, type RunningBff } from './bff-instances.ts';
import { loadOrCreateSecrets } from './local-secrets.ts';

for (const name of ['http_proxy', 'https_proxy', 'HTTP_PROXY', 'HTTPS_PROXY']) delete process.env[name];
const env = process.env;
const repo = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const dataDir = resolve(env.DATA_DIR ?? repo('data'));
const bffPort = Number(env.PORT ?? 3000);
const publicUrl = (env.PUBLIC_URL ?? `http://127.0.0.1:${bffPort}`).replace(/\/+$/, '');
const callback = `${publicUrl}/marketplace/salesforce/account/sign-in/oauth2`;
const secrets = loadOrCreateSecrets(resolve(dataDir, 'secrets.json'));

let emulator: Emulator | undefined;
if (!env.SALESFORCE_LOGIN_HOST) {
  emulator = await createEmulator({ port: Number(env.SF_EMULATOR_PORT ?? 4010), callbackUrls: [callback] });
}
let idp: IntranetIdp | undefined;
if (!env.OIDC_ISSUER) {
  idp = await createIntranetIdp({
    port: Number(env.IDP_PORT ?? 4400),
    clients: [{ clientId: 'sfsearch-bff', clientSecret: secrets.oidcClientSecret, redirectUris: [`${publicUrl}/auth/callback`], postLogoutRedirectUris: [`${publicUrl}/`] }],
  });
}

const instances = Number(env.BFF_INSTANCES ?? 1);
const bffEnv: Record<string, string> = {
  PUBLIC_URL: publicUrl,
  PORT: String(bffPort),
  DATABASE_URL: env.DATABASE_URL ?? resolve(dataDir, 'marketplace.db'),
  ENCRYPTION_KEYS: env.ENCRYPTION_KEYS ?? secrets.encryptionKeys,
  SESSION_SECRET: env.SESSION_SECRET ?? secrets.sessionSecret,
  OIDC_ISSUER: env.OIDC_ISSUER ?? idp!.issuer,
  OIDC_CLIENT_ID: (env.OIDC_ISSUER ? env.OIDC_CLIENT_ID : 'sfsearch-bff') ?? '',
  OIDC_CLIENT_SECRET: (env.OIDC_ISSUER ? env.OIDC_CLIENT_SECRET : secrets.oidcClientSecret) ?? '',
  WIDGET_DIST: env.WIDGET_DIST ?? repo('apps/widget/dist'),
  // The local emulator is a loopback login host, which a deployment refuses.
  ALLOW_LOCAL_LOGIN_HOSTS: env.ALLOW_LOCAL_LOGIN_HOSTS ?? 'true',
};
const config = parseConfig({ ...env, ...bffEnv });
let bff: RunningBff;
try {
  bff = instances > 1 ? await startBffInstances(config, bffEnv, instances) : await startOneBff(config);
} catch (error) {
  console.error((error as Error).message);
  await Promise.all([emulator?.close(), idp?.close()]);
  process.exit(1);
}

const lines = [
  '',
  `Salesforce search for the intranet is running: open ${publicUrl}/`,
  '',
  idp
    ? `Intranet sign-ins (password "${INTRANET_PASSWORD}"): ${DEFAULT_USERS.map((u) => `${u.username}${u.groups.includes('intranet-admins') ? ' (admin)' : ''}`).join(', ')}`
    : `Intranet sign-in: ${config.OIDC_ISSUER}`,
  emulator
    ? `Salesforce emulator (${emulator.org.name}) on ${emulator.url}; its users have the password "${SALESFORCE_PASSWORD}":\n`
      + '  sofia.rossi@globex.example and liam.brown@globex.example see different records; ada.admin@globex.example sees all;\n'
      + '  noah.lee@globex.example has a restricted profile (no Campaigns, no lead phone or e-mail)'
    : `Salesforce: ${env.SALESFORCE_LOGIN_HOST} (a real org)`,
  '',
  `As the admin, open ${publicUrl}/control-panel/marketplace/salesforce and enter:`,
  `  login host      ${emulator ? emulator.url : env.SALESFORCE_LOGIN_HOST}`,
  ...(emulator ? [`  consumer key    ${emulator.app.consumerKey}`, `  consumer secret ${emulator.app.consumerSecret}`] : ['  the consumer key and secret of your External Client App or Connected App']),
  `  (the app's callback URL is ${callback})`,
  '',
  `BFF: ${bff.describe}. Data: ${dataDir}. Press Ctrl-C to stop.`,
];
console.log(lines.join('\n'));

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await bff.stop();
  await Promise.all([emulator?.close(), idp?.close()]);
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
