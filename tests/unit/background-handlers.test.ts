import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleMessage } from '../../src/background/handlers';
import { tabShowing } from '../../src/background/active-tickets';
import { onReminderAlarm, reminderAlarmName, reminderKey } from '../../src/background/reminders';
import type { PageConfig, PolicyEntry, ActiveTicket } from '../../src/messaging/protocol';
import { bundledPolicy } from '../../src/policy/bundled';
import { forgetCurrentSettings, saveOwnPolicy, saveSyncSettings } from '../../src/settings/store';
import { DEFAULT_SYNC_SETTINGS } from '../../src/settings/schema';

const TAB = { tab: { id: 7 } };

beforeEach(() => {
  fakeBrowser.reset();
  // The worker keeps settings until storage reports a change; the reset above dropped its listener.
  forgetCurrentSettings();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) => `${key}:${[subs ?? []].flat().join('|')}`);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
});

async function ok<T>(message: unknown, sender = {}): Promise<T> {
  const reply = await handleMessage(message, sender);
  if (!reply.ok) throw new Error(`expected ok, got: ${reply.error}`);
  return reply.value as T;
}

describe('validation', () => {
  it('answers a message of an unknown type with an error instead of throwing', async () => {
    expect(await handleMessage({ type: 'format-disk' }, {})).toMatchObject({ ok: false, error: expect.stringContaining('bad request') });
  });
  it('names the field that is wrong', async () => {
    const reply = await handleMessage({ type: 'deadline', policyId: 'ixxo', tierId: 'x' }, {});
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('$.received') });
  });
  it('answers non-objects with an error', async () => {
    expect((await handleMessage('hello', {})).ok).toBe(false);
    expect((await handleMessage(null, {})).ok).toBe(false);
  });
  it('refuses to analyse with a policy nobody has', async () => {
    const reply = await handleMessage({ type: 'analyse', policyId: 'nope', ticket: { messages: [] } }, {});
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('unknown policy "nope"') });
  });
});

describe('page-config', () => {
  it('uses iexexchanger everywhere before any site is mapped', async () => {
    expect(await ok<PageConfig>({ type: 'page-config', url: 'https://acme.zendesk.com/agent/tickets/1' })).toEqual({
      policyId: 'iexexchanger',
      adapterId: null,
      source: 'default',
    });
  });

  it('applies the first site mapping that matches, with its adapter', async () => {
    await saveSyncSettings({
      ...DEFAULT_SYNC_SETTINGS,
      siteMappings: [
        { pattern: 'https://rt.example.org/*', policyId: 'ixxo', adapterId: 'rt' },
        { pattern: 'https://*.example.org/*', policyId: 'bitrix24' },
      ],
    });
    expect(await ok<PageConfig>({ type: 'page-config', url: 'https://rt.example.org/Ticket/Display.html?id=3' })).toMatchObject({
      policyId: 'ixxo',
      adapterId: 'rt',
      source: 'mapping',
    });
    expect(await ok<PageConfig>({ type: 'page-config', url: 'https://desk.example.org/t/1' })).toMatchObject({
      policyId: 'bitrix24',
      adapterId: null,
    });
    expect((await ok<PageConfig>({ type: 'page-config', url: 'https://other.com/' })).policyId).toBe('iexexchanger');
  });

  it('lets managed mappings win over the local ones', async () => {
    await saveSyncSettings({ ...DEFAULT_SYNC_SETTINGS, siteMappings: [{ pattern: 'https://rt.example.org/*', policyId: 'ixxo' }] });
    await fakeBrowser.storage.managed.set({ siteMappings: [{ pattern: 'https://rt.example.org/*', policyId: 'bitrix24' }] });
    expect(await ok<PageConfig>({ type: 'page-config', url: 'https://rt.example.org/x' })).toMatchObject({
      policyId: 'bitrix24',
      source: 'managed',
    });
  });

  it('keeps settings between messages and answers with new ones once storage changes', async () => {
    const url = 'https://rt.example.org/x';
    expect((await ok<PageConfig>({ type: 'page-config', url })).policyId).toBe('iexexchanger');
    await saveSyncSettings({ ...DEFAULT_SYNC_SETTINGS, siteMappings: [{ pattern: 'https://rt.example.org/*', policyId: 'ixxo' }] });
    expect((await ok<PageConfig>({ type: 'page-config', url })).policyId).toBe('ixxo');
    await fakeBrowser.storage.managed.set({ siteMappings: [{ pattern: 'https://rt.example.org/*', policyId: 'bitrix24' }] });
    expect((await ok<PageConfig>({ type: 'page-config', url })).policyId).toBe('bitrix24');
  });

  it('falls back to the default policy when a mapping names a deleted policy', async () => {
    await saveSyncSettings({ ...DEFAULT_SYNC_SETTINGS, defaultPolicyId: 'ixxo', siteMappings: [{ pattern: 'https://a.example/*', policyId: 'gone' }] });
    expect((await ok<PageConfig>({ type: 'page-config', url: 'https://a.example/1' })).policyId).toBe('ixxo');
  });
});

describe('list-policies', () => {
  it('lists bundled policies locked and the admin\'s own editable; a broken managed policy is left out', async () => {
    await saveOwnPolicy({ ...bundledPolicy('ixxo')!, id: 'ixxo-custom', name: 'Mine' });
    await fakeBrowser.storage.managed.set({ policies: [{ id: 'broken', name: 'Broken' }] });
    const entries = await ok<PolicyEntry[]>({ type: 'list-policies' });
    expect(entries.map((e) => [e.policy.id, e.source, e.locked])).toEqual([
      ['iexexchanger', 'bundled', true],
      ['ixxo', 'bundled', true],
      ['bitrix24', 'bundled', true],
      ['ixxo-custom', 'own', false],
    ]);
  });
});

const moscow = {
  id: 'moscow',
  name: 'Moscow desk',
  schedule: {
    timezone: 'Europe/Moscow',
    week: { mon: ['10:00-18:00'], tue: ['10:00-18:00'], wed: ['10:00-18:00'], thu: ['10:00-18:00'], fri: ['10:00-18:00'], sat: [], sun: [] },
  },
  sla: {
    commitment: 'guaranteed',
    tiers: [
      { id: 'fix', label: 'Fix', target: '6h', clock: 'business' },
      { id: 'wall', label: 'Wall clock', target: '6h', clock: 'calendar' },
    ],
  },
};

describe('deadline', () => {
  it('answers with the engine\'s deadline for a policy the admin saved', async () => {
    await saveOwnPolicy(moscow);
    const result = await ok<{ clockStart: string; deadline: string; remainingMinutes: number }>({
      type: 'deadline',
      policyId: 'moscow',
      tierId: 'fix',
      received: '2026-11-23T09:00:00+03:00',
      now: '2026-11-23T12:00:00+03:00',
    });
    expect(result).toMatchObject({ clockStart: '2026-11-23T10:00:00+03:00', deadline: '2026-11-23T16:00:00+03:00', remainingMinutes: 240 });
  });

  it('passes the engine\'s complaint about an unknown tier back as the error', async () => {
    const reply = await handleMessage({ type: 'deadline', policyId: 'iexexchanger', tierId: 'nope', received: '2026-11-23T09:00:00Z' }, {});
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('nope') });
  });
});

describe('ticket-state', () => {
  it('keeps what the agent set per ticket in extension storage', async () => {
    const state = { tierId: 'critical', received: '2026-11-20T09:15:00Z', pauses: [{ start: '2026-11-20T10:00:00Z' }] };
    expect(await ok({ type: 'ticket-state/set', key: 'zendesk:42', state })).toEqual(state);
    expect(await ok({ type: 'ticket-state/get', key: 'zendesk:42' })).toEqual(state);
    expect(await ok({ type: 'ticket-state/get', key: 'zendesk:43' })).toBeNull();
    // Stored in the browser's storage, not in the worker's memory, so a restarted worker reads it back.
    expect(await fakeBrowser.storage.local.get('ticket:zendesk:42')).toEqual({ 'ticket:zendesk:42': state });
  });

  it('refuses a state of the wrong shape and keeps the stored one', async () => {
    await ok({ type: 'ticket-state/set', key: 'k', state: { tierId: 'partial' } });
    const reply = await handleMessage({ type: 'ticket-state/set', key: 'k', state: { pauses: 'yes' } }, {});
    expect(reply.ok).toBe(false);
    expect(await ok({ type: 'ticket-state/get', key: 'k' })).toEqual({ tierId: 'partial', pauses: [] });
  });
});

describe('active-ticket', () => {
  const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();

  it('shows the time left on the tab\'s badge and schedules the reminder before the deadline', async () => {
    const deadline = inMinutes(5 * 60 + 30);
    const ticket = await ok<ActiveTicket>({ type: 'active-ticket', key: 't1', title: 'Rates stuck', deadline }, TAB);
    expect(ticket).toMatchObject({ state: 'on-track', badge: '5h' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('5h');
    const alarm = await fakeBrowser.alarms.get(reminderAlarmName('t1'));
    expect(alarm?.scheduledTime).toBe(Date.parse(deadline) - 30 * 60_000);
    expect(await ok<ActiveTicket>({ type: 'tab-ticket', tabId: 7 })).toMatchObject({ key: 't1', badge: '5h' });
  });

  it('turns the badge to due soon and then to "!" when breached', async () => {
    expect((await ok<ActiveTicket>({ type: 'active-ticket', key: 't', title: 'x', deadline: inMinutes(45) }, TAB)).badge).toBe('45m');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 7 })).not.toEqual(
      await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 8 }),
    );
    const late = await ok<ActiveTicket>({ type: 'active-ticket', key: 't', title: 'x', deadline: inMinutes(-10) }, TAB);
    expect(late).toMatchObject({ state: 'breached', badge: '!' });
  });

  it('clears the badge and the reminder when there is no deadline or the ticket is gone', async () => {
    await ok({ type: 'active-ticket', key: 't2', title: 'x', deadline: inMinutes(300) }, TAB);
    await ok({ type: 'active-ticket', key: 't2', title: 'x', deadline: null }, TAB);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
    expect(await fakeBrowser.alarms.get(reminderAlarmName('t2'))).toBeUndefined();
    await ok({ type: 'active-ticket/clear' }, TAB);
    expect(await ok({ type: 'tab-ticket', tabId: 7 })).toBeNull();
  });

  it('counts the badge in the tier\'s time when the overlay names policy, tier and received time', async () => {
    await saveOwnPolicy(moscow);
    const received = inMinutes(-30);
    const ticket = await ok<ActiveTicket>(
      { type: 'active-ticket', key: 't4', title: 'x', deadline: inMinutes(999), policyId: 'moscow', tierId: 'wall', received },
      TAB,
    );
    expect(ticket).toMatchObject({ state: 'on-track', remainingMinutes: 330, badge: '5h' });
    expect(Date.parse(ticket.deadline!)).toBe(Date.parse(received) + 6 * 3600_000);
  });

  it('needs a tab to put the badge on', async () => {
    expect(await handleMessage({ type: 'active-ticket', key: 't', title: 'x', deadline: null }, {})).toMatchObject({ ok: false });
  });

  it('raises one notification when the reminder alarm goes off, even after the worker restarted', async () => {
    await ok({ type: 'active-ticket', key: 't3', title: 'Rates stuck', deadline: inMinutes(20) }, TAB);
    await onReminderAlarm(reminderAlarmName('t3'));
    await onReminderAlarm(reminderAlarmName('t3'));
    const shown = await fakeBrowser.notifications.getAll();
    expect(Object.keys(shown)).toEqual([reminderAlarmName('t3')]);
    expect(shown[reminderAlarmName('t3')]).toMatchObject({ title: expect.stringMatching(/^reminderTitle:(19|20)$/) });
  });
});

describe('reminder notification clicks', () => {
  it('finds the tab that shows the reminded ticket', async () => {
    await ok({ type: 'active-ticket', key: 'zendesk:9', title: 'x', deadline: null }, { tab: { id: 12 } });
    expect(await tabShowing(reminderKey(reminderAlarmName('zendesk:9'))!)).toBe(12);
    expect(await tabShowing('zendesk:10')).toBeNull();
    expect(reminderKey('badge-refresh')).toBeNull();
  });
});
