import type { EvidenceRef } from '../ticket/schema';

/**
 * A run of customer-written text: quoted history, agent messages and signatures are left out,
 * but offsets still point into the original message so the overlay can highlight the evidence.
 */
export interface Segment {
  /** Index of the message in `ticket.messages`. */
  message: number;
  /** Offset of `text` in that message's original text. */
  start: number;
  text: string;
}

export interface Evidence {
  text: string;
  at: EvidenceRef;
}

/** Evidence for `length` characters at `index` of a segment's text. */
export function evidenceIn(segment: Segment, index: number, length: number): Evidence {
  const start = segment.start + index;
  return { text: segment.text.slice(index, index + length), at: { message: segment.message, start, end: start + length } };
}
