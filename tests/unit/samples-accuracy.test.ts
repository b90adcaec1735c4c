import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseTicket } from '../../src/analysis';
import { bundledPolicy } from '../../src/policy/bundled';
import { ticketSchema } from '../../src/ticket/schema';
import { bareUrl as bare, readLabeled, type LabeledCase } from './support/labeled';

const SAMPLES = fileURLToPath(new URL('../../../shared/samples/tickets.jsonl', import.meta.url));
const OWN = ['core-cases.jsonl', 'core-blind.jsonl'].map((f) => fileURLToPath(new URL(`../fixtures/tickets/${f}`, import.meta.url)));

function check(c: LabeledCase) {
  const policy = bundledPolicy(c.policy);
  if (!policy) throw new Error(`${c.id}: unknown policy ${c.policy}`);
  const findings = analyseTicket(policy, ticketSchema.parse(c.ticket));
  const got = Object.fromEntries(findings.checklist.map((i) => [i.id, i.status]));
  const want = c.expect.checklist ?? {};
  expect(Object.fromEntries(Object.keys(want).map((k) => [k, got[k]])), `${c.id} checklist`).toEqual(want);
  const ignore = new Set((c.expect.linksIgnore ?? []).map(bare));
  const flagged = findings.links.filter((l) => l.verdict === 'not-opened').map((l) => bare(l.url)).filter((u) => !ignore.has(u));
  expect(flagged.sort(), `${c.id} links`).toEqual((c.expect.links ?? []).map(bare).sort());
}

describe.skipIf(!existsSync(SAMPLES))('the shared labeled samples', () => {
  it.each(existsSync(SAMPLES) ? readLabeled(SAMPLES).map((c) => [c.id, c] as const) : [])('%s', (_id, c) => check(c));
});

describe('our own labeled cases (English, Russian, mixed; hard negatives)', () => {
  const cases = OWN.flatMap((path) => readLabeled(path));
  it('has at least 40 cases in both languages', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => check(c));
});
