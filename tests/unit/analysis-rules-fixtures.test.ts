import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { customerSegments } from '../../src/analysis/thread';
import { detectScope } from '../../src/analysis/scope';
import { detectSignals } from '../../src/analysis/signals';
import { suggestTier } from '../../src/analysis/tier';
import { bundledPolicy } from '../../src/policy/bundled';
import { ticketSchema } from '../../src/ticket/schema';

/** Labeled cases of the rule detectors (tests/fixtures/rules/*.jsonl), in the shape of the shared samples. */
interface Case {
  id: string;
  policy: string;
  ticket: unknown;
  expect: {
    outOfScope?: boolean;
    categories?: string[];
    categoriesAlso?: string[];
    signals?: string[];
    noSignals?: string[];
    tier?: string;
  };
}

const DIR = 'tests/fixtures/rules';
const cases: Case[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) =>
    readFileSync(`${DIR}/${f}`, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as Case),
  );

describe('labeled rule cases', () => {
  it('cover every policy in both languages, with enough cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.policy))).toEqual(new Set(['iexexchanger', 'bitrix24', 'ixxo']));
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const policy = bundledPolicy(c.policy)!;
    const ticket = ticketSchema.parse(c.ticket);
    const segments = customerSegments(ticket);
    const e = c.expect;

    const scope = detectScope(policy, segments);
    if (e.outOfScope !== undefined) expect(scope.outOfScope, JSON.stringify(scope.flags)).toBe(e.outOfScope);
    if (e.outOfScope) {
      const got = scope.flags.map((f) => f.category);
      const allowed = [...(e.categories ?? []), ...(e.categoriesAlso ?? [])];
      expect(got).toEqual(expect.arrayContaining(e.categories ?? []));
      expect(got.filter((g) => !allowed.includes(g))).toEqual([]);
    }

    const signals = detectSignals(policy, ticket, segments).map((s) => s.id);
    expect(signals).toEqual(expect.arrayContaining(e.signals ?? []));
    expect(signals.filter((s) => (e.noSignals ?? []).includes(s))).toEqual([]);

    if (e.tier !== undefined) expect(suggestTier(policy, segments, ticket).suggested).toBe(e.tier);
  });
});
