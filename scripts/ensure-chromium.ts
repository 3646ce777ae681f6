// Before the browser tests: Debian's Chromium where it is (CHROMIUM_PATH, else /usr/bin/chromium);
// missing, and running as root on Debian, it is installed with apt-get; otherwise one sentence says
// what to run. Playwright never downloads a browser here (the machines have no such network).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  const asRoot = process.getuid?.() === 0;
  const debian = existsSync('/etc/debian_version');
  if (process.env.CHROMIUM_PATH || !asRoot || !debian) {
    console.error(process.env.CHROMIUM_PATH
      ? `The browser tests need Chromium at CHROMIUM_PATH (${path}), which does not exist: point it at a Chromium binary.`
      : 'The browser tests need Debian\'s Chromium: run "sudo apt-get install -y chromium" (or set CHROMIUM_PATH to a Chromium binary), then run the tests again.');
    process.exit(1);
  }
  console.log('Chromium is missing: installing Debian\'s chromium package (a minute or so)…');
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
    const run = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (run.status !== 0) {
      console.error(`"apt-get ${args.join(' ')}" failed: install Chromium with "apt-get install -y chromium", then run the tests again.`);
      process.exit(1);
    }
  }
  if (!existsSync(path)) {
    console.error(`apt-get installed chromium, but ${path} is still missing: set CHROMIUM_PATH to its binary.`);
    process.exit(1);
  }
}
