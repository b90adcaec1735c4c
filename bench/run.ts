// `npm run bench [name]`: runs every bench/*.bench.ts in turn; each prints its own lines.
// Each bench is bundled first, as the extension's code is: run straight through tsx, every closure pays for the
// name-keeping wrapper tsx adds (about a tenth of a small ticket's analysis), which no shipped build carries.
// Each runs in a process of its own, so one bench's megabyte inputs leave no heap or compiled code behind for the next.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const only = process.argv[2];
const here = fileURLToPath(new URL('.', import.meta.url));
// A sibling of bench/, so the benches' paths relative to their own file still point into the project.
const out = fileURLToPath(new URL('../.bench-build/', import.meta.url));
rmSync(out, { recursive: true, force: true });

for (const file of readdirSync(here).filter((f) => f.endsWith('.bench.ts')).sort()) {
  if (only && !file.includes(only)) continue;
  console.log(`== ${file}`);
  const outfile = `${out}${file.replace(/\.ts$/, '.mjs')}`;
  await build({ entryPoints: [`${here}${file}`], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
  // --expose-gc: each measurement starts from a collected heap (see collectGarbage).
  const run = spawnSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit' });
  if (run.status !== 0) process.exitCode = 1;
}
