import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { zoneTime } from '../../src/deadline/zone';
import { ZONES } from './support/deadline-arbitraries';

const MINUTE = 60_000;
const zones = [...ZONES, 'Etc/UTC', 'Asia/Tehran', 'Australia/Adelaide', 'Pacific/Apia', 'Europe/Dublin'];
const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) });

describe('zone tables (offsets tabulated from luxon)', () => {
  it('give luxon’s offset and write luxon’s toISO({ suppressMilliseconds: true }) at any instant', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), instant, fc.constantFrom(0, 1, 999), (zone, ms, extra) => {
        const t = ms - (ms % 1000) + extra;
        const expected = DateTime.fromMillis(t, { zone });
        expect(zoneTime(zone).offsetAt(t)).toBe(expected.offset * MINUTE);
        expect(zoneTime(zone).iso(t)).toBe(expected.toISO({ suppressMilliseconds: true }));
      }),
      { numRuns: 4000 },
    );
  });

  it('find the exact second an offset changes', () => {
    const ny = zoneTime('America/New_York');
    const change = Date.parse('2026-03-08T07:00:00Z');
    expect([ny.offsetAt(change - 1), ny.offsetAt(change)]).toEqual([-5 * 60 * MINUTE, -4 * 60 * MINUTE]);
    expect(ny.iso(change - 1)).toBe('2026-03-08T01:59:59.999-05:00');
  });

  it('turn a wall time into the instant showing it: the earliest of two, or forward by the gap', () => {
    // Brute force: every minute within ±3 h of the naive reading, keep those whose wall clock shows the time.
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: Date.UTC(2025, 0, 1) / MINUTE, max: Date.UTC(2028, 0, 1) / MINUTE }), (zone, minutes) => {
        const wall = minutes * MINUTE;
        const showing: number[] = [];
        for (let u = wall - 17 * 3_600_000; u <= wall + 15 * 3_600_000; u += 15 * MINUTE) {
          for (let v = u; v < u + 15 * MINUTE; v += MINUTE) {
            if (v + DateTime.fromMillis(v, { zone }).offset * MINUTE === wall) showing.push(v);
          }
          if (showing.length === 2) break;
        }
        const got = zoneTime(zone).toInstant(wall);
        if (showing.length) expect(got).toBe(showing[0]);
        else {
          // In a gap: read with the offset in force before it, so the time moves forward by the gap.
          const before = DateTime.fromMillis(wall - 86_400_000, { zone }).offset * MINUTE;
          expect(got).toBe(wall - before);
          expect(zoneTime(zone).wallOf(got)).toBeGreaterThan(wall);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('handle the wall times around the changes in New York and Lord Howe by hand', () => {
    const ny = zoneTime('America/New_York');
    expect(ny.iso(ny.toInstant(Date.UTC(2026, 2, 8, 2, 30)))).toBe('2026-03-08T03:30:00-04:00');
    expect(ny.iso(ny.toInstant(Date.UTC(2026, 10, 1, 1, 30)))).toBe('2026-11-01T01:30:00-04:00');
    const lh = zoneTime('Australia/Lord_Howe');
    expect(lh.iso(lh.toInstant(Date.UTC(2026, 9, 4, 2, 15)))).toBe('2026-10-04T02:45:00+11:00');
    expect(lh.iso(lh.toInstant(Date.UTC(2026, 3, 5, 1, 45)))).toBe('2026-04-05T01:45:00+11:00');
  });
});
