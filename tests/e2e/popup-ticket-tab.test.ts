import { afterAll, beforeAll, expect, it } from 'vitest';
import { badgeText } from '../../src/background/badge';
import type { ActiveTicket } from '../../src/messaging/protocol';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import { overlay } from './support/overlay-state';
import { serveFolder } from './support/static-server';

let browser: ExtensionBrowser;
let site: Awaited<ReturnType<typeof serveFolder>>;
beforeAll(async () => {
  browser = await launchWithExtension();
  site = await serveFolder('tests/fixtures/sites');
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

type Chrome = {
  chrome: {
    tabs: { query(q: object): Promise<{ id: number; url?: string }[]> };
    action: { getBadgeText(d: { tabId: number }): Promise<string> };
    runtime: { sendMessage(m: object): Promise<{ ok: boolean; value: unknown }> };
  };
};

it('knows the ticket a tab shows (what the popup asks for) and counts its time on that tab\'s badge', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}/osticket.html`);
  await overlay(page).locator('[data-section="deadline"]').waitFor({ timeout: 20_000 });
  const deadline = await overlay(page).locator('[data-section="deadline"]').getAttribute('data-deadline');

  const tabId = await browser.worker.evaluate(
    async (url) => (await (globalThis as unknown as Chrome).chrome.tabs.query({})).find((t) => t.url === url)!.id,
    page.url(),
  );
  // The worker cannot message itself: an extension page asks, as the popup does.
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const reply = () =>
    popup.evaluate((id) => (globalThis as unknown as Chrome).chrome.runtime.sendMessage({ type: 'tab-ticket', tabId: id }), tabId);
  await expect.poll(async () => (await reply()).value, { timeout: 10_000 }).not.toBeNull();
  const ticket = (await reply()).value as ActiveTicket;
  expect(Date.parse(ticket.deadline!)).toBe(Date.parse(deadline!));
  expect(ticket.badge).toBe(badgeText(ticket.state, ticket.remainingMinutes));
  expect(ticket.badge).toMatch(/^(\d+[mh]|99h\+|!|\|\|)$/);
  const badge = await browser.worker.evaluate((id) => (globalThis as unknown as Chrome).chrome.action.getBadgeText({ tabId: id }), tabId);
  expect(badge).toBe(ticket.badge);

  await page.close();
  await expect.poll(async () => (await reply()).value).toBeNull();
});
