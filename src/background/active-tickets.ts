import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { deadlineState } from '../deadline/format';
import { deadlineFor, type DeadlineResult } from '../deadline/index';
import type { ActiveTicket, Request } from '../messaging/protocol';
import { findPolicy } from '../settings/catalog';
import { currentSettings, type EffectiveSettings } from '../settings/store';
import { BADGE_COLOURS, badgeText, wallClockState } from './badge';
import { clearReminder, scheduleReminder } from './reminders';

/** What the overlay last reported for a tab; kept in session storage so a restarted worker still knows. */
export type TicketReport = Omit<Extract<Request, { type: 'active-ticket' }>, 'type'>;

const reportsItem = storage.defineItem<Record<string, TicketReport>>('session:active-tickets', { fallback: {} });
export const BADGE_REFRESH_ALARM = 'badge-refresh';

/**
 * State and time left: working minutes through the deadline engine when the report names
 * policy, tier and received time (the overlay's case); else wall-clock minutes to `deadline`.
 */
export function describeTicket(report: TicketReport, settings: EffectiveSettings, now: Date): ActiveTicket {
  const counted = countedDeadline(report, settings, now);
  const wallClock = report.deadline === null ? null : (Date.parse(report.deadline) - now.getTime()) / 60_000;
  const remaining = counted ? (counted.remainingMinutes ?? null) : Number.isNaN(wallClock) ? null : wallClock;
  const state = counted ? deadlineState(counted, now.getTime()) : wallClockState(remaining, report.paused);
  return {
    key: report.key,
    title: report.title,
    deadline: counted ? counted.deadline : report.deadline,
    state,
    remainingMinutes: remaining === null ? null : Math.round(remaining),
    badge: badgeText(state, remaining),
  };
}

function countedDeadline(report: TicketReport, settings: EffectiveSettings, now: Date): DeadlineResult | null {
  const policy = report.policyId ? findPolicy(settings.catalog, report.policyId) : undefined;
  if (!policy || !report.tierId || !report.received) return null;
  try {
    return deadlineFor(policy, report.tierId, report.received, { now: now.toISOString(), pauses: report.pauses ?? [] });
  } catch {
    return null; // the tier or times no longer fit the policy: the reported deadline stands
  }
}

async function showBadge(tabId: number, ticket: ActiveTicket | null): Promise<void> {
  // The Firefox build is Manifest V2, where the toolbar button is `browserAction`.
  const button = browser.action ?? browser.browserAction;
  await button.setBadgeText({ tabId, text: ticket?.badge ?? '' });
  if (ticket) await button.setBadgeBackgroundColor({ tabId, color: BADGE_COLOURS[ticket.state] });
}

/** Records a tab's ticket, updates its badge and (re)schedules its reminder. */
export async function reportTicket(tabId: number, report: TicketReport): Promise<ActiveTicket> {
  const settings = await currentSettings();
  const ticket = describeTicket(report, settings, new Date());
  await reportsItem.setValue({ ...(await reportsItem.getValue()), [tabId]: report });
  await showBadge(tabId, ticket);
  if (report.deadline && !report.paused) await scheduleReminder(report.key, report.title, report.deadline, settings.reminderMinutes);
  else await clearReminder(report.key);
  await browser.alarms.create(BADGE_REFRESH_ALARM, { periodInMinutes: 1 });
  return ticket;
}

export async function forgetTab(tabId: number): Promise<void> {
  const reports = await reportsItem.getValue();
  const report = reports[tabId];
  if (!report) return;
  delete reports[tabId];
  await reportsItem.setValue(reports);
  if (!Object.values(reports).some((r) => r.key === report.key)) await clearReminder(report.key);
  if (Object.keys(reports).length === 0) await browser.alarms.clear(BADGE_REFRESH_ALARM);
  await showBadge(tabId, null).catch(() => undefined); // the tab may be gone
}

export async function tabTicket(tabId: number): Promise<ActiveTicket | null> {
  const report = (await reportsItem.getValue())[tabId];
  return report ? describeTicket(report, await currentSettings(), new Date()) : null;
}

/** The tab showing the ticket with this key, if one still does (a reminder's notification was clicked). */
export async function tabShowing(key: string): Promise<number | null> {
  const hit = Object.entries(await reportsItem.getValue()).find(([, report]) => report.key === key);
  return hit ? Number(hit[0]) : null;
}

/** Once a minute while tickets are shown: the badges count down without the overlay's help. */
export async function refreshBadges(): Promise<void> {
  const reports = await reportsItem.getValue();
  const settings = await currentSettings();
  const now = new Date();
  for (const [tabId, report] of Object.entries(reports)) {
    await showBadge(Number(tabId), describeTicket(report, settings, now)).catch(() => forgetTab(Number(tabId)));
  }
}
