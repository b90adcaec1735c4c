import { browser } from 'wxt/browser';
import { BADGE_REFRESH_ALARM, forgetTab, refreshBadges } from './active-tickets';
import { handleMessage } from './handlers';
import { onReminderAlarm } from './reminders';

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
}
