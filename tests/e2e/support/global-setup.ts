import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Builds the e2e variant of the extension once per run (skip with E2E_SKIP_BUILD=1 while iterating). */
export default function setup(): void {
  if (!existsSync('/usr/bin/chromium')) {
    const r = spawnSync('bash', ['tests/support/install-system-deps.sh'], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('could not install Chromium for the end-to-end tests');
  }
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync('.output/chrome-mv3-e2e/manifest.json')) return;
  const build = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build:e2e failed');
}
