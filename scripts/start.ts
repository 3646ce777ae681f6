// pnpm start: runs the local stack on loopback ports. Today that is the Salesforce emulator;
// the BFF, the widget and the intranet IdP join it as their issues land (see README).
import { createEmulator, DEMO_PASSWORD } from '@sfsearch/salesforce-emulator';

const PUBLIC_URL = process.env.PUBLIC_URL ?? 'http://127.0.0.1:3000';
const port = Number(process.env.SF_EMULATOR_PORT ?? 4010);

const emulator = await createEmulator({
  port,
  callbackUrls: [`${PUBLIC_URL}/marketplace/salesforce/account/sign-in/oauth2`],
});
const { app, org } = emulator;
console.log(`Salesforce emulator (${org.name}) on ${emulator.url}`);
console.log(`  login host for the admin page: ${emulator.url}`);
console.log(`  consumer key:    ${app.consumerKey}`);
console.log(`  consumer secret: ${app.consumerSecret}`);
console.log(`  callback URL:    ${app.callbackUrls[0]}`);
console.log(`  Salesforce users (password "${DEMO_PASSWORD}"): ${org.users.map((u) => u.username).join(', ')}`);
console.log('Press Ctrl-C to stop.');

const stop = () => void emulator.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
