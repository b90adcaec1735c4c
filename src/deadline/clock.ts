import { DeadlineError } from './errors';
import { CHUNK, type Chunk, chunkIndex, type WorkingTime } from './working-time';

/** A walk gives up after this many weeks (about 200 years) rather than loop for ever. */
const MAX_CHUNKS_WALKED = 10_500;

export type Span = readonly [start: number, end: number];

/**
 * Counted time: working time with pauses removed. Walks chunk by chunk; a chunk no pause
 * touches is taken whole when the walk only needs its total.
 */
export class Clock {
  /** Pauses sorted and merged. */
  private readonly pauses: Span[];

  constructor(
    private readonly working: WorkingTime,
    pauses: readonly Span[],
  ) {
    this.pauses = mergeSpans(pauses);
  }

  /** The first counted instant at or after `from`. */
  firstCountedFrom(from: number): number {
    let found: number | undefined;
    this.walk(from, (chunk) => {
      const { starts, ends } = this.counted(chunk);
      for (let i = 0; i < starts.length; i++) {
        if (ends[i]! > from) {
          found = Math.max(starts[i]!, from);
          return true;
        }
      }
      return false;
    });
    return found!;
  }

  /** The earliest instant by which `amount` ms have been counted from `from` (the end of an interval if reached there). */
  advance(from: number, amount: number): number {
    let left = amount;
    let found: number | undefined;
    this.walk(from, (chunk) => {
      if (chunk.start >= from && !this.pausedWithin(chunk) && chunk.total < left) {
        left -= chunk.total;
        return false;
      }
      const { starts, ends } = this.counted(chunk);
      for (let i = 0; i < starts.length; i++) {
        const start = Math.max(starts[i]!, from);
        const length = ends[i]! - start;
        if (length <= 0) continue;
        if (left <= length) {
          found = start + left;
          return true;
        }
        left -= length;
      }
      return false;
    });
    return found!;
  }

  /** Counted time (ms) within `[from, to)`. */
  measure(from: number, to: number): number {
    let sum = 0;
    this.walk(from, (chunk) => {
      if (chunk.start >= to) return true;
      if (chunk.start >= from && chunk.end <= to && !this.pausedWithin(chunk)) {
        sum += chunk.total;
        return false;
      }
      const { starts, ends } = this.counted(chunk);
      for (let i = 0; i < starts.length; i++) {
        sum += Math.max(0, Math.min(ends[i]!, to) - Math.max(starts[i]!, from));
      }
      return chunk.end >= to;
    });
    return sum;
  }

  /** Visits chunks from the one holding `from` until `visit` says it is done. */
  private walk(from: number, visit: (chunk: Chunk) => boolean): void {
    const first = chunkIndex(from);
    for (let index = first; index < first + MAX_CHUNKS_WALKED; index++) {
      if (visit(this.working.chunk(index))) return;
    }
    const years = Math.round((MAX_CHUNKS_WALKED * CHUNK) / (365.25 * 86_400_000));
    throw new DeadlineError(`the deadline lies more than ${years} years ahead: target too long for the schedule`);
  }

  private pausedWithin(chunk: Chunk): boolean {
    return this.pauses.some(([start, end]) => start < chunk.end && end > chunk.start);
  }

  /** The chunk's working intervals minus the pauses. */
  private counted(chunk: Chunk): { starts: readonly number[]; ends: readonly number[] } {
    if (!this.pausedWithin(chunk)) return chunk;
    const starts: number[] = [];
    const ends: number[] = [];
    for (let i = 0; i < chunk.starts.length; i++) {
      let start = chunk.starts[i]!;
      const end = chunk.ends[i]!;
      for (const [pauseStart, pauseEnd] of this.pauses) {
        if (pauseEnd <= start || pauseStart >= end) continue;
        if (pauseStart > start) {
          starts.push(start);
          ends.push(pauseStart);
        }
        start = Math.max(start, pauseEnd);
        if (start >= end) break;
      }
      if (start < end) {
        starts.push(start);
        ends.push(end);
      }
    }
    return { starts, ends };
  }
}

/** Sorted, with overlapping and touching spans joined and empty ones dropped. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const merged: Array<[number, number]> = [];
  for (const [start, end] of [...spans].filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
