import { type Evidence, evidenceIn, type Segment } from './evidence';

/**
 * Regex helpers shared by the detectors. JavaScript's `\b` knows only ASCII letters, so word
 * edges are written as look-arounds on Unicode letters and digits (Russian stems need them).
 */
export const WORD_START = '(?<![\\p{L}\\p{N}_])';
export const WORD_END = '(?![\\p{L}\\p{N}_])';

/** A Unicode-aware, case-insensitive global regex from a source that uses the edges above. */
export function wordRegex(source: string): RegExp {
  return new RegExp(source, 'giu');
}

/** The first match of `pattern` in the segments (in order) that `accept` keeps, as evidence. */
export function firstMatch(
  segments: readonly Segment[],
  pattern: RegExp,
  accept: (match: RegExpExecArray, segment: Segment) => boolean = () => true,
): { evidence: Evidence; match: RegExpExecArray } | undefined {
  for (const segment of segments) {
    for (const match of segment.text.matchAll(pattern)) {
      if (match[0].length === 0) continue;
      if (accept(match, segment)) return { evidence: evidenceIn(segment, match.index, match[0].length), match };
    }
  }
  return undefined;
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
