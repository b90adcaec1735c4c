import { expect, it } from 'vitest';
import { badgeText, wallClockState } from '../../src/background/badge';
import { reminderTime } from '../../src/background/reminders';

it('reads the state from the wall-clock time left when no tier was reported', () => {
  expect(wallClockState(null, false)).toBe('no-deadline');
  expect(wallClockState(61, false)).toBe('on-track');
  expect(wallClockState(60, false)).toBe('due-soon');
  expect(wallClockState(0, false)).toBe('breached');
  expect(wallClockState(200, true)).toBe('paused');
  expect(wallClockState(-5, true)).toBe('breached');
});

it('writes the time left in whole minutes under an hour and whole hours above', () => {
  expect(badgeText('due-soon', 0.2)).toBe('1m');
  expect(badgeText('due-soon', 45)).toBe('45m');
  expect(badgeText('due-soon', 59.5)).toBe('1h');
  expect(badgeText('on-track', 5 * 60 + 59)).toBe('5h');
  expect(badgeText('on-track', 120 * 60)).toBe('99h+');
  expect(badgeText('breached', -3)).toBe('!');
  expect(badgeText('paused', 100)).toBe('||');
  expect(badgeText('no-deadline', null)).toBe('');
});

it('sets the reminder the configured minutes before the deadline, never in the past', () => {
  const now = Date.parse('2026-11-20T10:00:00Z');
  expect(reminderTime('2026-11-20T12:00:00Z', 30, now)).toBe(Date.parse('2026-11-20T11:30:00Z'));
  expect(reminderTime('2026-11-20T10:10:00Z', 30, now)).toBe(now + 1000);
  expect(reminderTime('2026-11-20T09:00:00Z', 30, now)).toBeNull();
  expect(reminderTime('2026-11-20T12:00:00Z', 0, now)).toBeNull();
});
