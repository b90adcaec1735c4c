import { DUE_SOON_MINUTES, type DeadlineState } from '../deadline/format';

/**
 * The state of a reported deadline when the report names no tier to count working time with:
 * wall-clock time to the deadline, with the shared formatter's one-hour due-soon threshold.
 */
export function wallClockState(remainingMinutes: number | null, paused: boolean): DeadlineState {
  if (remainingMinutes === null) return 'no-deadline';
  if (remainingMinutes <= 0) return 'breached';
  if (paused) return 'paused';
  return remainingMinutes <= DUE_SOON_MINUTES ? 'due-soon' : 'on-track';
}

/** Toolbar badge text: "!" once breached, else the time left in whole hours or minutes ("5h", "45m"). */
export function badgeText(state: DeadlineState, remainingMinutes: number | null): string {
  if (state === 'breached') return '!';
  if (state === 'paused') return '||';
  if (remainingMinutes === null) return '';
  const minutes = Math.ceil(remainingMinutes);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  return hours < 100 ? `${hours}h` : '99h+';
}

export const BADGE_COLOURS: Record<DeadlineState, string> = {
  'on-track': '#2e7d32',
  'due-soon': '#b26a00',
  breached: '#c62828',
  paused: '#616161',
  'no-deadline': '#616161',
};
