import type { DeadlineState } from '../messaging/protocol';

/** A ticket's state from its remaining working time (null: the policy promises no deadline). */
export function deadlineState(remainingMinutes: number | null, paused: boolean, dueSoonMinutes: number): DeadlineState {
  if (remainingMinutes === null) return 'no-deadline';
  if (remainingMinutes <= 0) return 'breached';
  if (paused) return 'paused';
  return remainingMinutes <= dueSoonMinutes ? 'due-soon' : 'on-track';
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
