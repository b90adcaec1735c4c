import { describe, expect, it } from 'vitest';
import { describeDeadline, describeNoCommitment, formatMinutes } from '../../src/deadline/format';
import { deadlineFor, type DeadlineOptions } from '../../src/deadline/index';
import { bundledPolicy } from '../../src/policy/bundled';
import { policySchema } from '../../src/policy/schema';

const iex = bundledPolicy('iexexchanger')!;
const RECEIVED = '2026-11-20T17:30:00+03:00'; // Friday, 30 working minutes before closing

function show(tier: string, now: string, timeZone: string, locale: 'en' | 'ru', options: DeadlineOptions = {}) {
  return describeDeadline(deadlineFor(iex, tier, RECEIVED, { ...options, now }), { now, timeZone, locale });
}

describe('deadline display', () => {
  it('on track, in the policy zone and the agent’s, with working and wall-clock time left (en, ru)', () => {
    const now = '2026-11-23T08:10:00Z'; // Mon 11:10 MSK
    const en = show('consultation', now, 'Europe/Berlin', 'en');
    expect(en.state).toBe('on-track');
    expect(en.text).toBe('due Wed 25 Nov 17:30 MSK (15:30 your time) — 22 h 20 min of working time left, 2 d 6 h on the clock');
    expect(en.parts).toEqual({
      due: 'due Wed 25 Nov 17:30 MSK',
      agentTime: '15:30 your time',
      working: '22 h 20 min of working time left',
      wallClock: '2 d 6 h on the clock',
      note: null,
    });
    expect(show('consultation', now, 'Asia/Vladivostok', 'ru', {}).text).toBe(
      'срок: ср 25 нояб. 17:30 MSK (чт 26 нояб. 00:30 по вашему времени) — осталось 22 ч 20 мин рабочего времени, 2 д 6 ч по часам',
    );
  });

  it('leaves out the agent’s time when it reads the same as the policy’s', () => {
    const r = show('critical', '2026-11-23T08:10:00Z', 'Europe/Istanbul', 'en'); // also UTC+3
    expect(r.parts.agentTime).toBeNull();
    expect(r.text).toBe('due Mon 23 Nov 15:30 MSK — 4 h 20 min of working time left, 4 h 20 min on the clock');
  });

  it('due soon from a fifth of the target or one working hour left, whichever is more', () => {
    // critical: 360 min target → due soon at ≤ 72 min left; deadline Mon 15:30 MSK.
    expect(show('critical', '2026-11-23T11:17:00Z', 'UTC', 'en').state).toBe('on-track'); // 73 min
    expect(show('critical', '2026-11-23T11:18:00Z', 'UTC', 'en').state).toBe('due-soon'); // 72 min
    // consultation: 1440 min → ≤ 288 min; deadline Wed 17:30 MSK.
    expect(show('consultation', '2026-11-25T09:41:00Z', 'UTC', 'en').state).toBe('on-track'); // 289 min
    expect(show('consultation', '2026-11-25T09:42:00Z', 'UTC', 'en').state).toBe('due-soon');
  });

  it('breached: overdue working time and how long ago, even when no working time has passed since', () => {
    const r = show('critical', '2026-11-23T14:00:00Z', 'Europe/Moscow', 'en'); // Mon 17:00 MSK, 90 min late
    expect(r.state).toBe('breached');
    expect(r.text).toBe('was due Mon 23 Nov 15:30 MSK — 1 h 30 min of working time overdue, 1 h 30 min ago');
    const later = show('critical', '2026-11-28T09:00:00Z', 'Europe/Moscow', 'ru');
    expect(later.parts.working).toBe('просрочено на 34 ч 30 мин рабочего времени');
    expect(later.parts.due).toBe('срок истёк: пн 23 нояб. 15:30 MSK');
    // Due at Friday's closing, looked at on Saturday: no working time since, yet breached.
    const now = '2026-11-28T09:00:00Z';
    const friday = deadlineFor(iex, 'partial', '2026-11-27T10:00:00+03:00', { now });
    expect(friday.remainingMinutes).toBe(-0);
    expect(describeDeadline(friday, { now, timeZone: 'Europe/Moscow', locale: 'en' })).toMatchObject({
      state: 'breached',
      text: 'was due Fri 27 Nov 18:00 MSK — 0 min of working time overdue, 18 h ago',
    });
  });

  it('paused: the clock stands still, the deadline is where it lands if resumed now', () => {
    const now = '2026-11-23T08:00:00Z'; // Mon 11:00 MSK, paused since 10:30
    const r = show('critical', now, 'Europe/Moscow', 'en', { pauses: [{ start: '2026-11-23T10:30:00+03:00' }] });
    expect(r.state).toBe('paused');
    expect(r.text).toBe(
      'paused, waiting on the customer: the clock stands still; due Mon 23 Nov 16:00 MSK if resumed now — 5 h of working time left',
    );
    expect(r.parts.wallClock).toBeNull();
  });

  it('an indicative promise says it is one', () => {
    const bitrix = bundledPolicy('bitrix24')!;
    const now = '2026-11-23T07:00:00Z';
    const r = describeDeadline(deadlineFor(bitrix, 'response', '2026-11-23T06:00:00Z', { now }), { now, timeZone: 'UTC', locale: 'en' });
    expect(r.text).toBe('due Wed 25 Nov 16:00 UTC — 29 h of working time left, 2 d 9 h on the clock; indicative: the policy gives only a rough time');
    expect(r.parts.note).toBe('indicative: the policy gives only a rough time');
    const paused = deadlineFor(bitrix, 'response', '2026-11-23T06:00:00Z', { now, pauses: [{ start: '2026-11-23T06:30:00Z' }] });
    expect(describeDeadline(paused, { now, timeZone: 'UTC', locale: 'en' }).parts.note).toBe(
      'paused, waiting on the customer: the clock stands still; indicative: the policy gives only a rough time',
    );
  });

  it('no commitment: the policy’s own words, or a plain statement; never a deadline', () => {
    const ixxo = bundledPolicy('ixxo')!;
    expect(describeNoCommitment(ixxo.sla.summary, 'ru')).toMatchObject({ state: 'no-deadline', text: ixxo.sla.summary!.ru });
    expect(describeNoCommitment(undefined, 'en').text).toBe('the policy promises no response time');
    const none = policySchema.parse({ ...iex, sla: { ...iex.sla, commitment: 'none', summary: { en: 'We answer when we can.' } } });
    const now = '2026-11-23T08:00:00Z';
    const r = describeDeadline(deadlineFor(none, 'critical', RECEIVED, { now }), { now, timeZone: 'UTC', locale: 'ru', summary: none.sla.summary });
    expect(r).toEqual({ state: 'no-deadline', text: 'We answer when we can.', parts: { due: null, agentTime: null, working: null, wallClock: null, note: 'We answer when we can.' } });
  });

  it('formats working minutes in hours and minutes, rounded up to a whole minute', () => {
    expect(formatMinutes(320, 'en')).toBe('5 h 20 min');
    expect(formatMinutes(1440, 'ru')).toBe('24 ч');
    expect(formatMinutes(0.01, 'en')).toBe('1 min');
    expect(formatMinutes(0, 'en')).toBe('0 min');
    expect(formatMinutes(-45, 'ru')).toBe('45 мин');
  });
});
