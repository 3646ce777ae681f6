// pnpm --filter @sfsearch/salesforce-emulator start -- --port 4010 [--callback-url URL]… [--seed N] [--extra-users N]
import { parseArgs } from 'node:util';
import { createEmulator } from './emulator.ts';
import { DEMO_PASSWORD } from './org/seed-people.ts';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    seed: { type: 'string', default: '1' },
    'callback-url': { type: 'string', multiple: true, default: [] },
    rotation: { type: 'boolean', default: false },
    // user1@… to userN@… besides the seeded people, as many as a benchmark has simulated people.
    'extra-users': { type: 'string', default: '0' },
  },
});

const emulator = await createEmulator({
  port: Number(values.port),
  host: values.host,
  seed: Number(values.seed),
  extraUsers: Number(values['extra-users']),
  callbackUrls: values['callback-url'],
  app: { refreshTokenRotation: values.rotation },
});
const { app, org } = emulator;
console.log(`Salesforce emulator listening on ${emulator.url}`);
console.log(`  org: ${org.name} (${org.id}), ${[...org.records.values()].reduce((n, r) => n + r.length, 0)} records`);
console.log(`  connected app "${app.name}"`);
console.log(`    consumer key:    ${app.consumerKey}`);
console.log(`    consumer secret: ${app.consumerSecret}`);
console.log(`    callback URLs:   ${app.callbackUrls.join(', ') || '(none: pass --callback-url)'}`);
console.log(`  users (password "${DEMO_PASSWORD}"): ${org.users.map((u) => u.username).join(', ')}`);

const stop = () => void emulator.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
