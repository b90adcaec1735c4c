// `npm start` opens Debian's Chromium with the extension; install it first when it is missing.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (!existsSync('/usr/bin/chromium')) {
  const r = spawnSync('bash', ['tests/support/install-system-deps.sh'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
