import { parseDuration, type Policy, type Tier } from '../policy/schema';
import { Clock, type Span } from './clock';
import { DeadlineError } from './errors';
import { parseInstant } from './instant';
import { BusinessCalendar, ELAPSED_TIME, MINUTE, weekTable } from './working-time';
import { type ZoneTime, zoneTime } from './zone';

export { DeadlineError } from './errors';

/** A pause while the ticket waits on the customer; no `end` means it is still going on. */
export interface PauseSpan {
  start: string;
  end?: string;
}

export interface DeadlineOptions {
  now?: string;
  pauses?: readonly PauseSpan[];
}

/**
 * The CLI's `deadline` answer (product contract; instants are ISO-8601 in the policy timezone's
 * offset), plus what the displays need (`timezone`, `clock`, `targetMinutes`, `paused`), which
 * the CLI leaves out.
 */
export interface DeadlineResult {
  policy: string;
  tier: string;
  commitment: 'guaranteed' | 'indicative' | 'none';
  received: string;
  clockStart: string;
  earliest: string | null;
  deadline: string | null;
  /** Working minutes from `now` to the deadline, negative after it; only when `now` was given and there is a deadline. */
  remainingMinutes?: number;
  /** The policy's IANA time zone. */
  timezone: string;
  clock: Tier['clock'];
  /** The tier's target in counted minutes. */
  targetMinutes: number;
  /** A pause without an end is going on: the clock stands still and the deadline moves with `now`. */
  paused: boolean;
}

/** What the engine derives from a policy once (memoized per policy object). */
interface PolicyCalendar {
  zone: ZoneTime;
  business: BusinessCalendar;
  businessDay: number;
}

const calendars = new WeakMap<Policy, PolicyCalendar>();

function calendarOf(policy: Policy): PolicyCalendar {
  let calendar = calendars.get(policy);
  if (!calendar) {
    const zone = zoneTime(policy.schedule.timezone);
    calendar = {
      zone,
      business: new BusinessCalendar(policy.schedule, zone),
      businessDay: businessDayLength(policy),
    };
    calendars.set(policy, calendar);
  }
  return calendar;
}

/** `businessDay`, or by default the longest weekday's total (nominal `HH:MM` arithmetic). */
function businessDayLength(policy: Policy): number {
  const { businessDay } = policy.schedule;
  if (businessDay) return durationLength(businessDay, 0);
  const totals = weekTable(policy.schedule).map((day) => day.reduce((sum, [from, to]) => sum + (to - from), 0));
  return Math.max(...totals) * MINUTE;
}

/** A duration in counted ms; `d` is 24 h of counted time on either clock. */
function durationLength(duration: string, businessDay: number): number {
  const { amount, unit } = parseDuration(duration);
  const unitLength = { m: MINUTE, h: 60 * MINUTE, d: 1440 * MINUTE, bd: businessDay }[unit];
  return Math.round(amount * unitLength);
}

function tierOf(policy: Policy, tierId: string): Tier {
  const tier = policy.sla.tiers.find((t) => t.id === tierId);
  if (tier) return tier;
  const known = policy.sla.tiers.map((t) => t.id);
  throw new DeadlineError(
    known.length
      ? `unknown tier "${tierId}" for policy ${policy.id}; known tiers: ${known.join(', ')}`
      : `unknown tier "${tierId}": policy ${policy.id} has no tiers (its commitment is "${policy.sla.commitment}")`,
  );
}

/**
 * The response deadline of a ticket (product contract, "Deadline semantics").
 *
 * Pauses: each must start at or after `received` (a ticket cannot wait on its customer
 * before it exists) and end at or after its start; overlapping pauses merge. A pause without
 * an end stops the clock from its start until `now` (so `now` is then required): the deadline
 * is where it lands if the clock ran again from `now`, and it moves later as long as the pause lasts.
 * A pause starting at `received` delays the clock start on either clock. Remaining time at a
 * `now` before the clock starts is the working time from `now` (contract rule 5), so it can exceed the target.
 */
export function deadlineFor(policy: Policy, tierId: string, received: string, options: DeadlineOptions = {}): DeadlineResult {
  const tier = tierOf(policy, tierId);
  const { zone, business, businessDay } = calendarOf(policy);
  const receivedAt = parseInstant(received, zone, 'received');
  const now = options.now === undefined ? undefined : parseInstant(options.now, zone, 'now');
  const pauses = (options.pauses ?? []).map((pause) => pauseSpan(pause, zone, receivedAt, now));
  const paused = (options.pauses ?? []).some((pause, i) => pause.end === undefined && pauses[i]![0] <= now!);
  if (tier.clock === 'business' && !business.hasWorkingTime) {
    throw new DeadlineError(`policy ${policy.id} has no working hours in its schedule, so a business clock never runs`);
  }
  const clock = new Clock(tier.clock === 'business' ? business : ELAPSED_TIME, pauses);
  const target = durationLength(tier.target, businessDay);
  const clockStart = clock.firstCountedFrom(receivedAt);
  const promised = policy.sla.commitment !== 'none';
  const deadline = promised ? clock.advance(clockStart, target) : null;
  const earliest = promised && tier.from ? clock.advance(clockStart, durationLength(tier.from, businessDay)) : null;
  const result: DeadlineResult = {
    policy: policy.id,
    tier: tier.id,
    commitment: policy.sla.commitment,
    received: zone.iso(receivedAt),
    clockStart: zone.iso(clockStart),
    earliest: earliest === null ? null : zone.iso(earliest),
    deadline: deadline === null ? null : zone.iso(deadline),
    timezone: zone.name,
    clock: tier.clock,
    targetMinutes: target / MINUTE,
    paused,
  };
  if (now !== undefined && deadline !== null) {
    result.remainingMinutes = (now <= deadline ? clock.measure(now, deadline) : -clock.measure(deadline, now)) / MINUTE;
  }
  return result;
}

function pauseSpan(pause: PauseSpan, zone: ZoneTime, received: number, now: number | undefined): Span {
  const start = parseInstant(pause.start, zone, 'pause start');
  const label = `pause ${pause.start}/${pause.end ?? '…'}`;
  if (start < received) throw new DeadlineError(`${label} starts before the ticket was received (${zone.iso(received)})`);
  if (pause.end === undefined) {
    if (now === undefined) throw new DeadlineError(`${label} has not ended: the time now is needed to count it`);
    return [start, Math.max(start, now)];
  }
  const end = parseInstant(pause.end, zone, 'pause end');
  if (end < start) throw new DeadlineError(`${label} ends before it starts`);
  return [start, end];
}
