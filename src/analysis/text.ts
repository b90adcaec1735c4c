import { type Evidence, evidenceIn, type Segment } from './evidence';

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
 * A cheap pattern that every match of a costly one contains: stems at the start of a word. `anywhere` patterns
 * may start inside a word (".php", "v2"). The stems carry no word-start check, so the engine scans for the
 * literals at full speed; a stem hit inside a word is skipped where the hits are read (a check written after the
 * stems refused "untouched" wherever "touch" was a stem too, and one written before them is several times slower).
 */
export function trigger(stems: readonly string[], anywhere: readonly string[] = []): RegExp {
  return new RegExp([`(?<stem>${stems.join('|')})`, ...anywhere].join('|'), 'gi');
}

const WORD_CHAR = new RegExp(`[${LETTERS}0-9_]`);
/** The next hit of a trigger, skipping its stems found inside a word. */
function nextHit(near: RegExp, text: string): RegExpExecArray | null {
  for (let hit = near.exec(text); hit; hit = near.exec(text)) {
    if (hit[0].length === 0) near.lastIndex = hit.index + 1;
    if (!hit.groups?.stem || hit.index === 0 || !WORD_CHAR.test(text[hit.index - 1]!)) return hit;
  }
  return null;
}

interface Scan {
  /** Only look near hits of this cheap pattern: a costly pattern then runs on a few hundred characters, not the whole text. */
  near?: RegExp;
  /** How far before a trigger hit a match may start, and how long a match may be. */
  before?: number;
  span?: number;
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
    eachMatch(segment.text, pattern, scan, (match) => {
      if (match[0].length === 0 || !accept(match, segment)) return false;
      found = match;
      return true;
    });
    if (found) return { evidence: evidenceIn(segment, found.index, found[0].length), match: found };
  }
  return undefined;
}

/** Matches of a global `pattern` in text order, searched only in windows around `scan.near` hits when given. */
export function* matchesIn(text: string, pattern: RegExp, scan: Scan = {}): Generator<RegExpExecArray> {
  const matches: RegExpExecArray[] = [];
  eachMatch(text, pattern, scan, (m) => {
    matches.push(m);
    return false;
  });
  yield* matches;
}

/** Calls `visit` on each match in text order until it returns true (a callback: generators cost more per match). */
function eachMatch(text: string, pattern: RegExp, scan: Scan, visit: (m: RegExpExecArray) => boolean): void {
  const { near, before = 80, span = 320 } = scan;
  if (!near) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) pattern.lastIndex++;
      if (visit(m)) return;
    }
    return;
  }
  // Windows around the hits, merged where they overlap, so each character is searched at most once.
  near.lastIndex = 0;
  let hit = nextHit(near, text);
  while (hit) {
    const start = Math.max(0, hit.index - before);
    let end = Math.min(text.length, hit.index + span);
    let next = nextHit(near, text);
    while (next && next.index - before <= end) {
      end = Math.min(text.length, next.index + span);
      next = nextHit(near, text);
    }
    // A slice up to `end` bounds the search; look-behinds still see the real text before `start`.
    const window = text.slice(0, end);
    pattern.lastIndex = start;
    for (let m = pattern.exec(window); m; m = pattern.exec(window)) {
      if (m[0].length === 0) pattern.lastIndex++;
      if (visit(m)) return;
    }
    hit = next;
  }
}

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
