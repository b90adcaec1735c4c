import type { Policy } from '../../policy/schema';
import type { Ticket } from '../../ticket/schema';
import type { Evidence, Segment } from '../evidence';

/**
 * What one detector read: `present` with the evidence, `missing` when the text shows the item is
 * needed but not given (an error mentioned without its text), `unknown` when nothing was said.
 */
export type ItemReading =
  | { status: 'present'; evidence: Evidence }
  | { status: 'missing'; evidence?: Evidence }
  | { status: 'unknown' };

export interface DetectorInput {
  policy: Policy;
  ticket: Ticket;
  segments: readonly Segment[];
  /** The customers' signature blocks (read for their site only). */
  signatures: readonly Segment[];
}

export const UNKNOWN: ItemReading = { status: 'unknown' };

export function presentOr(evidence: Evidence | undefined, otherwise: ItemReading = UNKNOWN): ItemReading {
  return evidence ? { status: 'present', evidence } : otherwise;
}
