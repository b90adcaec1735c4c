import { WEEKDAYS, type Schedule } from '../policy/schema';
import type { ZoneTime } from './zone';

export const MINUTE = 60_000;
export const DAY = 86_400_000;
/**
 * Working time is handed out in chunks of seven days (UTC, from the epoch), so a walk
 * over many days takes whole weeks at once when nothing inside them needs looking at.
 */
export const CHUNK = 7 * DAY;

/** Working time within `[start, end)`: disjoint half-open intervals in ascending order. */
export interface Chunk {
  start: number;
  end: number;
  starts: readonly number[];
  ends: readonly number[];
  /** Sum of the intervals' lengths (ms). */
  total: number;
}

export interface WorkingTime {
  chunk(index: number): Chunk;
}

export function chunkIndex(ms: number): number {
  return Math.floor(ms / CHUNK);
}

/** A calendar clock: every instant counts. */
export const ELAPSED_TIME: WorkingTime = {
  chunk(index) {
    const start = index * CHUNK;
    return { start, end: start + CHUNK, starts: [start], ends: [start + CHUNK], total: CHUNK };
  },
};

/** Chunks kept per schedule before the cache starts over (about twenty years). */
const MAX_CHUNKS = 1100;

/** Minutes of the local day, `[start, end]`, per weekday (Monday first); `24:00` is 1440. */
export type WeekTable = ReadonlyArray<ReadonlyArray<readonly [number, number]>>;

export function weekTable(schedule: Schedule): WeekTable {
  return WEEKDAYS.map((day) =>
    schedule.week[day].map((interval) => {
      const [start, end] = interval.split('-').map(minutesOfDay) as [number, number];
      return [start, end] as const;
    }),
  );
}

function minutesOfDay(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** Local date (days since 1970-01-01) → weekday index, Monday 0. 1970-01-01 was a Thursday. */
function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

function dayNumber(isoDate: string): number {
  return Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / DAY;
}

/**
 * The business clock's working time: each local date's intervals (none on holidays), each end
 * turned into an instant on its own, empty ones dropped, touching or overlapping ones merged.
 * Chunks are built once and kept.
 */
export class BusinessCalendar implements WorkingTime {
  private readonly week: WeekTable;
  private readonly holidays: ReadonlySet<number>;
  private readonly chunks = new Map<number, Chunk>();
  readonly hasWorkingTime: boolean;

  constructor(
    schedule: Schedule,
    private readonly zone: ZoneTime,
  ) {
    this.week = weekTable(schedule);
    this.holidays = new Set(schedule.holidays.map(dayNumber));
    this.hasWorkingTime = this.week.some((day) => day.length > 0);
  }

  chunk(index: number): Chunk {
    let chunk = this.chunks.get(index);
    if (!chunk) {
      if (this.chunks.size >= MAX_CHUNKS) this.chunks.clear();
      chunk = this.build(index);
      this.chunks.set(index, chunk);
    }
    return chunk;
  }

  private build(index: number): Chunk {
    const start = index * CHUNK;
    const end = start + CHUNK;
    // A local date's intervals lie within 14 h before to 36 h after its UTC midnight
    // (offsets span −12 h…+14 h, plus a gap), so one date either side is enough.
    const raw: Array<[number, number]> = [];
    const firstDay = start / DAY - 1;
    for (let day = firstDay; day <= firstDay + 8; day++) {
      if (this.holidays.has(day)) continue;
      for (const [from, to] of this.week[weekdayOf(day)]!) {
        const a = Math.max(start, this.zone.toInstant(day * DAY + from * MINUTE));
        const b = Math.min(end, this.zone.toInstant(day * DAY + to * MINUTE));
        if (a < b) raw.push([a, b]);
      }
    }
    raw.sort((x, y) => x[0] - y[0]);
    const starts: number[] = [];
    const ends: number[] = [];
    let total = 0;
    for (const [a, b] of raw) {
      const last = ends.length - 1;
      if (last >= 0 && a <= ends[last]!) {
        if (b > ends[last]!) {
          total += b - ends[last]!;
          ends[last] = b;
        }
      } else {
        starts.push(a);
        ends.push(b);
        total += b - a;
      }
    }
    return { start, end, starts, ends, total };
  }
}
