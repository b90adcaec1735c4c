// `npm test`: type check, then every vitest project (unit and end-to-end), then one plain
// closing line `tests: N passed, N failed` read from vitest's JSON report, because CI reads
// only that line. Exits non-zero on any failure or when no test ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status ?? 1;
const report = 'test-results/vitest.json';

if (run('npx', ['tsc', '--noEmit']) !== 0) {
  console.log('type check failed');
  console.log('tests: 0 passed, 1 failed');
  process.exit(1);
}

mkdirSync('test-results', { recursive: true });
rmSync(report, { force: true });
const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)]);

let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests ?? 0;
  // A file that failed without a failed test (it did not load) counts once; a file whose tests failed is counted by them.
  const brokenFiles = (json.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed'),
  ).length;
  failed = (json.numFailedTests ?? 0) + brokenFiles;
} else {
  failed = 1;
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(status !== 0 || failed > 0 || passed === 0 ? 1 : 0);
