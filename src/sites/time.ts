/**
 * Turns the dates helpdesks print into ISO-8601. A date shown with its zone keeps it
 * (offset or Z); one shown without a zone stays a local time without offset, because the
 * page does not say which zone it means.
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  янв: 1, фев: 2, мар: 3, апр: 4, мая: 5, май: 5, июн: 6, июл: 7, авг: 8, сен: 9, окт: 10, ноя: 11, дек: 12,
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function offsetOf(zone: string | undefined): string | null {
  if (!zone) return '';
  if (/^(z|gmt|utc)$/i.test(zone)) return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  return m ? `${m[1]}${m[2]}:${m[3]}` : null;
}

function compose(y: number, mo: number, d: number, h: number, mi: number, s: number, zone?: string): string | undefined {
  const offset = offsetOf(zone);
  if (offset === null || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return undefined;
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${offset}`;
}

function monthOf(name: string): number {
  return MONTHS[name.slice(0, 3).toLowerCase()] ?? 0;
}

function hour12(h: number, meridiem: string | undefined): number {
  if (!meridiem) return h;
  const pm = meridiem.toUpperCase() === 'PM';
  return (h % 12) + (pm ? 12 : 0);
}

type Parser = (m: RegExpExecArray) => string | undefined;
const num = (s: string | undefined) => Number(s ?? 0);

const FORMATS: [RegExp, Parser][] = [
  // 2026-11-21T09:15:00.000Z, 2026-11-21 09:15, 2026-11-21T09:15:00+03:00
  [
    /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i,
    (m) => compose(num(m[1]), num(m[2]), num(m[3]), num(m[4]), num(m[5]), num(m[6]), m[7]),
  ],
  // RFC 2822: Sat, 21 Nov 2026 09:15:00 +0300; also Sat, 21 Nov 2026 at 9:15 AM
  [
    /(\d{1,2})\s+([A-Za-zА-Яа-я]{3,})\.?\s+(\d{4}),?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?\s*(Z|GMT|UTC|[+-]\d{4})?/i,
    (m) => compose(num(m[3]), monthOf(m[2] ?? ''), num(m[1]), hour12(num(m[4]), m[7]), num(m[5]), num(m[6]), m[8]),
  ],
  // ctime, RT's default: Sat Nov 21 09:15:00 2026
  [
    /[A-Za-z]{3}\s+([A-Za-z]{3})\s+(\d{1,2})\s+(\d{1,2}):(\d{2}):(\d{2})\s+(\d{4})/,
    (m) => compose(num(m[6]), monthOf(m[1] ?? ''), num(m[2]), num(m[3]), num(m[4]), num(m[5])),
  ],
  // Nov 21, 2026, 9:15 AM / Sat, Nov 21, 2026 at 9:15 AM
  [
    /([A-Za-z]{3,})\.?\s+(\d{1,2}),\s*(\d{4}),?\s*(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?/i,
    (m) => compose(num(m[3]), monthOf(m[1] ?? ''), num(m[2]), hour12(num(m[4]), m[7]), num(m[5]), num(m[6])),
  ],
  // 21.11.2026 09:15 (Russian and German locales)
  [
    /(\d{1,2})\.(\d{1,2})\.(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?/,
    (m) => compose(num(m[3]), num(m[2]), num(m[1]), num(m[4]), num(m[5]), num(m[6])),
  ],
];

/** ISO-8601 of a printed date, or undefined when the text holds no date this module knows. */
export function isoFrom(text: string | null | undefined): string | undefined {
  const value = text?.trim();
  if (!value || value.length > 200) return undefined;
  for (const [pattern, parse] of FORMATS) {
    const m = pattern.exec(value);
    if (m) return parse(m);
  }
  return undefined;
}

/** ISO-8601 (UTC) of a Unix time in seconds, as chat apps keep it in data attributes. */
export function isoFromEpochSeconds(value: string | null | undefined): string | undefined {
  if (!value || !/^\d{9,11}$/.test(value)) return undefined;
  return new Date(Number(value) * 1000).toISOString().replace('.000Z', 'Z');
}

/** The first of an element's machine-readable or printed times that parses. */
export function timeOf(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  for (const attr of ['datetime', 'data-time', 'data-datetime', 'title']) {
    const iso = isoFrom(el.getAttribute(attr));
    if (iso) return iso;
  }
  return isoFrom(el.textContent);
}
