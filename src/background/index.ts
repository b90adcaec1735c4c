import { browser } from 'wxt/browser';
import { BADGE_REFRESH_ALARM, forgetTab, refreshBadges, tabShowing } from './active-tickets';
import { handleMessage } from './handlers';
import { onReminderAlarm, reminderKey } from './reminders';
import { currentSettings } from '../settings/store';

/**
 * Registers every listener synchronously at the worker's start, so events that woke the worker
 * (a message, an alarm) reach it; all work happens inside the listeners.
 */
export function startBackground(): void {
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_REFRESH_ALARM) void refreshBadges();
    else void onReminderAlarm(alarm.name);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.notifications.onClicked.addListener((id) => void showReminderTicket(id));
  // The first read of managed storage after a browser start can take seconds (2.6 s seen in Chromium): start it
  // now, while the browser opens, rather than when the first ticket page asks which policy applies.
  currentSettings().catch(() => undefined);
}

/** A click on a reminder brings the ticket's tab forward, when a tab still shows it. */
async function showReminderTicket(notificationId: string): Promise<void> {
  const key = reminderKey(notificationId);
  const tabId = key === null ? null : await tabShowing(key);
  if (tabId === null) return;
  const tab = await browser.tabs.update(tabId, { active: true });
  if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  await browser.notifications.clear(notificationId);
}
