import { type Evidence, evidenceIn, type Segment } from './evidence';
import { normalizeWord, tokenize, type Word } from './phrases';

/**
 * Regex helpers shared by the detectors. JavaScript's `\b` knows only ASCII letters, so word edges
 * are look-arounds on Latin and Cyrillic letters (Russian stems need them). The class is spelled out
 * rather than `\p{L}` with the `u` flag: V8 runs these patterns several times faster without it.
 */
export const LETTERS = 'a-zA-Z\\u00C0-\\u024F\\u0400-\\u04FF';
export const LETTER = `[${LETTERS}]`;
export const WORD_START = `(?<![${LETTERS}0-9_])`;
export const WORD_END = `(?![${LETTERS}0-9_])`;

/** A case-insensitive global regex from a source that uses the edges above. */
export function wordRegex(source: string): RegExp {
  return new RegExp(source, 'gi');
}

/**
 * A cheap test that every match of a costly pattern passes: a word starting with one of the stems (`word$`: being
 * that word), or a hit of an `anywhere` pattern, which may start inside a word (".php", "v2"). Words are read from
 * the segment's cached tokens and judged once per vocabulary word, so a trigger costs a few array reads per word
 * instead of a regex pass over the text. A stem of several words is tested by its first, which only widens the search.
 */
export class Trigger {
  private readonly prefixes = new Set<string>();
  private readonly exact = new Set<string>();
  private readonly lengths: number[];
  private readonly anywhere?: RegExp;
  /** Per vocabulary word: 1 a stem starts it, 2 none does. */
  private readonly verdicts: number[] = [];

  constructor(stems: readonly string[], anywhere: readonly string[]) {
    for (const stem of stems) {
      const [, word = '', end = ''] = /^([\p{L}\p{N}_]*)(.?)/u.exec(stem)!;
      // "ran$" is that word; so is the first word of a stem of several ("by hand").
      if (end === '$' || end === ' ') this.exact.add(normalizeWord(word));
      // A quantifier after the last letter makes it optional ("add-?on" starts with "add", "colou?r" with "colo").
      else this.prefixes.add(normalizeWord(/[?*{]/.test(end) ? word.slice(0, -1) : word));
    }
    if (this.prefixes.has('')) throw new Error(`a trigger stem must start with a letter: ${stems.join(', ')}`);
    this.lengths = [...new Set([...this.prefixes].map((p) => p.length))];
    if (anywhere.length > 0) this.anywhere = new RegExp(anywhere.join('|'), 'gi');
  }

  private startsWord(word: Word): boolean {
    if (word.vocab >= 0) {
      const known = this.verdicts[word.vocab];
      if (known !== undefined) return known === 1;
    }
    const { norm } = word;
    const hit = this.exact.has(norm) || this.lengths.some((n) => n <= norm.length && this.prefixes.has(norm.slice(0, n)));
    if (word.vocab >= 0) this.verdicts[word.vocab] = hit ? 1 : 2;
    return hit;
  }

  /** Where the trigger fires in a segment, in text order. */
  hitsIn(segment: Segment): number[] {
    const words: number[] = [];
    for (const w of tokenize(segment).words) if (this.startsWord(w)) words.push(w.start);
    if (!this.anywhere) return words;
    const loose: number[] = [];
    const { text } = segment;
    this.anywhere.lastIndex = 0;
    for (let m = this.anywhere.exec(text); m; m = this.anywhere.exec(text)) {
      loose.push(m.index);
      if (m[0].length === 0) this.anywhere.lastIndex++;
    }
    return merge(words, loose);
  }
}

export function trigger(stems: readonly string[], anywhere: readonly string[] = []): Trigger {
  return new Trigger(stems, anywhere);
}

function merge(a: number[], b: number[]): number[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!);
  return out;
}

interface Scan {
  /** Only look near where this fires: a costly pattern then runs on a few hundred characters, not the whole text. */
  near?: Trigger;
  /** How far before a trigger hit a match may start, and how long a match may be. */
  before?: number;
  span?: number;
  /**
   * Every match starts a word: the pattern is tried only where words start, not at every character of the window
   * (a long alternation behind a look-behind has nothing else to skip ahead by).
   */
  atWordStarts?: boolean;
}

/** The first match of `pattern` in the segments (in order) that `accept` keeps, as evidence. */
export function firstMatch(
  segments: readonly Segment[],
  pattern: RegExp,
  accept: (match: RegExpExecArray, segment: Segment) => boolean = () => true,
  scan: Scan = {},
): { evidence: Evidence; match: RegExpExecArray } | undefined {
  for (const segment of segments) {
    let found: RegExpExecArray | undefined;
    const visit = (match: RegExpExecArray): boolean => {
      if (match[0].length === 0 || !accept(match, segment)) return false;
      found = match;
      return true;
    };
    if (scan.near && scan.atWordStarts) eachMatchNear(segment.text, pattern, scan.near.hitsIn(segment), scan, visit, wordStarts(segment));
    else if (scan.near) eachMatchNear(segment.text, pattern, scan.near.hitsIn(segment), scan, visit);
    else eachMatch(segment.text, pattern, visit);
    if (found) return { evidence: evidenceIn(segment, found.index, found[0].length), match: found };
  }
  return undefined;
}

/** Matches of a global `pattern` in text order. */
export function* matchesIn(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  const matches: RegExpExecArray[] = [];
  eachMatch(text, pattern, (m) => {
    matches.push(m);
    return false;
  });
  yield* matches;
}

/** Calls `visit` on each match in text order until it returns true (a callback: generators cost more per match). */
function eachMatch(text: string, pattern: RegExp, visit: (m: RegExpExecArray) => boolean, from = 0): void {
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) pattern.lastIndex++;
    if (visit(m)) return;
  }
}

/** Where the segment's words start, in text order. */
function wordStarts(segment: Segment): number[] {
  return tokenize(segment).words.map((w) => w.start);
}

const stickyCopies = new WeakMap<RegExp, RegExp>();
function sticky(pattern: RegExp): RegExp {
  let copy = stickyCopies.get(pattern);
  if (!copy) stickyCopies.set(pattern, (copy = new RegExp(pattern.source, `${pattern.flags}y`)));
  return copy;
}

/**
 * As `eachMatch`, trying the pattern only at the given word starts in [from, to). Each try is anchored, so the whole
 * text is searched without a slice (a slice would be copied again for every window).
 */
function eachMatchAt(text: string, pattern: RegExp, starts: number[], from: number, to: number, visit: (m: RegExpExecArray) => boolean): void {
  const at = sticky(pattern);
  let next = from;
  for (const start of starts) {
    if (start < next) continue;
    if (start >= to) return;
    at.lastIndex = start;
    const m = at.exec(text);
    if (!m || m[0].length === 0) continue;
    if (visit(m)) return;
    next = start + m[0].length;
  }
}

/** As `eachMatch`, searching only windows around the hits, merged where they overlap so each character is searched once. */
function eachMatchNear(
  text: string,
  pattern: RegExp,
  hits: number[],
  scan: Scan,
  visit: (m: RegExpExecArray) => boolean,
  starts?: number[],
): void {
  const { before = 80, span = 320 } = scan;
  let i = 0;
  while (i < hits.length) {
    const start = Math.max(0, hits[i]! - before);
    let end = Math.min(text.length, hits[i]! + span);
    for (i++; i < hits.length && hits[i]! - before <= end; i++) end = Math.min(text.length, hits[i]! + span);
    // A slice up to `end` bounds the search; look-behinds still see the real text before `start`.
    let stop = false;
    if (starts) eachMatchAt(text, pattern, starts, start, end, (m) => (stop = visit(m)));
    else eachMatch(text.slice(0, end), pattern, (m) => (stop = visit(m)), start);
    if (stop) return;
  }
}

/** A line of a list: "1) …", "2. …", "3 - …", "- …", "Step 4: …". */
export const LIST_ITEM = /^\s*(?:\(?\d{1,2}[.):]|\d{1,2}\s*[-–—]|[-*•]|(?:step|шаг)\s*\d{1,2}\s*[:.)-]?)\s*\S/i;

/** Lines of a text with their offsets, without the line breaks. */
export function* linesOf(text: string): Generator<{ line: string; start: number }> {
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.charCodeAt(end - 1) === 13 && end > start ? text.slice(start, end - 1) : text.slice(start, end);
    yield { line, start };
    if (newline === -1) return;
    start = newline + 1;
  }
}
