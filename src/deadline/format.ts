import { IANAZone } from 'luxon';
import type { LocalText } from '../policy/schema';
import type { DeadlineResult } from './index';

/**
 * The deadline in words, shared by the overlay, the popup and the CLI: plain strings (no markup),
 * as one line and as parts a view can lay out itself.
 */

export type DisplayLocale = 'en' | 'ru';
export type DeadlineState = 'on-track' | 'due-soon' | 'breached' | 'paused' | 'no-deadline';

export interface DisplayOptions {
  /** The instant the result was computed for (the `now` given to deadlineFor): epoch ms or ISO-8601 with an offset. */
  now: number | string;
  /** The agent's own IANA time zone. */
  timeZone: string;
  locale: DisplayLocale;
  /** How the policy words a promise it does not quantify (`policy.sla.summary`). */
  summary?: LocalText;
}

export interface DeadlineDisplay {
  state: DeadlineState;
  /** The whole line, e.g. "due Tue 24 Nov 14:00 MSK (12:00 your time) — 5 h 20 min of working time left, 1 d 2 h on the clock". */
  text: string;
  parts: {
    /** "due Tue 24 Nov 14:00 MSK", "was due …", "due … if resumed now"; null without a deadline. */
    due: string | null;
    /** "12:00 your time"; null when the agent's clock shows the policy's time. */
    agentTime: string | null;
    /** "5 h 20 min of working time left" or "… overdue"; null when the result has no remaining time. */
    working: string | null;
    /** "1 d 2 h on the clock" or "… ago"; null without a deadline and while paused. */
    wallClock: string | null;
    /** Paused, indicative, or no-commitment wording. */
    note: string | null;
  };
}

/**
 * Due soon: at most a fifth of the target, or at most one working hour, is left
 * (whichever is more), so a short target warns early enough to act and a long one is not
 * flagged for days.
 */
export const DUE_SOON_SHARE = 0.2;
export const DUE_SOON_MINUTES = 60;

export function deadlineState(result: DeadlineResult, now: number | string): DeadlineState {
  if (result.commitment === 'none' || result.deadline === null) return 'no-deadline';
  const nowMs = instantMs(now);
  if (nowMs > Date.parse(result.deadline)) return 'breached';
  if (result.paused) return 'paused';
  const left = result.remainingMinutes ?? (Date.parse(result.deadline) - nowMs) / 60_000;
  return left <= Math.max(DUE_SOON_MINUTES, DUE_SOON_SHARE * result.targetMinutes) ? 'due-soon' : 'on-track';
}

const WORDS = {
  en: {
    due: 'due',
    wasDue: 'was due',
    ifResumed: ' if resumed now',
    yourTime: 'your time',
    workingLeft: (d: string) => `${d} of working time left`,
    workingOverdue: (d: string) => `${d} of working time overdue`,
    clockLeft: (d: string) => `${d} on the clock`,
    clockAgo: (d: string) => `${d} ago`,
    paused: 'paused, waiting on the customer: the clock stands still',
    indicative: 'indicative: the policy gives only a rough time',
    noCommitment: 'the policy promises no response time',
    units: { d: 'd', h: 'h', min: 'min' },
  },
  ru: {
    due: 'срок:',
    wasDue: 'срок истёк:',
    ifResumed: ', если продолжить сейчас',
    yourTime: 'по вашему времени',
    workingLeft: (d: string) => `осталось ${d} рабочего времени`,
    workingOverdue: (d: string) => `просрочено на ${d} рабочего времени`,
    clockLeft: (d: string) => `${d} по часам`,
    clockAgo: (d: string) => `${d} назад`,
    paused: 'пауза, ждём клиента: часы стоят',
    indicative: 'ориентировочно: политика называет лишь примерный срок',
    noCommitment: 'политика не обещает срок ответа',
    units: { d: 'д', h: 'ч', min: 'мин' },
  },
} as const;

export function describeDeadline(result: DeadlineResult, options: DisplayOptions): DeadlineDisplay {
  const words = WORDS[options.locale];
  const state = deadlineState(result, options.now);
  if (state === 'no-deadline') return describeNoCommitment(options.summary, options.locale);
  const deadline = Date.parse(result.deadline!);
  const nowMs = instantMs(options.now);
  const lead = state === 'breached' ? words.wasDue : words.due;
  const due = `${lead} ${dateTime(deadline, result.timezone, options.locale)} ${zoneLabel(result.timezone, deadline)}${
    state === 'paused' ? words.ifResumed : ''
  }`;
  const agentTime = agentTimeOf(deadline, result.timezone, options);
  const remaining = result.remainingMinutes;
  const working =
    remaining === undefined
      ? null
      : (state === 'breached' ? words.workingOverdue : words.workingLeft)(formatMinutes(Math.abs(remaining), options.locale));
  const wallClock =
    state === 'paused'
      ? null
      : (deadline < nowMs ? words.clockAgo : words.clockLeft)(formatElapsed(Math.abs(deadline - nowMs), options.locale));
  const pausedNote = state === 'paused' ? words.paused : null;
  const indicativeNote = result.commitment === 'indicative' ? words.indicative : null;
  const head = agentTime ? `${due} (${agentTime})` : due;
  const tail = [working, wallClock].filter(Boolean).join(', ');
  const text = [pausedNote, tail ? `${head} — ${tail}` : head, indicativeNote].filter(Boolean).join('; ');
  const note = [pausedNote, indicativeNote].filter(Boolean).join('; ') || null;
  return { state, text, parts: { due, agentTime, working, wallClock, note } };
}

/** For a policy (or tier) that promises no response time: its own words, never a made-up deadline. */
export function describeNoCommitment(summary: LocalText | undefined, locale: DisplayLocale): DeadlineDisplay {
  const note = summary ? (summary[locale] ?? summary.en) : WORDS[locale].noCommitment;
  return { state: 'no-deadline', text: note, parts: { due: null, agentTime: null, working: null, wallClock: null, note } };
}

/** Working time: hours and minutes ("5 h 20 min"), rounded up to a whole minute. */
export function formatMinutes(minutes: number, locale: DisplayLocale): string {
  const { h, min } = WORDS[locale].units;
  const total = Math.ceil(Math.abs(minutes) - 1e-9);
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (!hours) return `${rest} ${min}`;
  return rest ? `${hours} ${h} ${rest} ${min}` : `${hours} ${h}`;
}

/** Wall-clock time: "1 d 2 h" from a day on, "3 h 5 min" below it. */
function formatElapsed(ms: number, locale: DisplayLocale): string {
  const minutes = Math.ceil(ms / 60_000 - 1e-9);
  if (minutes < 1440) return formatMinutes(minutes, locale);
  const { d, h } = WORDS[locale].units;
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  return hours ? `${days} ${d} ${hours} ${h}` : `${days} ${d}`;
}

function agentTimeOf(deadline: number, policyZone: string, options: DisplayOptions): string | null {
  if (!IANAZone.isValidZone(options.timeZone)) return null;
  const policyText = dateTime(deadline, policyZone, options.locale);
  const agentText = dateTime(deadline, options.timeZone, options.locale);
  if (policyText === agentText) return null;
  const sameDay = policyText.slice(0, -5) === agentText.slice(0, -5);
  return `${sameDay ? agentText.slice(-5) : agentText} ${WORDS[options.locale].yourTime}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are costly to make and a countdown asks every second: one per locale, zone and kind. */
function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone} ${Object.keys(options).join()}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone, ...options });
    formatters.set(key, format);
  }
  return format;
}

/** "Tue 24 Nov 14:00" / "вт 24 нояб. 14:00" in a zone. */
function dateTime(ms: number, timeZone: string, locale: DisplayLocale): string {
  const options = { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
  const part = Object.fromEntries(formatter(locale, timeZone, options).formatToParts(ms).map((p) => [p.type, p.value]));
  return `${part.weekday} ${part.day} ${part.month} ${part.hour}:${part.minute}`;
}

/** Intl names few zones outside the US ("GMT+3" for Moscow); these are the names agents use. */
const ZONE_NAMES: Record<string, string> = {
  'Europe/Moscow': 'MSK',
  'Europe/Simferopol': 'MSK',
  'Europe/Kirov': 'MSK',
  'Europe/Volgograd': 'MSK',
};

function zoneLabel(timeZone: string, ms: number): string {
  const known = ZONE_NAMES[timeZone];
  if (known) return known;
  const parts = formatter('en-US', timeZone, { timeZoneName: 'short' }).formatToParts(ms);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

function instantMs(now: number | string): number {
  return typeof now === 'number' ? now : Date.parse(now);
}
