import type { Ticket } from '../../ticket/schema';
import { evidenceIn, type Evidence, type Segment } from '../evidence';
import { ownPart } from '../forwarded';
import { normalizeWord, phraseBook, tokenize, type Word } from '../phrases';
import { severityBook } from './severity';
import { DEMANDS, INSULTS, NUDGE_CORE, NUDGE_WORDS, SHOUT_WORDS } from './signal-phrases';

/**
 * The fair-use rule ("many messages in a row, repeated ?, hey, !!!, aggressive tone"): each sign scores points
 * and two points make the signal, so one polite follow-up, one "?" or an enthusiastic "It works!!!" stay quiet.
 */

const FIRE_AT = 2;
const SHORT_MESSAGE = 60;
const RUN_MESSAGES = 5;
const RUN_MINUTES = 30;

interface Sign {
  points: number;
  evidence: Evidence;
}

const WORD = /[\p{L}\p{N}_]+/gu;
/** Runs of three or more ? and ! with at least two ?. */
const MARK_RUN = /[?？!]{3,}/gu;
const BANG_BURST = /!{3,}/gu;
const CAPS_WORD = /^\p{Lu}+$/u;
const isUpper = (c: number) => (c >= 65 && c <= 90) || (c >= 0x410 && c <= 0x42f) || c === 0x401 || (c >= 0xc0 && c <= 0xde);
const LOG_LINE = /(?:error|exception|sqlstate|fatal|warning|ошибк\p{L}*)\s*[:\[]/iu;

const insultBook = () => phraseBook(INSULTS, () => [['insult', INSULTS]]);
const demandBook = () => phraseBook(DEMANDS, () => [['demand', DEMANDS]]);

/** A message that only chases an answer; two points when it repeats itself ("???", "hey hey"). */
function nudge(segment: Segment): Sign | null {
  const text = segment.text.trim();
  if (text.length === 0 || text.length > 40) return null;
  const words = [...text.matchAll(WORD)].map((m) => normalizeWord(m[0]));
  if (!words.every((w) => NUDGE_WORDS.has(w))) return null;
  const marks = text.match(/[?!]/g)?.length ?? 0;
  const core = words.filter((w) => NUDGE_CORE.has(w)).length;
  if (marks === 0 && core === 0) return null;
  const index = segment.text.indexOf(text);
  return { points: marks >= 3 || core >= 2 ? 2 : 1, evidence: evidenceIn(segment, index, text.length) };
}

/** Words lost to a wrong encoding ("Cyrillic arrives as ???? ?????"): runs of "?" standing for letters, not asking. */
const GARBLED = /(?<=^|\s)\?{2,}(?:[ \t]+\?{2,})+/gu;

function questionBursts(segment: Segment): Sign[] {
  const garbled = segment.text.includes('? ?') ? [...segment.text.matchAll(GARBLED)] : [];
  // Both lists run in text order: one pointer walks the garbled stretches.
  let g = 0;
  const inGarbled = (at: number) => {
    while (g < garbled.length && garbled[g]!.index + garbled[g]![0].length <= at) g++;
    return g < garbled.length && garbled[g]!.index <= at;
  };
  return [...segment.text.matchAll(MARK_RUN)]
    .filter((m) => (m[0].match(/[?？]/g)?.length ?? 0) >= 2 && !inGarbled(m.index))
    .map((m) => ({ points: m[0].length >= 5 ? 2 : 1, evidence: evidenceIn(segment, m.index, m[0].length) }));
}

/** Gratitude or a fix confirmed: "!!!" there is joy ("It works!!! Thanks!!!"), whatever fault the sentence recalls. */
const RELIEF =
  /(?:^|[^\p{L}])(?:thanks?|thank you|fixed|solved|resolved|awesome|perfect|great|спасибо|благодар\p{L}*|исправлен\p{L}*|решен\p{L}*|отлично|супер|(?<!(?:не|not|n['’]t)\s)(?:works|working|заработал\p{L}*|работает))(?![\p{L}])/iu;

/** The sentence a burst closes: back to the previous sentence end or line break. */
function sentenceBefore(segment: Segment, at: number): Segment {
  let start = at;
  while (start > 0 && !/[.!?\n]/.test(segment.text[start - 1]!)) start--;
  return { message: segment.message, start: segment.start + start, text: segment.text.slice(start, at) };
}

/** "!!!" counts only after a sentence that complains or demands, not in "It works!!! Thanks!!!". */
function angryBangs(segment: Segment): Sign[] {
  return [...segment.text.matchAll(BANG_BURST)]
    .filter((m) => {
      const sentence = sentenceBefore(segment, m.index);
      if (RELIEF.test(sentence.text)) return false;
      return (
        severityBook().scan([sentence]).some((f) => f.key === 'stopped' || f.key === 'malfunction') ||
        demandBook().scan([sentence]).length > 0
      );
    })
    .map((m) => ({ points: 1, evidence: evidenceIn(segment, m.index, m[0].length) }));
}

/** Three or more shouted words outside quotes and log lines, with the words people shout in. */
function capsShout(segment: Segment): Sign | null {
  const { text } = segment;
  let run: Word[] = [];
  const check = (): Sign | null => {
    const letters = run.reduce((n, w) => n + w.end - w.start, 0);
    if (run.length < 3 || letters < 10 || !run.some((w) => SHOUT_WORDS.has(w.norm))) return null;
    const first = run[0]!;
    const last = run[run.length - 1]!;
    const lineStart = text.lastIndexOf('\n', first.start) + 1;
    if (LOG_LINE.test(text.slice(lineStart, first.start))) return null;
    return { points: 2, evidence: evidenceIn(segment, first.start, last.end - first.start) };
  };
  for (const word of tokenize(segment).words) {
    // Cheap test first: a shouted word starts with a capital.
    const upper = !word.quoted && isUpper(text.charCodeAt(word.start)) && CAPS_WORD.test(text.slice(word.start, word.end));
    if (upper && word.end - word.start > 1) {
      run.push(word);
      continue;
    }
    // "I", "Я" neither start nor break a shout.
    if (upper && run.length > 0) continue;
    const sign = check();
    if (sign) return sign;
    run = [];
  }
  return check();
}

/** Five or more short customer messages in a row, within minutes of each other. */
function messageRun(ticket: Ticket, segments: readonly Segment[]): Sign | null {
  let run: number[] = [];
  const within = (from: number, to: number) => {
    const a = Date.parse(ticket.messages[from]?.at ?? '');
    const b = Date.parse(ticket.messages[to]?.at ?? '');
    return Number.isNaN(a) || Number.isNaN(b) || b - a <= RUN_MINUTES * 60_000;
  };
  for (let i = 0; i < ticket.messages.length; i++) {
    const m = ticket.messages[i]!;
    const short = m.role === 'customer' && m.text.trim().length <= SHORT_MESSAGE;
    if (!short) {
      run = [];
      continue;
    }
    run.push(i);
    while (!within(run[0]!, i)) run.shift();
    if (run.length >= RUN_MESSAGES) {
      const last = segments.find((s) => s.message === i);
      if (last) return { points: FIRE_AT, evidence: { ...evidenceIn(last, 0, last.text.length), text: `${run.length} messages in a row` } };
    }
  }
  return null;
}

/** The strongest fair-use sign when the signs add up, else null. */
export function fairUse(ticket: Ticket, thread: readonly Segment[]): Evidence | null {
  // A client's complaint the customer forwards ("???", "scam") is not the customer's own tone.
  const segments = thread.map(ownPart);
  const signs: Sign[] = [];
  const run = messageRun(ticket, segments);
  if (run) signs.push(run);
  for (const segment of segments) {
    const n = nudge(segment);
    if (n) signs.push(n);
    else signs.push(...questionBursts(segment));
    signs.push(...angryBangs(segment));
    const shout = capsShout(segment);
    if (shout) signs.push(shout);
  }
  for (const m of insultBook().scan(segments)) signs.push({ points: FIRE_AT, evidence: m.evidence });
  const total = signs.reduce((n, s) => n + s.points, 0);
  if (total < FIRE_AT) return null;
  return signs.reduce((best, s) => (s.points > best.points ? s : best)).evidence;
}
