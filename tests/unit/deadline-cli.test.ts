import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { fakeIo } from './support/fake-io';
import { CONTRACT_POLICY } from './support/contract-policy';

const EXAMPLE = JSON.stringify(CONTRACT_POLICY);

async function run(args: string[], files: Record<string, string> = {}) {
  const io = fakeIo({ 'example.json': EXAMPLE, ...files });
  const code = await runCli(['deadline', ...args], io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe('cli deadline', () => {
  it('prints the contract fields in order, instants in the policy zone, remainingMinutes only with --now', async () => {
    const base = ['--policy', 'example.json', '--tier', 'critical', '--received', '2026-11-20T09:30:00Z'];
    const plain = await run(base);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toEqual([
      '{"policy":"example","tier":"critical","commitment":"guaranteed","received":"2026-11-20T12:30:00+03:00","clockStart":"2026-11-20T12:30:00+03:00","earliest":"2026-11-20T14:30:00+03:00","deadline":"2026-11-23T11:30:00+03:00"}',
    ]);
    const withNow = await run([...base, '--now', '2026-11-23T12:00:30+03:00', '--pause', '2026-11-23T10:00:00+03:00/2026-11-23T10:30:00+03:00']);
    expect(JSON.parse(withNow.stdout[0]!)).toMatchObject({ deadline: '2026-11-23T12:00:00+03:00', remainingMinutes: -0.5 });
    expect(Object.keys(JSON.parse(withNow.stdout[0]!))).toEqual([
      'policy', 'tier', 'commitment', 'received', 'clockStart', 'earliest', 'deadline', 'remainingMinutes',
    ]);
  });

  it('under a "none" commitment: deadline and earliest null, remainingMinutes null with --now', async () => {
    const none = JSON.stringify({ ...JSON.parse(EXAMPLE), sla: { ...JSON.parse(EXAMPLE).sla, commitment: 'none' } });
    const r = await run(['--policy', 'none.json', '--tier', 'critical', '--received', '2026-11-20T09:30:00Z', '--now', '2026-11-20T10:00:00Z'], { 'none.json': none });
    expect(JSON.parse(r.stdout[0]!)).toMatchObject({ commitment: 'none', earliest: null, deadline: null, remainingMinutes: null });
  });

  it('takes a bundled policy id; an indicative policy says so', async () => {
    const r = await run(['--policy', 'bitrix24', '--tier', 'response', '--received', '2026-11-23T06:00:00Z', '--now', '2026-11-23T07:00:00Z']);
    expect(JSON.parse(r.stdout[0]!)).toMatchObject({ commitment: 'indicative', earliest: '2026-11-23T09:00:00Z', deadline: '2026-11-25T16:00:00Z', remainingMinutes: 1740 });
  });

  it('answers a batch line by line, in order, with id; a bad line gets {"id","error"} and the batch goes on', async () => {
    const lines = [
      { id: 'a', policy: 'example.json', tier: 'partial', received: '2025-12-31T17:00:00+03:00' },
      { id: 'b', policy: 'example.json', tier: 'urgent', received: '2026-11-20T09:30:00Z' },
      { id: 'c', policy: 'example.json', tier: 'critical', received: 'yesterday' },
      { id: 'd', policy: 'example.json', tier: 'critical', received: '2026-11-23T10:00:00+03:00', pauses: [['2026-11-23T12:00:00+03:00', '2026-11-23T11:00:00+03:00']] },
      { id: 'e', policy: 'example.json', tier: 'critical', received: '2026-11-23T10:00:00+03:00', pauses: [['2026-11-22T12:00:00+03:00', '2026-11-23T11:00:00+03:00']] },
      { id: 'f', policy: 'ixxo', tier: 'any', received: '2026-11-23T10:00:00Z' },
      { id: 7, policy: 'example.json', tier: 'critical', received: '2026-11-23T10:00:00+03:00', now: '2026-11-23T11:00:00+03:00', pauses: [['2026-11-23T11:00:00+03:00', '2026-11-23T12:00:00+03:00']] },
    ];
    const text = `${lines.map((l) => JSON.stringify(l)).join('\n')}\n{broken\n`;
    const r = await run(['--batch', 'batch.jsonl'], { 'batch.jsonl': text });
    expect(r.code).toBe(1);
    const out = r.stdout.map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 7, null]);
    expect(out[0]).toEqual({
      id: 'a', policy: 'example', tier: 'partial', commitment: 'guaranteed', received: '2025-12-31T17:00:00+03:00',
      clockStart: '2025-12-31T17:00:00+03:00', earliest: null, deadline: '2026-01-05T17:00:00+03:00',
    });
    expect(out[1].error).toBe('unknown tier "urgent" for policy example; known tiers: critical, partial, consultation');
    expect(out[2].error).toMatch(/^received: cannot read "yesterday" as an ISO-8601 instant/);
    expect(out[3].error).toMatch(/ends before it starts/);
    expect(out[4].error).toMatch(/starts before the ticket was received/);
    expect(out[5].error).toMatch(/policy ixxo has no tiers/);
    expect(out[6]).toMatchObject({ deadline: '2026-11-23T17:00:00+03:00', remainingMinutes: 300 });
    expect(r.stderr).toHaveLength(6);
    expect(r.stderr[0]).toMatch(/^batch\.jsonl:2: unknown tier "urgent"/);
  });

  it('reports a malformed batch line field by name', async () => {
    const r = await run(['--batch', 'b.jsonl'], { 'b.jsonl': '{"id":1,"policy":"iexexchanger","tier":"critical","received":5}\n{"id":2,"policy":"iexexchanger","tier":"critical","received":"2026-11-23T10:00:00Z","pauses":[["2026-11-23T10:00:00Z"]]}' });
    expect(r.stdout.map((l) => JSON.parse(l).error)).toEqual(['"received" must be a string', '"pauses"[0] must be a pair [start, end] of ISO-8601 instants']);
  });

  it('errors are one line on stderr with exit 1; bad usage exits 2', async () => {
    const unknownTier = await run(['--policy', 'example.json', '--tier', 'x', '--received', '2026-11-20T09:30:00Z']);
    expect([unknownTier.code, unknownTier.stderr, unknownTier.stdout]).toEqual([1, ['unknown tier "x" for policy example; known tiers: critical, partial, consultation'], []]);
    const badPause = await run(['--policy', 'example.json', '--tier', 'critical', '--received', '2026-11-20T09:30:00Z', '--pause', '2026-11-20T10:00:00Z']);
    expect([badPause.code, badPause.stderr]).toEqual([1, ['--pause "2026-11-20T10:00:00Z": expected <start>/<end>, two ISO-8601 instants']]);
    const backwards = await run(['--policy', 'example.json', '--tier', 'critical', '--received', '2026-11-20T09:30:00Z', '--pause', '2026-11-20T12:00:00Z/2026-11-20T11:00:00Z']);
    expect([backwards.code, backwards.stderr]).toEqual([1, ['pause 2026-11-20T12:00:00Z/2026-11-20T11:00:00Z ends before it starts']]);
    expect((await run(['--policy', 'nope', '--tier', 'x', '--received', '2026-11-20T09:30:00Z'])).stderr[0]).toMatch(/^unknown policy "nope"/);
    expect((await run(['--policy', 'missing.json', '--tier', 'x', '--received', '2026-11-20T09:30:00Z'])).stderr).toEqual(['missing.json: no such file']);
    for (const args of [['--policy', 'example.json', '--tier', 'critical'], ['--batch', 'b.jsonl', '--tier', 'x'], ['--frequency', '2'], ['stray']]) {
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toHaveLength(1);
    }
  });

  it('reads a seed policy file as well as its id', async () => {
    const file = { 'iex.json': readFileSync('policies/iexexchanger.json', 'utf8') };
    const args = ['--tier', 'consultation', '--received', '2026-11-23T10:00:00+03:00'];
    expect((await run(['--policy', 'iex.json', ...args], file)).stdout).toEqual((await run(['--policy', 'iexexchanger', ...args])).stdout);
  });
});
