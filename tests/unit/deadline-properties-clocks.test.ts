import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deadlineFor } from '../../src/deadline/index';
import { policySchema } from '../../src/policy/schema';
import { caseArbitrary, policyArbitrary } from './support/deadline-arbitraries';
import { expectSameAsReference } from './support/compare-deadline';
import { referenceWorkingMinutes } from './support/reference-deadline';

const WEEK = 7 * 86_400_000;
const THURSDAY = Date.UTC(2026, 0, 1); // a Thursday, midnight UTC

describe('deadline engine against the minute-stepping reference: pauses going on, calendar clock', () => {
  it('generates policies the schema accepts', () => {
    for (const policy of fc.sample(policyArbitrary('business'), 300)) expect(policySchema.parse(policy)).toEqual(policy);
  });

  it('a pause still going on stops the business clock until now', { timeout: 120_000 }, () => {
    fc.assert(fc.property(caseArbitrary({ clock: 'business', openPauses: true }), expectSameAsReference), {
      numRuns: 1500,
    });
  });

  it('a calendar clock ignores schedule and holidays; pauses stop it', { timeout: 120_000 }, () => {
    fc.assert(fc.property(caseArbitrary({ clock: 'calendar', openPauses: false }), expectSameAsReference), {
      numRuns: 4000,
    });
    fc.assert(fc.property(caseArbitrary({ clock: 'calendar', openPauses: true }), expectSameAsReference), {
      numRuns: 1000,
    });
  });

  it('a target that uses up all working time of the coming week ends at its last interval’s end, not the next opening', () => {
    const start = fc.oneof(
      fc.integer({ min: -60, max: 100 }).map((weeks) => THURSDAY + weeks * WEEK),
      fc.integer({ min: THURSDAY / 60_000 - 60 * 10_080, max: THURSDAY / 60_000 + 100 * 10_080 }).map((m) => m * 60_000),
    );
    fc.assert(
      fc.property(policyArbitrary('business'), start, (policy, received) => {
        const minutes = referenceWorkingMinutes(policy, received, received + WEEK);
        fc.pre(minutes > 0);
        const tier = { ...policy.sla.tiers[0]!, target: `${minutes}m` };
        delete tier.from;
        expectSameAsReference({ policy: { ...policy, sla: { ...policy.sla, tiers: [tier] } }, tierId: 't', received, pauses: [] });
      }),
      { numRuns: 400 },
    );
  });

  it('a business clock on a 24/7 schedule runs exactly like a calendar clock, DST or not', () => {
    const allDay = ['00:00-24:00'];
    fc.assert(
      fc.property(caseArbitrary({ clock: 'calendar', openPauses: false }), fc.integer({ min: 0, max: 59_999 }), (c, extra) => {
        const tier = c.policy.sla.tiers[0]!;
        const around = { ...c.policy, schedule: { ...c.policy.schedule, holidays: [], week: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay } } };
        const business = { ...around, sla: { ...around.sla, tiers: [{ ...tier, clock: 'business' as const }] } };
        const iso = (ms: number) => new Date(ms + extra).toISOString();
        const options = { now: iso(c.now ?? c.received), pauses: c.pauses.map(([start, end]) => ({ start: iso(start), end: iso(end!) })) };
        const { clock: _calendar, ...calendarResult } = deadlineFor(around, 't', iso(c.received), options);
        const { clock: _business, ...businessResult } = deadlineFor(business, 't', iso(c.received), options);
        expect(businessResult).toEqual(calendarResult);
      }),
      { numRuns: 3000 },
    );
  });

  it('at millisecond precision: the whole target remains at clock start, none at the deadline', () => {
    const withMillis = fc.tuple(caseArbitrary({ clock: 'business', openPauses: false }), fc.integer({ min: 1, max: 59_999 }));
    fc.assert(
      fc.property(withMillis, ([c, extra]) => {
        const iso = (ms: number) => new Date(ms).toISOString();
        const pauses = c.pauses.map(([start, end]) => ({ start: iso(start + extra), end: iso(end! + extra) }));
        const received = iso(c.received + extra);
        const first = deadlineFor(c.policy, 't', received, { pauses });
        const atStart = deadlineFor(c.policy, 't', received, { pauses, now: first.clockStart });
        const atDeadline = deadlineFor(c.policy, 't', received, { pauses, now: first.deadline! });
        expect(atStart.remainingMinutes).toBeCloseTo(first.targetMinutes, 9);
        expect(atDeadline.remainingMinutes).toBe(0);
        expect(Date.parse(first.deadline!)).toBeGreaterThan(Date.parse(first.clockStart));
      }),
      { numRuns: 3000 },
    );
  });
});
