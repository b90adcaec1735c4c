import { DeadlineError } from './errors';
import type { ZoneTime } from './zone';

// ISO-8601 extended format: a date, optionally a time, optionally an offset (only after a time).
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:(Z)|([+-])(\d{2})(?::?(\d{2}))?)?)?$/i;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Reads an ISO-8601 instant. One without an offset is a wall time in the policy's zone
 * (read like a schedule time: gap forward, repeated hour earlier).
 */
export function parseInstant(text: string, zone: ZoneTime, what: string): number {
  const m = ISO.exec(text.trim());
  if (!m) throw unreadable(text, what, 'not in YYYY-MM-DDTHH:MM[:SS[.sss]][Z|±HH:MM] form');
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (month < 1 || month > 12 || day < 1 || day > MONTH_DAYS[month - 1]! + (leap ? 1 : 0)) {
    throw unreadable(text, what, 'no such date');
  }
  const hour = Number(m[4] ?? 0);
  const minute = Number(m[5] ?? 0);
  const second = Number(m[6] ?? 0);
  if (hour > 23 || minute > 59 || second > 59) throw unreadable(text, what, 'no such time of day');
  const millis = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  const date = new Date(0); // not Date.UTC, which reads years 0–99 as 1900–1999
  date.setUTCFullYear(year, month - 1, day);
  const wall = date.setUTCHours(hour, minute, second, millis);
  if (m[8]) return wall;
  if (!m[9]) return zone.toInstant(wall);
  const offsetHours = Number(m[10]);
  const offsetMinutes = Number(m[11] ?? 0);
  if (offsetHours > 23 || offsetMinutes > 59) throw unreadable(text, what, 'no such offset');
  return wall - (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
}

function unreadable(text: string, what: string, why: string): DeadlineError {
  return new DeadlineError(`${what}: cannot read "${text}" as an ISO-8601 instant (${why}), e.g. 2026-11-20T09:15:00+03:00`);
}
