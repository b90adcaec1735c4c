import { DeadlineError } from './errors';
import type { ZoneTime } from './zone';

// ISO-8601 extended format: a date, optionally a time, optionally an offset (only after a time).
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:(Z)|([+-])(\d{2})(?::?(\d{2}))?)?)?$/i;

/**
 * Reads an ISO-8601 instant. One without an offset is a wall time in the policy's zone
 * (read like a schedule time: gap forward, repeated hour earlier).
 */
export function parseInstant(text: string, zone: ZoneTime, what: string): number {
  const m = ISO.exec(text.trim());
  const fail = (why: string) =>
    new DeadlineError(`${what}: cannot read "${text}" as an ISO-8601 instant (${why}), e.g. 2026-11-20T09:15:00+03:00`);
  if (!m) throw fail('not in YYYY-MM-DDTHH:MM[:SS[.sss]][Z|±HH:MM] form');
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [
    number, number, number, number, number, number,
  ];
  const millis = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  if (hour > 23 || minute > 59 || second > 59) throw fail('no such time of day');
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const back = new Date(wall);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    throw fail('no such date');
  }
  if (m[8]) return wall;
  if (!m[9]) return zone.toInstant(wall);
  const offsetHours = Number(m[10]);
  const offsetMinutes = Number(m[11] ?? 0);
  if (offsetHours > 23 || offsetMinutes > 59) throw fail('no such offset');
  return wall - (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
}
