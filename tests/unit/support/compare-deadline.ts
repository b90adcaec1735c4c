import { expect } from 'vitest';
import { deadlineFor } from '../../../src/deadline/index';
import type { Case } from './deadline-arbitraries';
import { referenceDeadline } from './reference-deadline';

const iso = (ms: number) => new Date(ms).toISOString();
const ms = (s: string | null) => (s === null ? null : Date.parse(s));

/** Runs one random case through the engine and the reference and expects the same instants and remaining time. */
export function expectSameAsReference(c: Case): void {
  const result = deadlineFor(c.policy, c.tierId, iso(c.received), {
    now: c.now === undefined ? undefined : iso(c.now),
    pauses: c.pauses.map(([start, end]) => ({ start: iso(start), ...(end === undefined ? {} : { end: iso(end) }) })),
  });
  const closed = c.pauses.map(([start, end]) => [start, end ?? Math.max(start, c.now!)] as const);
  const expected = referenceDeadline(c.policy, c.tierId, c.received, closed, c.now);
  expect({
    clockStart: ms(result.clockStart),
    earliest: ms(result.earliest),
    deadline: ms(result.deadline),
    remainingMinutes: result.remainingMinutes,
  }).toEqual(expected);
}
