// Runs the emulator alone in this process (its own core), for the benchmark's loopback client.
import { createEmulator } from '../src/index.ts';

const emulator = await createEmulator({ callbackUrls: [process.argv[2] ?? 'http://127.0.0.1:9/cb'], refreshProcessingMs: 0 });
process.stdout.write(`${JSON.stringify({ url: emulator.url, consumerKey: emulator.app.consumerKey, consumerSecret: emulator.app.consumerSecret })}\n`);
process.on('SIGTERM', () => void emulator.close().then(() => process.exit(0)));
