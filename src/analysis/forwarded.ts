import type { Segment } from './evidence';

/** The marker line of a forward ("---------- Forwarded message ---------", "Пересылаемое сообщение"). */
const FORWARD_MARK =
  /^[ \t]*(?:-{2,}[ \t]*(?:Forwarded message|Пересылаемое сообщение|Пересланное сообщение)[ \t]*-{2,}|Begin forwarded message:|Начало переадресованного сообщения:)/im;

/** Words that tell of a forward ("Forwarding…", "Пересылаю письмо…"): most text has none and skips the search. */
export const FORWARD_WORD = /orward|ересыла|ересла|ереадрес/;

/** An Outlook quote separator is a forward's marker too when the customer announced a forward above it. */
export const ORIGINAL_MARK = /^[ \t]*-{2,}[ \t]*(?:Original Message|Исходное сообщение)[ \t]*-{2,}[ \t]*$/im;

/**
 * Where a forward starts in a segment the customer wrote something before: the question of the one forwarded
 * (a client's "Where is my money?") is not what the customer asks. -1 when there is none; a forward needs its marker
 * line, so most text skips the search.
 */
export function forwardStart(segment: Segment): number {
  if (!FORWARD_WORD.test(segment.text)) return -1;
  let at = segment.text.search(FORWARD_MARK);
  if (at < 0) {
    at = segment.text.search(ORIGINAL_MARK);
    if (at > 0 && !FORWARD_WORD.test(segment.text.slice(0, at))) return -1;
  }
  return at > 0 && /\p{L}/u.test(segment.text.slice(0, at)) ? at : -1;
}

/** Whether a place in a segment stands in forwarded text. */
export function forwarded(segment: Segment, index: number): boolean {
  const at = forwardStart(segment);
  return at >= 0 && index >= at;
}

/** The part of a segment the customer wrote before a forward they pass on (the whole segment when there is none). */
export function ownPart(segment: Segment): Segment {
  const at = forwardStart(segment);
  // A new object, not a spread: words cached on the segment belong to its whole text.
  return at >= 0 ? { message: segment.message, start: segment.start, text: segment.text.slice(0, at) } : segment;
}
