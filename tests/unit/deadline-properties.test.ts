import fc from 'fast-check';
import { describe, it } from 'vitest';
import { caseArbitrary, type Zone } from './support/deadline-arbitraries';
import { expectSameAsReference } from './support/compare-deadline';

// Random schedules (split shifts, 24:00 ends, touching intervals, times in DST gaps), holidays,
// instants around offset changes and closed pauses, zone group by zone group.
const GROUPS: Record<string, Zone[]> = {
  'fixed offsets, including 5:45 and 5:30': ['Asia/Kathmandu', 'Asia/Kolkata', 'Europe/Moscow', 'UTC'],
  'DST of an hour, at 01:00–03:00 local, including −3:30': ['America/New_York', 'Europe/London', 'America/St_Johns'],
  'DST of 30 minutes (Lord Howe) and at 2:45 (Chatham)': ['Australia/Lord_Howe', 'Pacific/Chatham'],
  'DST at midnight, so 24:00 and 00:00 fall in the gap': ['America/Santiago', 'America/Havana'],
};

describe('deadline engine against the minute-stepping reference: business clock', () => {
  for (const [group, zones] of Object.entries(GROUPS)) {
    it(`agrees on clock start, earliest, deadline and remaining time: ${group}`, { timeout: 120_000 }, () => {
      fc.assert(fc.property(caseArbitrary({ clock: 'business', openPauses: false, zones }), expectSameAsReference), {
        numRuns: 1500,
      });
    });
  }
});
