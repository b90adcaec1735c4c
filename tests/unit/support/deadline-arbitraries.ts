import fc from 'fast-check';
import { DateTime } from 'luxon';
import { type Policy, WEEKDAYS } from '../../../src/policy/schema';
import { durationMinutes } from './reference-deadline';

/** Random policies, instants and pauses for comparing the deadline engine with the reference. */

export const ZONES = [
  'Asia/Kathmandu',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'America/St_Johns',
  'Europe/Moscow',
  'America/New_York',
  'Europe/London',
  'Pacific/Chatham',
  'UTC',
  'America/Santiago', // changes at midnight: 24:00 and 00:00 fall into the gap
  'America/Havana',
] as const;
export type Zone = (typeof ZONES)[number];

const MINUTE = 60_000;
const DAY = 86_400_000;
const FIRST = Date.UTC(2025, 0, 1);
const LAST = Date.UTC(2028, 0, 1);

/** Ordinary days (no offset change near them) that random instants crowd around too. */
const ORDINARY = ['2026-01-14', '2026-05-20', '2026-08-12', '2026-12-09'].map((d) => Date.parse(d));

/**
 * Days on which each zone changes its offset, 2025–2027, and a few ordinary days: random
 * instants fall within days of these, so the reference's luxon look-ups repeat and stay cheap.
 */
const ANCHORS = new Map(
  ZONES.map((zone) => {
    const days = [...ORDINARY];
    for (let t = FIRST; t < LAST; t += DAY) {
      if (DateTime.fromMillis(t, { zone }).offset !== DateTime.fromMillis(t + DAY, { zone }).offset) days.push(t);
    }
    return [zone, days];
  }),
);

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Boundaries crowd around the hours clocks change at (00:00-03:00) and midnight. */
const boundary = fc.oneof(
  { arbitrary: fc.constantFrom(0, 30, 60, 90, 120, 150, 165, 180, 210, 1380, 1410, 1440, 600, 780, 840, 1080), weight: 4 },
  { arbitrary: fc.integer({ min: 0, max: 48 }).map((q) => q * 30), weight: 4 },
  { arbitrary: fc.integer({ min: 0, max: 1440 }), weight: 1 },
);

/** A day's intervals: consecutive boundaries, each span kept or not (so some touch). */
const dayIntervals = fc
  .tuple(fc.uniqueArray(boundary, { maxLength: 6 }), fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }))
  .map(([points, keep]) => {
    const sorted = [...points].sort((a, b) => a - b);
    const out: string[] = [];
    for (let i = 0; i + 1 < sorted.length; i++) if (keep[i]) out.push(`${hhmm(sorted[i]!)}-${hhmm(sorted[i + 1]!)}`);
    return out;
  });

export interface Case {
  policy: Policy;
  tierId: string;
  received: number;
  pauses: Array<[number, number | undefined]>;
  now?: number;
}

function duration(clock: 'business' | 'calendar') {
  return fc.oneof(
    fc.integer({ min: 1, max: 2400 }).map((n) => `${n}m`),
    fc.integer({ min: 1, max: 40 }).map((n) => `${n / 2}h`),
    fc.constantFrom(...(clock === 'business' ? ['1bd', '2bd', '3bd', '0.5bd', '1.5bd'] : ['1d', '3d'])),
    fc.constantFrom('1d', '2d', '0.5d'),
  );
}

/** A policy with one tier `t`, built without zod (the generator's output is checked against the schema in a test). */
export function policyArbitrary(clock: 'business' | 'calendar', zones: readonly Zone[] = ZONES): fc.Arbitrary<Policy> {
  return fc
    .record({
      zone: fc.constantFrom(...zones),
      week: fc.tuple(...WEEKDAYS.map(() => dayIntervals)),
      businessDay: fc.constantFrom(undefined, '8h', '7.5h', '450m', '1d'),
      target: duration(clock),
      from: fc.option(duration(clock), { nil: undefined }),
    })
    .map((r): Policy => {
      const week = Object.fromEntries(WEEKDAYS.map((d, i) => [d, r.week[i]!])) as Policy['schedule']['week'];
      if (WEEKDAYS.every((d) => week[d].length === 0)) week.mon = ['09:00-17:00'];
      return {
        id: 'random',
        name: 'Random',
        schedule: { timezone: r.zone, week, holidays: [], ...(r.businessDay ? { businessDay: r.businessDay } : {}) },
        sla: {
          commitment: 'guaranteed',
          tiers: [{ id: 't', label: 'T', target: r.target, ...(r.from ? { from: r.from } : {}), clock }],
        },
        channels: { official: [], refused: [] },
        checklist: [],
        scope: { inScope: [], outOfScope: [] },
        links: [],
        signals: [],
        templates: [],
        sections: [],
      };
    })
    .filter((policy) => exactMinutes(policy) && withinHalfAWeek(policy));
}

export function caseArbitrary(options: {
  clock: 'business' | 'calendar';
  openPauses: boolean;
  zones?: readonly Zone[];
}): fc.Arbitrary<Case> {
  return fc
    .record({
      policy: policyArbitrary(options.clock, options.zones),
      anchor: fc.nat(),
      offsetMinutes: fc.integer({ min: -4 * 1440, max: 2 * 1440 }),
      holidays: fc.uniqueArray(fc.integer({ min: -3, max: 14 }), { maxLength: 4 }),
      pauses: fc.array(fc.tuple(fc.integer({ min: 0, max: 4 * 1440 }), fc.integer({ min: 0, max: 2000 })), { maxLength: 3 }),
      openPause: options.openPauses ? fc.integer({ min: 0, max: 3 * 1440 }) : fc.constant(undefined),
      now: fc.option(fc.integer({ min: -720, max: 3 * 1440 }), { nil: undefined }),
    })
    .map((r) => {
      const anchors = ANCHORS.get(r.policy.schedule.timezone as Zone)!;
      const received = anchors[r.anchor % anchors.length]! + r.offsetMinutes * MINUTE;
      const receivedDay = Math.floor(received / DAY);
      const holidays = r.holidays.map((d) => new Date((receivedDay + d) * DAY).toISOString().slice(0, 10));
      const policy = { ...r.policy, schedule: { ...r.policy.schedule, holidays } };
      const pauses: Case['pauses'] = r.pauses.map(([start, length]) => [
        received + start * MINUTE,
        received + (start + length) * MINUTE,
      ]);
      let now = r.now === undefined ? undefined : received + r.now * MINUTE;
      if (r.openPause !== undefined) {
        now ??= received + r.openPause * MINUTE + 600 * MINUTE;
        pauses.push([received + r.openPause * MINUTE, undefined]);
      }
      return { policy, tierId: 't', received, pauses, now };
    });
}

/** The reference steps minute by minute: keep targets that half a week's working time covers. */
function withinHalfAWeek(policy: Policy): boolean {
  const tier = policy.sla.tiers[0]!;
  if (tier.clock === 'calendar') return true;
  const week = Object.values(policy.schedule.week)
    .flat()
    .reduce((sum, s) => sum + minutesOf(s.slice(6)) - minutesOf(s.slice(0, 5)), 0);
  return [tier.target, tier.from].every((d) => d === undefined || durationMinutes(policy, d) <= week / 2);
}

function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
}

/** The reference is exact on whole minutes: keep targets that come out whole. */
function exactMinutes(policy: Policy): boolean {
  const tier = policy.sla.tiers[0]!;
  return [tier.target, tier.from].every((d) => d === undefined || Number.isInteger(durationMinutes(policy, d)));
}
