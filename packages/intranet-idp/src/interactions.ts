import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errors } from 'oidc-provider';
import type Provider from 'oidc-provider';
import type { Interaction } from 'oidc-provider';
import { loginPage, messagePage, pageHeaders, STYLESHEET_PATH } from './pages.ts';
import type { UserDirectory } from './users.ts';

const stylesheet = readFileSync(new URL('./assets/idp.css', import.meta.url));
const MAX_FORM_BYTES = 16 * 1024;
const BAD_CREDENTIALS = 'The username or password is incorrect.';

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * The IdP's own pages, served next to oidc-provider: the login form of `/interaction/:uid`
 * (devInteractions is off) and its stylesheet. Returns undefined for paths that belong to the provider.
 */
export function interactionRoute(
  provider: Provider,
  users: UserDirectory,
  formTargets: readonly string[],
  method: string,
  pathname: string,
): Handler | undefined {
  const send = (res: ServerResponse, status: number, body: string) => {
    res.writeHead(status, pageHeaders(formTargets)).end(body);
  };

  if (method === 'GET' && pathname === STYLESHEET_PATH) {
    return async (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'max-age=3600' });
      res.end(stylesheet);
    };
  }

  // Browsers ask for it on every page; a 404 would show up as a console error.
  if (method === 'GET' && pathname === '/favicon.ico') {
    return async (_req, res) => {
      res.writeHead(204, { 'Cache-Control': 'max-age=86400' }).end();
    };
  }

  const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(pathname);
  if (!match) return undefined;
  const [, uid = '', login] = match;

  /** The pending interaction, or undefined after answering with an "expired" page. */
  const details = async (req: IncomingMessage, res: ServerResponse): Promise<Interaction | undefined> => {
    try {
      const interaction = await provider.interactionDetails(req, res);
      if (interaction.uid === uid) return interaction;
    } catch (err) {
      if (!(err instanceof errors.SessionNotFound)) throw err;
    }
    send(res, 400, messagePage('Sign-in expired', 'This sign-in page has expired or was already used. Go back to the application and sign in again.'));
    return undefined;
  };

  const clientName = async (interaction: Interaction) => {
    const client = await provider.Client.find(String(interaction.params.client_id));
    return client?.clientName ?? 'the application';
  };

  if (method === 'GET' && !login) {
    return async (req, res) => {
      const interaction = await details(req, res);
      if (!interaction) return;
      if (interaction.prompt.name === 'consent') {
        await grantConsent(provider, req, res, interaction);
        return;
      }
      send(res, 200, loginPage({ uid, clientName: await clientName(interaction) }));
    };
  }

  if (method === 'POST' && login) {
    return async (req, res) => {
      const form = await readForm(req);
      const interaction = await details(req, res);
      if (!interaction) return;
      const username = form.get('username') ?? '';
      const user = users.authenticate(username, form.get('password') ?? '');
      if (!user) {
        // 200, not 401: it is a page shown again, and browsers log every 4xx page as a console error.
        send(res, 200, loginPage({ uid, clientName: await clientName(interaction), username, error: BAD_CREDENTIALS }));
        return;
      }
      await provider.interactionFinished(req, res, { login: { accountId: user.sub } }, { mergeWithLastSubmission: false });
    };
  }

  return async (_req, res) => {
    res.writeHead(405, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Method Not Allowed');
  };
}

/**
 * `loadExistingGrant` already grants everything a first-party client asks for, so the consent prompt
 * comes up only when the client forces it (`prompt=consent`, e.g. for a refresh token): finish it
 * here without showing anything.
 */
async function grantConsent(provider: Provider, req: IncomingMessage, res: ServerResponse, interaction: Interaction) {
  const accountId = interaction.session?.accountId;
  const clientId = String(interaction.params.client_id);
  const existing = interaction.grantId ? await provider.Grant.find(interaction.grantId) : undefined;
  const grant = existing ?? new provider.Grant({ accountId, clientId });
  const missing = interaction.prompt.details as {
    missingOIDCScope?: string[];
    missingOIDCClaims?: string[];
    missingResourceScopes?: Record<string, string[]>;
  };
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) {
    grant.addResourceScope(indicator, scopes.join(' '));
  }
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) return new URLSearchParams();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) throw new Error('Form too large');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}
