import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { fakeIo } from './support/fake-io';

const good = readFileSync('policies/bitrix24.json', 'utf8');

describe('cli', () => {
  it('lints valid policies and the JSON Schema beside them with exit 0', async () => {
    const io = fakeIo({ 'a.json': good, 'schema.json': readFileSync('policies/schema.json', 'utf8') });
    expect(await runCli(['lint', 'a.json', 'schema.json'], io)).toBe(0);
    expect(io.stdout.map((l) => JSON.parse(l).ok)).toEqual([true, true]);
    expect(io.stderr).toEqual([]);
  });

  it('names file, line and column for bad JSON, and the JSON path for schema errors, exit 1', async () => {
    const wrongType = JSON.stringify({ ...JSON.parse(good), sla: { commitment: 'maybe', tiers: [] } });
    const io = fakeIo({ 'broken.json': '{\n  "id": "x",\n}', 'typed.json': wrongType, 'ok.json': good });
    expect(await runCli(['lint', 'broken.json', 'typed.json', 'ok.json', 'missing.json'], io)).toBe(1);
    expect(io.stderr[0]).toBe("broken.json: line 3, column 1: expected a double-quoted string, found '}'");
    expect(io.stderr[1]).toMatch(/^typed\.json: \$\.sla\.commitment: /);
    expect(io.stderr).toContain('missing.json: no such file');
    expect(io.stdout).toHaveLength(1);
  });

  it('answers bad usage with exit 2 and one line', async () => {
    const io = fakeIo();
    expect(await runCli(['frobnicate'], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/^unknown command "frobnicate"/);
    expect(await runCli(['lint'], fakeIo())).toBe(2);
  });
});
