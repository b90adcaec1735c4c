// `npm start`: serves a demo ticket page on 127.0.0.1 and runs WXT's dev mode, which builds the
// extension, opens Debian's Chromium with it loaded on that page, and reloads it on every change.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';

if (!existsSync('/usr/bin/chromium')) {
  const r = spawnSync('bash', ['tests/support/install-system-deps.sh'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const DEMO = 'tests/fixtures/sites/zendesk.html';
const server = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(DEMO));
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const url = `http://127.0.0.1:${port}/agent/tickets/4821`;
  console.log(`Demo ticket page: ${url}`);
  const wxt = spawn('npx', ['wxt', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TRIAGE_LENS_START_URL: url },
  });
  wxt.on('exit', (code) => {
    server.close();
    process.exit(code ?? 0);
  });
});
