import { describe, expect, it } from 'vitest';
import { ticketFingerprint } from '../../src/overlay/fingerprint';
import { uiLanguage } from '../../src/overlay/i18n';
import { clampPosition, keyboardMove } from '../../src/overlay/position';
import { chosenTier, defaultReceived, fromLocalInput, isPaused, repliesToShow, ticketKey, toLocalInput, togglePause } from '../../src/overlay/view-model';
import { FINDINGS } from './support/overlay-findings';

describe('overlay view model', () => {
  it('opens a pause and closes it on resume', () => {
    const paused = togglePause([{ start: 'a', end: 'b' }], 'c');
    expect(paused).toEqual([{ start: 'a', end: 'b' }, { start: 'c' }]);
    expect(isPaused(paused)).toBe(true);
    expect(togglePause(paused, 'd')).toEqual([{ start: 'a', end: 'b' }, { start: 'c', end: 'd' }]);
  });

  it('chooses the agent’s tier, then the suggestion, then the first tier', () => {
    expect(chosenTier(['a', 'b', 'c'], 'c', 'b')).toBe('c');
    expect(chosenTier(['a', 'b', 'c'], 'gone', 'b')).toBe('b');
    expect(chosenTier(['a', 'b'], undefined, null)).toBe('a');
    expect(chosenTier([], undefined, 'b')).toBeUndefined();
  });

  it('takes the received time from the first customer message with a time', () => {
    expect(
      defaultReceived({
        subject: '',
        messages: [
          { author: 'A', role: 'agent', at: '2026-01-01T00:00:00Z', text: '' },
          { author: 'C', role: 'customer', text: '' },
          { author: 'C', role: 'customer', at: '2026-01-02T00:00:00Z', text: '' },
        ],
      }),
    ).toBe('2026-01-02T00:00:00Z');
    expect(defaultReceived({ subject: '', messages: [{ author: 'C', role: 'customer', text: '' }] })).toBeUndefined();
  });

  it('round-trips a received time through the datetime-local field to the minute', () => {
    expect(fromLocalInput(toLocalInput('2026-11-20T09:15:00Z'))).toBe('2026-11-20T09:15:00.000Z');
    expect(fromLocalInput('')).toBeUndefined();
    expect(toLocalInput('not a date')).toBe('');
  });

  it('keys a ticket by its address, fragment included', () => {
    expect(ticketKey('https://mail.example.com/mail/u/0/#inbox/abc')).toBe('https://mail.example.com/mail/u/0/#inbox/abc');
  });

  it('shows replies in the ticket’s language', () => {
    expect(repliesToShow({ ...FINDINGS, language: 'ru' }).map((r) => r.language)).toEqual(['ru']);
    expect(repliesToShow({ ...FINDINGS, language: undefined })).toHaveLength(2);
  });

  it('fingerprints tickets by content', () => {
    const a = ticketFingerprint(FINDINGS.ticket);
    expect(ticketFingerprint(structuredClone(FINDINGS.ticket))).toBe(a);
    expect(ticketFingerprint({ ...FINDINGS.ticket, subject: 'other' })).not.toBe(a);
  });

  it('keeps the panel on screen and moves it by keyboard steps', () => {
    expect(clampPosition({ x: -50, y: 5000 }, { width: 340, height: 600 }, { width: 1000, height: 800 })).toEqual({ x: 8, y: 744 });
    expect(keyboardMove({ x: 10, y: 10 }, 'ArrowDown', true)).toEqual({ x: 10, y: 130 });
    expect(keyboardMove({ x: 10, y: 10 }, 'Enter', false)).toBeNull();
  });

  it('speaks Russian only to Russian browsers', () => {
    expect(uiLanguage('ru-RU')).toBe('ru');
    expect(uiLanguage('en-GB')).toBe('en');
    expect(uiLanguage(undefined)).toBe('en');
  });
});
