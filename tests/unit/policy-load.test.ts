import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_POLICIES } from '../../src/policy/bundled';
import { policyJsonSchemaText } from '../../src/policy/json-schema';
import { loadPolicyText } from '../../src/policy/load';
import { CONTRACT_POLICY } from './support/contract-policy';

/** Only the contract's pinned fields. */
const pinnedOnly = CONTRACT_POLICY;

function problems(value: unknown): string[] {
  const result = loadPolicyText(typeof value === 'string' ? value : JSON.stringify(value));
  return result.ok ? [] : result.problems.map((p) => `${p.where}: ${p.message}`);
}

function withSchedule(patch: Record<string, unknown>) {
  return { ...pinnedOnly, schedule: { ...pinnedOnly.schedule, ...patch } };
}

describe('policy loading', () => {
  it('loads a policy holding only the pinned fields, other sections empty', () => {
    const result = loadPolicyText(JSON.stringify(pinnedOnly));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.policy.checklist).toEqual([]);
    expect(result.policy.scope.outOfScope).toEqual([]);
    expect(result.policy.links).toEqual([]);
    expect(result.policy.signals).toEqual([]);
  });

  it('names line and column of a JSON syntax error', () => {
    expect(problems('{\n  "id": "x",\n  "name": }')).toEqual([
      "line 3, column 11: expected a value, found '}'",
    ]);
    expect(problems('{"id": "x",')[0]).toMatch(/^line 1, column 12: /);
  });

  it.each([
    ['an hour of 25', withSchedule({ week: { ...pinnedOnly.schedule.week, mon: ['10:00-25:00'] } }), '$.schedule.week.mon[0]'],
    ['overlapping intervals', withSchedule({ week: { ...pinnedOnly.schedule.week, tue: ['10:00-14:00', '13:00-18:00'] } }), '$.schedule.week.tue[1]'],
    ['an interval ending before it starts', withSchedule({ week: { ...pinnedOnly.schedule.week, wed: ['18:00-10:00'] } }), '$.schedule.week.wed[0]'],
    ['an unknown timezone', withSchedule({ timezone: 'Mars/Olympus' }), '$.schedule.timezone'],
    ['a holiday that is no date', withSchedule({ holidays: ['2026-02-30'] }), '$.schedule.holidays[0]'],
    ['a wrong type', { ...pinnedOnly, name: 42 }, '$.name'],
    ['a missing section', { id: 'x', name: 'X', schedule: pinnedOnly.schedule }, '$.sla'],
    [
      'bd on a calendar clock',
      { ...pinnedOnly, sla: { commitment: 'guaranteed', tiers: [{ id: 'a', label: 'A', target: '2bd', clock: 'calendar' }] } },
      '$.sla.tiers[0].target',
    ],
    [
      'duplicate tier ids',
      { ...pinnedOnly, sla: { commitment: 'guaranteed', tiers: [pinnedOnly.sla.tiers[0], pinnedOnly.sla.tiers[0]] } },
      '$.sla.tiers[1].id',
    ],
    [
      'a zero duration',
      { ...pinnedOnly, sla: { commitment: 'guaranteed', tiers: [{ id: 'a', label: 'A', target: '0h' }] } },
      '$.sla.tiers[0].target',
    ],
  ])('rejects %s with its JSON path', (_name, policy, path) => {
    const found = problems(policy);
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((p) => p.split(': ')[0])).toContain(path);
  });

  it('accepts 24:00 as an end and a night shift split at midnight', () => {
    expect(problems(withSchedule({ week: { ...pinnedOnly.schedule.week, sat: ['22:00-24:00'], sun: ['00:00-06:00'] } }))).toEqual([]);
  });

  it('survives deeply nested and huge junk without crashing', () => {
    expect(problems('['.repeat(100_000))[0]).toMatch(/^line 1, column 100001: /);
    expect(problems('x'.repeat(1_000_000))[0]).toMatch(/^line 1, column 1: /);
  });

  it('publishes a JSON Schema that is current', () => {
    expect(readFileSync('policies/schema.json', 'utf8')).toBe(policyJsonSchemaText());
  });

  it('lints every bundled policy file', () => {
    for (const id of ['iexexchanger', 'ixxo', 'bitrix24']) {
      expect(problems(readFileSync(`policies/${id}.json`, 'utf8'))).toEqual([]);
    }
    expect(BUNDLED_POLICIES.map((p) => p.id)).toEqual(['iexexchanger', 'ixxo', 'bitrix24']);
  });
});
