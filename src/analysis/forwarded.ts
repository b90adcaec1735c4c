import type { Segment } from './evidence';

/** The marker line of a forward ("---------- Forwarded message ---------", "Пересылаемое сообщение"). */
export const FORWARD_MARK =
  /^[ \t]*(?:-{2,}[ \t]*(?:Forwarded(?:[ \t]+message)?|Fwd|(?:Пересылаемое|Пересланное)(?:[ \t]+сообщение)?)[ \t]*-{2,}|Begin forwarded message:|Начало переадресованного сообщения:)/im;

/** Words that tell of a forward ("Forwarding…", "Пересылаю письмо…"): most text has none and skips the search. */
const FORWARD_WORD = /orward|ересыла|ересла|ереадрес/;

/**
 * A forward from the customer's own side ("forwarding from our sales manager", "письмо нашего техдиректора"): its asks
 * are the customer's company asking, unlike a registrar's or a client's mail passed on.
 */
export const COLLEAGUE =
  /(?<![\p{L}])(?:colleague|boss|manager|director|cto|ceo|coo|operator|accountant|коллег\p{L}*|руководител\p{L}*|директор\p{L}*|техдиректор\p{L}*|менеджер\p{L}*|оператор\p{L}*|бухгалтер\p{L}*|главбух\p{L}*|владел\p{L}*|сотрудни\p{L}*|founder|owner|cfo|cmo|employee|начальник\p{L}*|шеф\p{L}*|(?:our|my)\s+(?:developer|programmer|dev|admin|designer)s?|наш\p{L}*\s+(?:разработчик|программист|прогер|админ|дизайнер)\p{L}*)(?![\p{L}])/iu;

/** "below" anywhere, then as a word: the plain search first, as most text has neither. */
const BELOW_ANYWHERE = /below|ниже/i;
const BELOW = /(?<![\p{L}])(?:below|ниже)(?![\p{L}])/iu;
/** "as Grace asks below", "что он перечислил ниже": someone's asks pointed at below. */
const ASKED_BELOW =
  /(?<![\p{L}])(?:asks?|lists?|listed|describes?|described|writes?|wrote|says|requests?|просит|пишет|перечислил\p{L}*|описал\p{L}*|написал\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:below|ниже)(?![\p{L}])/iu;
/** "Forwarding…", "Пересылаю письмо…", "see below from my colleague", "please handle as Grace asks below": the customer passes a mail on. */
export function announcesForward(text: string): boolean {
  return FORWARD_WORD.test(text) || (pointsBelow(text) && (COLLEAGUE.test(text) || ASKED_BELOW.test(text)));
}

/** "Ответьте на оба вопроса Кати (ниже)": the customer points at what follows. */
export function pointsBelow(text: string): boolean {
  return BELOW_ANYWHERE.test(text) && BELOW.test(text);
}

/** An Outlook quote separator is a forward's marker too when the customer announced a forward above it. */
export const ORIGINAL_MARK = /^[ \t]*-{2,}[ \t]*(?:Original Message|Исходное сообщение)[ \t]*-{2,}[ \t]*$/im;

/** The closing line some mail clients put under a forward ("-------- Конец пересылаемого сообщения --------"). */
// A bare line of dashes closes one too ("----------" under the forwarded text, then the customer writes again).
export const FORWARD_END = /^[ \t]*(?:-{2,}[ \t]*(?:Конец пересылаемого сообщения|End of forwarded message)[ \t]*-{2,}|-{5,}[ \t]*$)/im;

/**
 * Where a forward stands in a segment the customer wrote something before: the question of the one forwarded
 * (a client's "Where is my money?") is not what the customer asks. It runs to its closing line, after which the
 * customer writes again, or to the end. Null when there is none; a forward needs its marker line, so most text skips
 * the search.
 */
export function forwardRange(segment: Segment): { start: number; end: number } | null {
  // Asked for every question the tier reads: the segment's text is searched once.
  let range = RANGES.get(segment);
  if (range === undefined) RANGES.set(segment, (range = findForward(segment)));
  return range;
}
const RANGES = new WeakMap<Segment, { start: number; end: number } | null>();

function findForward(segment: Segment): { start: number; end: number } | null {
  // "> " lines kept in a segment are a colleague's mail passed on (see readThread): a forward up to its last line.
  const quoted = segment.text.includes('>') ? QUOTED_BLOCK.exec(segment.text) : null;
  if (quoted && quoted.index > 0) return { start: quoted.index, end: quoted.index + quoted[0].length };
  if (!announcesForward(segment.text)) return null;
  let start = segment.text.search(FORWARD_MARK);
  if (start < 0) {
    start = segment.text.search(ORIGINAL_MARK);
    if (start > 0 && !announcesForward(segment.text.slice(0, start))) return null;
  }
  if (start <= 0 || !/\p{L}/u.test(segment.text.slice(0, start))) return null;
  const closing = segment.text.slice(start).search(FORWARD_END);
  return { start, end: closing < 0 ? segment.text.length : start + closing };
}

const QUOTED_BLOCK = /^[ \t]*>[^\n]*(?:\n[ \t]*>[^\n]*)*/m;

/** Whether a place in a segment stands in forwarded text. */
export function forwarded(segment: Segment, index: number): boolean {
  const range = forwardRange(segment);
  return range !== null && index >= range.start && index < range.end;
}

/** The part of a segment the customer wrote before a forward they pass on (the whole segment when there is none). */
export function ownPart(segment: Segment): Segment {
  const range = forwardRange(segment);
  // A new object, not a spread: words cached on the segment belong to its whole text.
  return range ? { message: segment.message, start: segment.start, text: segment.text.slice(0, range.start) } : segment;
}
