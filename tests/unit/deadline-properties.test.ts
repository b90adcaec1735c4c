import fc from 'fast-check';
import { describe, it } from 'vitest';
import { caseArbitrary } from './support/deadline-arbitraries';
import { expectSameAsReference } from './support/compare-deadline';

// Random schedules (split shifts, 24:00 ends, touching intervals, times in DST gaps), zones with
// half/quarter-hour offsets and 30-minute DST, holidays, instants around offset changes, pauses.
describe('deadline engine against the minute-stepping reference: business clock', () => {
  it('agrees on clock start, earliest, deadline and remaining time with closed pauses', () => {
    fc.assert(fc.property(caseArbitrary({ clock: 'business', openPauses: false }), expectSameAsReference), {
      numRuns: 6000,
    });
  });
});
