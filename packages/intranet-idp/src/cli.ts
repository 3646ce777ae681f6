// Starts the local intranet IdP: `node src/cli.ts --port 4400 --redirect-uri http://127.0.0.1:3000/auth/callback`.
import { parseArgs } from 'node:util';
import { createIntranetIdp } from './idp.ts';
import type { IdpClient } from './provider-config.ts';

const DEFAULT_PORT = 4400;
const DEFAULT_APP = 'http://127.0.0.1:3000';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: String(DEFAULT_PORT) },
    'issuer-url': { type: 'string' },
    'client-id': { type: 'string', default: 'sfsearch-bff' },
    'client-secret': { type: 'string', default: 'dev-intranet-idp-secret' },
    'redirect-uri': { type: 'string', multiple: true, default: [`${DEFAULT_APP}/auth/callback`] },
    'post-logout-redirect-uri': { type: 'string', multiple: true, default: [`${DEFAULT_APP}/`] },
    'token-endpoint-auth-method': { type: 'string', default: 'client_secret_post' },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
});

if (values.help) {
  console.log(`Usage: node src/cli.ts [options]
  --port N                          port on 127.0.0.1 (default ${DEFAULT_PORT}; 0 = any free port)
  --issuer-url URL                  public issuer origin (default http://127.0.0.1:PORT)
  --client-id ID                    relying party client_id (default sfsearch-bff)
  --client-secret SECRET            its client_secret
  --redirect-uri URL                allowed redirect URI (repeatable)
  --post-logout-redirect-uri URL    allowed post-logout redirect URI (repeatable)
  --token-endpoint-auth-method M    client_secret_post (default, openid-client's) or client_secret_basic`);
  process.exit(0);
}

const port = Number(values.port);
const authMethod = values['token-endpoint-auth-method'];
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a port number, got ${values.port}`);
if (authMethod !== 'client_secret_post' && authMethod !== 'client_secret_basic') {
  fail(`--token-endpoint-auth-method must be client_secret_post or client_secret_basic, got ${authMethod}`);
}

const client: IdpClient = {
  clientId: values['client-id'],
  clientSecret: values['client-secret'],
  redirectUris: values['redirect-uri'],
  postLogoutRedirectUris: values['post-logout-redirect-uri'],
  tokenEndpointAuthMethod: authMethod,
};

const idp = await createIntranetIdp({
  port,
  clients: [client],
  ...(values['issuer-url'] ? { issuerUrl: values['issuer-url'] } : {}),
});

console.log(`Intranet IdP listening on ${idp.issuer}`);
console.log(`  discovery: ${idp.issuer}/.well-known/openid-configuration`);
console.log(`  client:    ${client.clientId} → ${client.redirectUris.join(', ')}`);
for (const user of idp.users) {
  const role = user.groups.includes('intranet-admins') ? 'admin' : 'employee';
  console.log(`  sign in:   ${user.username} / ${user.password} (${user.name}, ${role})`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void idp.close().then(() => process.exit(0));
  });
}

function fail(message: string): never {
  console.error(`intranet-idp: ${message}`);
  process.exit(2);
}
