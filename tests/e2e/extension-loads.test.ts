import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => browser?.close());

it('loads the e2e build in Chromium with its service worker and popup', async () => {
  expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await expect.poll(() => page.locator('body').textContent()).toContain('Triage Lens');
});
