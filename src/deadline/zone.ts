import { Info, type Zone } from 'luxon';

const SECOND = 1000;
const DAY = 86_400_000;
/** Offsets are tabulated per block of time; a block is built once per zone. */
const BLOCK = 366 * DAY;
/** Sampling step when tabulating: no IANA zone changes its offset and back within a day. */
const SAMPLE = DAY;
/** Blocks kept per zone before the table starts over (a century). */
const MAX_BLOCKS = 100;

interface Block {
  /** Instants from which `offsets[i]` (ms) applies, ascending; `starts[0]` is the block's start. */
  starts: number[];
  offsets: number[];
}

/**
 * A time zone's offsets, tabulated from luxon (Intl) so that the deadline engine converts
 * between instants and local wall time without asking Intl for every conversion.
 * Wall time is written as "milliseconds since 1970-01-01T00:00 local", i.e. as if it were UTC.
 */
export class ZoneTime {
  private readonly zone: Zone;
  private readonly blocks = new Map<number, Block>();
  private readonly offsetTexts = new Map<number, string>();
  /** luxon writes `Z` instead of `+00:00` for the fixed UTC zone (not for Etc/UTC); so do we. */
  private readonly writesZ: boolean;

  constructor(readonly name: string) {
    const zone = Info.normalizeZone(name);
    if (!zone || !zone.isValid) throw new Error(`unknown time zone "${name}"`);
    this.zone = zone;
    this.writesZ = zone.isUniversal && zone.offset(0) === 0;
  }

  /** The zone's offset (ms, local minus UTC) at an instant. */
  offsetAt(ms: number): number {
    const key = Math.floor(ms / BLOCK);
    const block = this.blocks.get(key) ?? this.tabulate(key);
    let i = block.starts.length - 1;
    while (i > 0 && block.starts[i]! > ms) i--;
    return block.offsets[i]!;
  }

  /**
   * The instant of a local wall time. A wall time in a spring-forward gap moves forward by the
   * gap (it is read with the offset in force before the gap); a repeated one takes the earlier instant.
   */
  toInstant(wall: number): number {
    const before = this.offsetAt(wall - DAY);
    const after = this.offsetAt(wall + DAY);
    const early = wall - before;
    if (before === after) return early;
    const late = wall - after;
    const earlyValid = this.offsetAt(early) === before;
    const lateValid = this.offsetAt(late) === after;
    if (earlyValid && lateValid) return Math.min(early, late);
    if (lateValid && !earlyValid) return late;
    return early; // valid alone, or in a gap: `before` is the offset in force before the gap
  }

  wallOf(ms: number): number {
    return ms + this.offsetAt(ms);
  }

  /** ISO-8601 in this zone's offset, milliseconds only when non-zero: what luxon's toISO({ suppressMilliseconds: true }) writes. */
  iso(ms: number): string {
    const offset = this.offsetAt(ms);
    const text = new Date(ms + offset).toISOString(); // YYYY-MM-DDTHH:MM:SS.mmmZ
    const local = ms % SECOND === 0 ? text.slice(0, 19) : text.slice(0, 23);
    return local + this.offsetText(offset);
  }

  /** `+05:45`, `-03:30`, or `Z`; one string per offset the zone uses. */
  private offsetText(offset: number): string {
    let text = this.offsetTexts.get(offset);
    if (text === undefined) {
      const minutes = Math.abs(offset) / 60_000;
      text =
        offset === 0 && this.writesZ
          ? 'Z'
          : `${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
      this.offsetTexts.set(offset, text);
    }
    return text;
  }

  private tabulate(key: number): Block {
    if (this.blocks.size >= MAX_BLOCKS) this.blocks.clear();
    const start = key * BLOCK;
    const block: Block = { starts: [start], offsets: [this.lookUp(start)] };
    for (let t = start + SAMPLE; t <= start + BLOCK; t += SAMPLE) {
      const current = block.offsets[block.offsets.length - 1]!;
      if (this.lookUp(t) === current) continue;
      // Offsets change on whole seconds: find the first second of the new one.
      let lo = t - SAMPLE;
      let hi = t;
      while (hi - lo > SECOND) {
        const mid = lo + Math.floor((hi - lo) / 2 / SECOND) * SECOND;
        if (this.lookUp(mid) === current) lo = mid;
        else hi = mid;
      }
      if (hi < start + BLOCK) {
        block.starts.push(hi);
        block.offsets.push(this.lookUp(hi));
      }
    }
    this.blocks.set(key, block);
    return block;
  }

  private lookUp(ms: number): number {
    return Math.round(this.zone.offset(ms) * 60_000);
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

const zones = new Map<string, ZoneTime>();

/** One table per zone name, shared by every policy in that zone. */
export function zoneTime(name: string): ZoneTime {
  let zone = zones.get(name);
  if (!zone) {
    zone = new ZoneTime(name);
    zones.set(name, zone);
  }
  return zone;
}
