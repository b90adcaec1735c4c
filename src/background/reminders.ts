import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { t, uiLocale } from '../ui/i18n';
import { NOTIFICATION_ICON } from './notification-icon';

/**
 * A reminder per ticket: a browser alarm `reminderMinutes` before its deadline (alarms outlive the
 * worker), and what the notification says, in local storage so a restarted worker can tell it.
 */
interface Reminder {
  title: string;
  deadline: string;
  notified: boolean;
}

const remindersItem = storage.defineItem<Record<string, Reminder>>('local:reminders', { fallback: {} });
const PREFIX = 'reminder:';

export const reminderAlarmName = (key: string) => `${PREFIX}${key}`;

/** The ticket key of a reminder's alarm or notification id; null for other ids. */
export const reminderKey = (id: string) => (id.startsWith(PREFIX) ? id.slice(PREFIX.length) : null);

/** When the reminder for a deadline is due; null when reminders are off or the deadline has passed. */
export function reminderTime(deadline: string, reminderMinutes: number, now: number): number | null {
  const at = Date.parse(deadline);
  if (reminderMinutes <= 0 || Number.isNaN(at) || at <= now) return null;
  return Math.max(at - reminderMinutes * 60_000, now + 1_000);
}

export async function scheduleReminder(key: string, title: string, deadline: string, reminderMinutes: number): Promise<void> {
  const reminders = await remindersItem.getValue();
  const known = reminders[key];
  if (known?.deadline === deadline && known.notified) return; // told once for this deadline
  const when = reminderTime(deadline, reminderMinutes, Date.now());
  if (when === null) {
    await clearReminder(key);
    return;
  }
  await remindersItem.setValue({ ...reminders, [key]: { title, deadline, notified: false } });
  await browser.alarms.create(reminderAlarmName(key), { when });
}

export async function clearReminder(key: string): Promise<void> {
  await browser.alarms.clear(reminderAlarmName(key));
  const reminders = await remindersItem.getValue();
  if (!(key in reminders)) return;
  delete reminders[key];
  await remindersItem.setValue(reminders);
}

/** The alarm went off: notify, and remember so the same deadline is not announced twice. */
export async function onReminderAlarm(alarmName: string): Promise<void> {
  const key = reminderKey(alarmName);
  if (key === null) return;
  const reminders = await remindersItem.getValue();
  const reminder = reminders[key];
  if (!reminder || reminder.notified) return;
  const minutes = Math.max(0, Math.round((Date.parse(reminder.deadline) - Date.now()) / 60_000));
  const due = new Date(reminder.deadline).toLocaleTimeString(uiLocale(), { hour: '2-digit', minute: '2-digit' });
  await browser.notifications.create(alarmName, {
    type: 'basic',
    iconUrl: NOTIFICATION_ICON,
    title: t('reminderTitle', minutes),
    message: t('reminderMessage', reminder.title, due),
  });
  await remindersItem.setValue({ ...reminders, [key]: { ...reminder, notified: true } });
}
