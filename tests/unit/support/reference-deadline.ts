import { DateTime } from 'luxon';
import type { Policy } from '../../../src/policy/schema';

/**
 * A deliberately simple deadline engine for tests: it steps minute by minute and asks luxon
 * about every schedule time, so it shares no calendar arithmetic with src/deadline.
 * Exact for inputs on whole minutes (all offsets in use are whole minutes).
 */

const MINUTE = 60_000;
const DAY = 86_400_000;
const MAX_STEPS = 120 * 1440;
const NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

export interface ReferenceAnswer {
  clockStart: number;
  earliest: number | null;
  deadline: number;
  remainingMinutes?: number;
}

export function referenceDeadline(
  policy: Policy,
  tierId: string,
  received: number,
  pauses: ReadonlyArray<readonly [number, number]>,
  now?: number,
): ReferenceAnswer {
  const tier = policy.sla.tiers.find((t) => t.id === tierId)!;
  const working = tier.clock === 'calendar' ? () => true : scheduleMinutes(policy);
  const counts = (u: number) => working(u) && !pauses.some(([s, e]) => s <= u && u < e);
  const minutes = (duration: string) => durationMinutes(policy, duration);

  let clockStart = received;
  while (!counts(clockStart)) clockStart = step(clockStart, received);
  const reach = (target: number) => {
    let counted = 0;
    for (let u = clockStart; ; u = step(u, clockStart)) {
      if (counts(u) && ++counted === target) return u + MINUTE;
    }
  };
  const deadline = reach(minutes(tier.target));
  const answer: ReferenceAnswer = { clockStart, earliest: tier.from ? reach(minutes(tier.from)) : null, deadline };
  if (now !== undefined) {
    const [from, to, sign] = now <= deadline ? [now, deadline, 1] : [deadline, now, -1];
    let counted = 0;
    for (let u = from; u < to; u += MINUTE) if (counts(u)) counted++;
    answer.remainingMinutes = sign * counted;
  }
  return answer;
}

/** Working minutes of the schedule within `[from, to)`. */
export function referenceWorkingMinutes(policy: Policy, from: number, to: number): number {
  const working = scheduleMinutes(policy);
  let counted = 0;
  for (let u = from; u < to; u += MINUTE) if (working(u)) counted++;
  return counted;
}

function step(u: number, from: number): number {
  if (u - from > MAX_STEPS * MINUTE) throw new Error('reference: no working time found');
  return u + MINUTE;
}

/** Minutes a duration stands for; `bd` is `businessDay` or the longest weekday's listed hours. */
export function durationMinutes(policy: Policy, duration: string): number {
  const amount = parseFloat(duration);
  const unit = duration.replace(/^[\d.]+/, '');
  if (unit === 'm') return amount;
  if (unit === 'h') return amount * 60;
  if (unit === 'd') return amount * 24 * 60;
  const businessDay = policy.schedule.businessDay;
  if (businessDay) return amount * durationMinutes(policy, businessDay);
  const longest = Math.max(
    ...Object.values(policy.schedule.week).map((list) =>
      list.reduce((sum, interval) => {
        const [a, b] = interval.split('-').map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3)));
        return sum + b! - a!;
      }, 0),
    ),
  );
  return amount * longest;
}

/** Whether the minute starting at instant `u` is working time under the schedule. */
function scheduleMinutes(policy: Policy): (u: number) => boolean {
  const { timezone, week, holidays } = policy.schedule;
  const byDate = new Map<number, Array<[number, number]>>();
  const intervalsOf = (date: number) => {
    let list = byDate.get(date);
    if (!list) {
      const day = new Date(date * DAY);
      const iso = day.toISOString().slice(0, 10);
      const listed = holidays.includes(iso) ? [] : week[NAMES[day.getUTCDay()]!];
      list = listed.map((interval) => {
        const [start, end] = interval.split('-') as [string, string];
        return [localInstant(timezone, date, start), localInstant(timezone, date, end)] as [number, number];
      });
      byDate.set(date, list);
    }
    return list;
  };
  // The dates whose intervals can hold an instant: its UTC date and one or two either side.
  let near = NaN;
  let nearby: Array<[number, number]> = [];
  return (u) => {
    if (Math.floor(u / DAY) !== near) {
      near = Math.floor(u / DAY);
      nearby = [near - 2, near - 1, near, near + 1].flatMap(intervalsOf);
    }
    return nearby.some(([a, b]) => a <= u && u < b);
  };
}

const instants = new Map<string, number>();

/** The instant of `HH:MM` (or `24:00`) on a local date: luxon moves gap times forward; of a repeated time, the earliest. */
function localInstant(zone: string, date: number, hhmm: string): number {
  const key = `${zone} ${date} ${hhmm}`;
  let instant = instants.get(key);
  if (instant === undefined) {
    instant = lookUpLocalInstant(zone, date, hhmm);
    instants.set(key, instant);
  }
  return instant;
}

function lookUpLocalInstant(zone: string, date: number, hhmm: string): number {
  const day = new Date(date * DAY + (hhmm === '24:00' ? DAY : 0));
  const wall = {
    year: day.getUTCFullYear(),
    month: day.getUTCMonth() + 1,
    day: day.getUTCDate(),
    hour: hhmm === '24:00' ? 0 : Number(hhmm.slice(0, 2)),
    minute: hhmm === '24:00' ? 0 : Number(hhmm.slice(3)),
  };
  const found = DateTime.fromObject(wall, { zone });
  const shows = (dt: DateTime) =>
    dt.year === wall.year && dt.month === wall.month && dt.day === wall.day && dt.hour === wall.hour && dt.minute === wall.minute;
  // A wall time can repeat only if the offset fell within the last few hours.
  if (!shows(found) || found.minus({ hours: 3 }).offset <= found.offset) return found.toMillis();
  for (const back of [180, 120, 60, 30]) {
    const earlier = found.minus({ minutes: back });
    if (shows(earlier)) return earlier.toMillis();
  }
  return found.toMillis();
}
