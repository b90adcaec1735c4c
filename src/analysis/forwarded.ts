import type { Segment } from './evidence';

/** The marker line of a forward ("---------- Forwarded message ---------", "Пересылаемое сообщение"). */
const FORWARD_MARK =
  /^[ \t]*(?:-{2,}[ \t]*(?:Forwarded message|Пересылаемое сообщение|Пересланное сообщение)[ \t]*-{2,}|Begin forwarded message:|Начало переадресованного сообщения:)/im;

/** Words that tell of a forward ("Forwarding…", "Пересылаю письмо…"): most text has none and skips the search. */
const FORWARD_WORD = /orward|ересыла|ересла|ереадрес/;

/**
 * A forward from the customer's own side ("forwarding from our sales manager", "письмо нашего техдиректора"): its asks
 * are the customer's company asking, unlike a registrar's or a client's mail passed on.
 */
export const COLLEAGUE =
  /(?<![\p{L}])(?:colleague|boss|manager|director|cto|ceo|coo|operator|accountant|коллег\p{L}*|руководител\p{L}*|директор\p{L}*|техдиректор\p{L}*|менеджер\p{L}*|оператор\p{L}*|бухгалтер\p{L}*|начальник\p{L}*|шеф\p{L}*)(?![\p{L}])/iu;

/** "below" anywhere, then as a word: the plain search first, as most text has neither. */
const BELOW_ANYWHERE = /below|ниже/i;
const BELOW = /(?<![\p{L}])(?:below|ниже)(?![\p{L}])/iu;
/** "Forwarding…", "Пересылаю письмо…", "see below from my colleague": the customer passes a mail on. */
export function announcesForward(text: string): boolean {
  return FORWARD_WORD.test(text) || (BELOW_ANYWHERE.test(text) && BELOW.test(text) && COLLEAGUE.test(text));
}

/** An Outlook quote separator is a forward's marker too when the customer announced a forward above it. */
export const ORIGINAL_MARK = /^[ \t]*-{2,}[ \t]*(?:Original Message|Исходное сообщение)[ \t]*-{2,}[ \t]*$/im;

/**
 * Where a forward starts in a segment the customer wrote something before: the question of the one forwarded
 * (a client's "Where is my money?") is not what the customer asks. -1 when there is none; a forward needs its marker
 * line, so most text skips the search.
 */
export function forwardStart(segment: Segment): number {
  if (!announcesForward(segment.text)) return -1;
  let at = segment.text.search(FORWARD_MARK);
  if (at < 0) {
    at = segment.text.search(ORIGINAL_MARK);
    if (at > 0 && !announcesForward(segment.text.slice(0, at))) return -1;
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
