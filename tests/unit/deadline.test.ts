import { describe, expect, it } from 'vitest';
import { deadlineFor, type DeadlineOptions } from '../../src/deadline/index';
import { bundledPolicy } from '../../src/policy/bundled';
import { type Policy, type PolicyInput, policySchema } from '../../src/policy/schema';
import { CONTRACT_POLICY } from './support/contract-policy';

type Week = PolicyInput['schedule']['week'];
const ALL_DAY = ['00:00-24:00'];
const EVERY_DAY = (intervals: string[]): Week =>
  ({ mon: intervals, tue: intervals, wed: intervals, thu: intervals, fri: intervals, sat: intervals, sun: intervals });

function policy(timezone: string, week: Week, target: string, extra: { holidays?: string[]; from?: string; clock?: 'business' | 'calendar'; businessDay?: string } = {}): Policy {
  return policySchema.parse({
    id: 'test',
    name: 'Test',
    schedule: { timezone, week, holidays: extra.holidays ?? [], ...(extra.businessDay ? { businessDay: extra.businessDay } : {}) },
    sla: {
      commitment: 'guaranteed',
      tiers: [{ id: 't', label: 'T', target, clock: extra.clock ?? 'business', ...(extra.from ? { from: extra.from } : {}) }],
    },
  });
}

/** The contract's example policy. */
const CONTRACT: Policy = policySchema.parse(CONTRACT_POLICY);

const due = (p: Policy, tier: string, received: string, options?: DeadlineOptions) => deadlineFor(p, tier, received, options);

describe('deadline: the contract example policy (Moscow, Friday split shift)', () => {
  it('critical: earliest after 1 working hour, deadline after 6, skipping Friday lunch and the weekend', () => {
    const r = due(CONTRACT, 'critical', '2026-11-20T09:30:00Z'); // Fri 12:30 MSK
    expect(r).toMatchObject({
      policy: 'example',
      tier: 'critical',
      commitment: 'guaranteed',
      received: '2026-11-20T12:30:00+03:00',
      clockStart: '2026-11-20T12:30:00+03:00',
      earliest: '2026-11-20T14:30:00+03:00',
      deadline: '2026-11-23T11:30:00+03:00',
    });
  });

  it('a target reached exactly at an interval end is that end, not the next opening', () => {
    expect(due(CONTRACT, 'partial', '2026-11-19T10:00:00+03:00').deadline).toBe('2026-11-19T18:00:00+03:00');
    const threeHours = policy('Europe/Moscow', CONTRACT.schedule.week, '3h');
    expect(due(threeHours, 't', '2026-11-20T10:00:00+03:00').deadline).toBe('2026-11-20T13:00:00+03:00');
    // Six 8-hour days from Wednesday 09:00 use up the next week to its Wednesday 17:00 close.
    const weekdays = { ...EVERY_DAY(['09:00-17:00']), sat: [], sun: [] };
    expect(due(policy('UTC', weekdays, '6bd'), 't', '2026-11-18T09:00:00Z').deadline).toBe('2026-11-25T17:00:00Z');
  });

  it('received at an interval end or outside hours starts the clock at the next opening', () => {
    expect(due(CONTRACT, 'critical', '2026-11-20T13:00:00+03:00').clockStart).toBe('2026-11-20T14:00:00+03:00');
    expect(due(CONTRACT, 'critical', '2026-11-20T18:00:00+03:00').clockStart).toBe('2026-11-23T10:00:00+03:00');
    expect(due(CONTRACT, 'critical', '2026-11-21T15:00:00+03:00').clockStart).toBe('2026-11-23T10:00:00+03:00');
    expect(due(CONTRACT, 'critical', '2026-11-23T06:00:00+03:00').deadline).toBe('2026-11-23T16:00:00+03:00');
  });

  it('Friday evening: the last working hour counts, the rest lands on Monday', () => {
    expect(due(CONTRACT, 'critical', '2026-11-20T17:00:00+03:00').deadline).toBe('2026-11-23T15:00:00+03:00');
  });

  it('holidays next to a weekend (1–2 January 2026, Thu–Fri) are skipped with it', () => {
    expect(due(CONTRACT, 'partial', '2025-12-31T17:00:00+03:00').deadline).toBe('2026-01-05T17:00:00+03:00');
  });

  it('consultation: 1–3 business days of 8 h (Friday has only 7)', () => {
    const r = due(CONTRACT, 'consultation', '2026-11-20T17:30:00+03:00');
    expect([r.earliest, r.deadline]).toEqual(['2026-11-23T17:30:00+03:00', '2026-11-25T17:30:00+03:00']);
  });

  it('remaining working minutes: positive before, negative after, counted from now when now is before the clock starts', () => {
    const at = (now: string) => due(CONTRACT, 'critical', '2026-11-20T12:30:00+03:00', { now }).remainingMinutes;
    expect(at('2026-11-21T12:00:00+03:00')).toBe(90); // Saturday: Monday 10:00–11:30 is left
    expect(at('2026-11-23T12:00:00+03:00')).toBe(-30);
    expect(at('2026-11-24T10:30:00+03:00')).toBe(-420);
    expect(at('2026-11-20T10:00:00+03:00')).toBe(510); // before received: 10–13, 14–18, Monday 10–11:30
    expect(at('2026-11-23T10:00:30.5+03:00')).toBe(89.49166666666666);
  });
});

describe('deadline: the seed policies', () => {
  const iex = bundledPolicy('iexexchanger')!;

  it('iEXExchanger: critical 1–6 working hours, partial 1 business day, consultation 1–3 business days (Mon–Fri 10–18 MSK)', () => {
    const received = '2026-11-23T10:00:00+03:00'; // Monday opening
    expect(due(iex, 'critical', received)).toMatchObject({ earliest: '2026-11-23T11:00:00+03:00', deadline: '2026-11-23T16:00:00+03:00' });
    expect(due(iex, 'partial', received)).toMatchObject({ earliest: null, deadline: '2026-11-23T18:00:00+03:00' });
    expect(due(iex, 'consultation', received)).toMatchObject({ earliest: '2026-11-23T18:00:00+03:00', deadline: '2026-11-25T18:00:00+03:00' });
    expect(due(iex, 'critical', received).targetMinutes).toBe(360);
  });

  it('IXXO promises nothing: there is no tier to ask for, and the error says so', () => {
    expect(() => due(bundledPolicy('ixxo')!, 'critical', '2026-11-23T10:00:00Z')).toThrow(/no tiers.*"none"/);
  });

  it('Bitrix24 gives an indicative range, shown as such', () => {
    const r = due(bundledPolicy('bitrix24')!, 'response', '2026-11-23T06:00:00Z');
    expect(r).toMatchObject({ commitment: 'indicative', received: '2026-11-23T06:00:00Z', deadline: '2026-11-25T16:00:00Z' });
  });

  it('a tier under a "none" commitment gets no deadline and no earliest, never an invented one', () => {
    const none = policySchema.parse({ ...CONTRACT, sla: { ...CONTRACT.sla, commitment: 'none' } });
    const r = due(none, 'critical', '2026-11-20T12:30:00+03:00', { now: '2026-11-21T00:00:00Z' });
    expect(r).toMatchObject({ commitment: 'none', earliest: null, deadline: null, clockStart: '2026-11-20T12:30:00+03:00' });
    expect(r.remainingMinutes).toBeUndefined();
  });
});

describe('deadline: daylight-saving changes', () => {
  it('24/7 across the 23-hour spring-forward day (New York) counts elapsed hours', () => {
    const p = policy('America/New_York', EVERY_DAY(ALL_DAY), '24h');
    expect(due(p, 't', '2026-03-07T12:00:00-05:00').deadline).toBe('2026-03-08T13:00:00-04:00');
    expect(due(policy('America/New_York', EVERY_DAY(ALL_DAY), '1d'), 't', '2026-03-07T12:00:00-05:00').deadline).toBe(
      '2026-03-08T13:00:00-04:00',
    );
  });

  it('24/7 across the 25-hour fall-back day (New York, Europe/London)', () => {
    expect(due(policy('America/New_York', EVERY_DAY(ALL_DAY), '24h'), 't', '2026-10-31T12:00:00-04:00').deadline).toBe(
      '2026-11-01T11:00:00-05:00',
    );
    expect(due(policy('Europe/London', EVERY_DAY(ALL_DAY), '2d'), 't', '2026-10-24T12:00:00+01:00').deadline).toBe(
      '2026-10-26T11:00:00Z'.replace('Z', '+00:00'),
    );
  });

  it('spring forward: an end in the gap moves forward, and overlapping results merge (New York)', () => {
    const week = { ...EVERY_DAY([]), sun: ['01:00-02:30', '03:00-05:00'] };
    const p = policy('America/New_York', week, '3h');
    // 01:00 EST → 02:30 becomes 03:30 EDT, overlapping 03:00–05:00 EDT: 01:00 EST–05:00 EDT is 3 h.
    expect(due(p, 't', '2026-03-08T00:00:00-05:00').deadline).toBe('2026-03-08T05:00:00-04:00');
    // A normal Sunday: 1.5 h, then 1.5 h from 03:00.
    expect(due(p, 't', '2026-03-15T00:00:00-04:00').deadline).toBe('2026-03-15T04:30:00-04:00');
  });

  it('spring forward: an interval that lies inside the gap comes out empty and is dropped (London)', () => {
    const week = { ...EVERY_DAY([]), sun: ['01:00-02:00', '03:00-04:00'] };
    const r = due(policy('Europe/London', week, '1h'), 't', '2026-03-29T00:00:00Z');
    expect([r.clockStart, r.deadline]).toEqual(['2026-03-29T03:00:00+01:00', '2026-03-29T04:00:00+01:00']);
  });

  it('fall back: a repeated end takes the earlier instant (New York)', () => {
    const week = { ...EVERY_DAY([]), sun: ['00:00-01:30', '20:00-21:00'] };
    const r = due(policy('America/New_York', week, '100m'), 't', '2026-11-01T00:00:00-04:00');
    // 00:00–01:30 EDT is 90 minutes; the 10 left come at 20:00 EST.
    expect(r.deadline).toBe('2026-11-01T20:10:00-05:00');
  });

  it('30-minute DST (Lord Howe): a one-hour interval lasts 30 minutes in spring, 90 in autumn', () => {
    const week = { ...EVERY_DAY([]), sun: ['01:00-02:00', '02:00-03:00'] };
    const spring = due(policy('Australia/Lord_Howe', week, '90m'), 't', '2026-10-04T00:00:00+10:30');
    // 02:00–02:30 does not exist: 01:00–03:00 is 90 minutes that day.
    expect(spring.deadline).toBe('2026-10-04T03:00:00+11:00');
    const autumn = due(policy('Australia/Lord_Howe', { ...EVERY_DAY([]), sun: ['01:00-02:00'] }, '90m'), 't', '2026-04-05T00:00:00+11:00');
    expect(autumn.deadline).toBe('2026-04-05T02:00:00+10:30');
  });

  it('quarter- and half-hour zones: Kathmandu, Chatham, St. John’s', () => {
    const nineToFive = EVERY_DAY(['09:00-17:00']);
    expect(due(policy('Asia/Kathmandu', nineToFive, '2h'), 't', '2026-11-20T03:30:00Z').deadline).toBe('2026-11-20T11:15:00+05:45');
    // Chatham springs forward at 02:45 on 27 Sept 2026; 02:45–03:45 is the gap.
    const chatham = due(policy('Pacific/Chatham', EVERY_DAY(['02:00-05:00']), '150m'), 't', '2026-09-27T00:00:00+12:45');
    expect(chatham.deadline).toBe('2026-09-28T02:30:00+13:45');
    expect(due(policy('America/St_Johns', nineToFive, '30m'), 't', '2026-11-20T12:00:00Z').deadline).toBe('2026-11-20T09:30:00-03:30');
  });

  it('Santiago changes at midnight: 24:00 and 00:00 land in the gap and still touch', () => {
    // 6 Sept 2026: 00:00 becomes 01:00 (−04 → −03).
    const p = policy('America/Santiago', EVERY_DAY(['22:00-24:00', '00:00-02:00']), '3h');
    expect(due(p, 't', '2026-09-05T22:00:00-04:00').deadline).toBe('2026-09-06T02:00:00-03:00');
  });
});

describe('deadline: night shifts and holidays', () => {
  const night = EVERY_DAY(['00:00-06:00', '22:00-24:00']);

  it('22:00–24:00 and 00:00–06:00 run on as one shift', () => {
    expect(due(policy('Europe/Moscow', night, '5h'), 't', '2026-11-23T22:00:00+03:00').deadline).toBe('2026-11-24T03:00:00+03:00');
  });

  it('a holiday removes only its own date’s intervals: the shift before it keeps its first half', () => {
    const p = policy('Europe/Moscow', night, '5h', { holidays: ['2026-11-24'] });
    // Mon 22–24 counts; Tue 00–06 and Tue 22–24 are gone; Wed 00:00 + 3 h.
    expect(due(p, 't', '2026-11-23T22:00:00+03:00').deadline).toBe('2026-11-25T03:00:00+03:00');
  });
});

describe('deadline: units, clocks and pauses', () => {
  it('decimal durations and business days: 0.5bd, 1.5h; bd defaults to the longest weekday', () => {
    const week = { ...EVERY_DAY([]), mon: ['09:00-12:00', '13:00-18:00'], tue: ['09:00-13:00'] }; // longest: 8 h
    expect(due(policy('UTC', week, '0.5bd'), 't', '2026-11-23T09:00:00Z').deadline).toBe('2026-11-23T14:00:00Z');
    expect(due(policy('UTC', week, '1.5h'), 't', '2026-11-23T11:00:00Z').deadline).toBe('2026-11-23T13:30:00Z');
    expect(due(policy('UTC', week, '1bd', { businessDay: '4h' }), 't', '2026-11-23T09:00:00Z').deadline).toBe('2026-11-23T14:00:00Z');
  });

  it('d on a business clock is 1440 working minutes', () => {
    const r = due(policy('UTC', EVERY_DAY(['09:00-17:00']), '1d'), 't', '2026-11-23T09:00:00Z');
    expect(r.deadline).toBe('2026-11-25T17:00:00Z');
  });

  it('a calendar clock ignores schedule and holidays but stops for pauses', () => {
    const p = policy('Europe/Moscow', CONTRACT.schedule.week, '1d', { clock: 'calendar', holidays: ['2026-11-21'] });
    expect(due(p, 't', '2026-11-20T20:00:00+03:00').deadline).toBe('2026-11-21T20:00:00+03:00');
    const paused = due(p, 't', '2026-11-20T20:00:00+03:00', { pauses: [{ start: '2026-11-21T01:00:00+03:00', end: '2026-11-21T03:30:00+03:00' }] });
    expect(paused.deadline).toBe('2026-11-21T22:30:00+03:00');
  });

  it('closed pauses are removed from working time; outside hours they change nothing', () => {
    const received = '2026-11-23T10:00:00+03:00';
    const pauses = [{ start: '2026-11-23T11:00:00+03:00', end: '2026-11-23T12:00:00+03:00' }];
    expect(due(CONTRACT, 'critical', received, { pauses }).deadline).toBe('2026-11-23T17:00:00+03:00');
    const evening = [{ start: '2026-11-23T19:00:00+03:00', end: '2026-11-23T23:00:00+03:00' }];
    expect(due(CONTRACT, 'consultation', received, { pauses: evening }).deadline).toBe('2026-11-25T18:00:00+03:00');
  });

  it('a pause still going on stops the clock until now: the deadline moves, the remaining time stands', () => {
    const received = '2026-11-23T10:00:00+03:00';
    const pauses = [{ start: '2026-11-23T11:00:00+03:00' }];
    const at13 = due(CONTRACT, 'critical', received, { pauses, now: '2026-11-23T13:00:00+03:00' });
    expect(at13).toMatchObject({ deadline: '2026-11-23T18:00:00+03:00', remainingMinutes: 300, paused: true });
    const at14 = due(CONTRACT, 'critical', received, { pauses, now: '2026-11-23T14:00:00+03:00' });
    expect(at14).toMatchObject({ deadline: '2026-11-24T11:00:00+03:00', remainingMinutes: 300 });
    const notYet = due(CONTRACT, 'critical', received, { pauses: [{ start: '2026-11-23T15:00:00+03:00' }], now: '2026-11-23T13:00:00+03:00' });
    expect(notYet).toMatchObject({ deadline: '2026-11-23T16:00:00+03:00', paused: false });
  });

  it('instants keep milliseconds, written only when there are some, in the policy zone’s offset', () => {
    const r = due(CONTRACT, 'critical', '2026-11-23T07:00:00.250Z');
    expect([r.received, r.deadline]).toEqual(['2026-11-23T10:00:00.250+03:00', '2026-11-23T16:00:00.250+03:00']);
    expect(due(CONTRACT, 'critical', '2026-11-23T10:00').received).toBe('2026-11-23T10:00:00+03:00'); // no offset: policy zone
  });
});

describe('deadline: bad input gets a clear message', () => {
  it('names the unknown tier and the known ones', () => {
    expect(() => due(CONTRACT, 'urgent', '2026-11-23T10:00:00Z')).toThrow(
      'unknown tier "urgent" for policy example; known tiers: critical, partial, consultation',
    );
  });

  it('rejects unreadable instants, impossible dates and times', () => {
    expect(() => due(CONTRACT, 'critical', 'monday')).toThrow(/^received: cannot read "monday" as an ISO-8601 instant/);
    expect(() => due(CONTRACT, 'critical', '2026-02-30T10:00:00Z')).toThrow(/no such date/);
    expect(() => due(CONTRACT, 'critical', '2026-02-03T24:30:00Z')).toThrow(/no such time/);
    expect(() => due(CONTRACT, 'critical', '2026-02-03T10:00:00Z', { now: 'soon' })).toThrow(/^now: cannot read "soon"/);
  });

  it('rejects a pause that ends before it starts, starts before the ticket was received, or is open without now', () => {
    const received = '2026-11-23T10:00:00+03:00';
    expect(() => due(CONTRACT, 'critical', received, { pauses: [{ start: '2026-11-23T12:00:00+03:00', end: '2026-11-23T11:00:00+03:00' }] })).toThrow(
      'pause 2026-11-23T12:00:00+03:00/2026-11-23T11:00:00+03:00 ends before it starts',
    );
    expect(() => due(CONTRACT, 'critical', received, { pauses: [{ start: '2026-11-23T09:00:00+03:00', end: '2026-11-23T11:00:00+03:00' }] })).toThrow(
      /starts before the ticket was received \(2026-11-23T10:00:00\+03:00\)/,
    );
    expect(() => due(CONTRACT, 'critical', received, { pauses: [{ start: '2026-11-23T11:00:00+03:00' }] })).toThrow(/has not ended/);
  });

  it('a business clock on a schedule without hours, or a target centuries away, is an error, not an endless walk', () => {
    expect(() => due(policy('UTC', EVERY_DAY([]), '1h'), 't', '2026-11-23T10:00:00Z')).toThrow(/no working hours/);
    expect(() => due(policy('UTC', EVERY_DAY(['09:00-10:00']), '100000bd'), 't', '2026-11-23T10:00:00Z')).toThrow(
      /more than 201 years ahead/,
    );
  });
});
