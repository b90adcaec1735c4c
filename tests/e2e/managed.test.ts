import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bundledPolicy } from '../../src/policy/bundled';
import { EXTENSION_DIR, type ExtensionBrowser, launchWithExtension } from './support/browser';
import { unpackedExtensionId, writeManagedPolicy } from './support/managed-policy';

let browser: ExtensionBrowser;
let cleanUp: () => void = () => {};
let options: Page;

const orgPolicy = { ...bundledPolicy('iexexchanger')!, id: 'org-support', name: 'Org support' };

beforeAll(async () => {
  cleanUp = writeManagedPolicy(unpackedExtensionId(EXTENSION_DIR), {
    policies: [orgPolicy, { id: 'half-written', name: 'Half written' }],
    siteMappings: [{ pattern: 'https://desk.org.example/*', policyId: 'org-support', adapterId: 'zammad' }],
    reminderMinutes: 15,
  });
  browser = await launchWithExtension();
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
});
afterAll(async () => {
  cleanUp();
  await browser?.close();
});

type Chrome = { chrome: { runtime: { sendMessage(request: object): Promise<unknown> } } };
const ask = (page: Page, request: object) => page.evaluate((r) => (globalThis as unknown as Chrome).chrome.runtime.sendMessage(r), request);

it('computes the id Chromium gives the unpacked extension', () => {
  expect(browser.extensionId).toBe(unpackedExtensionId(EXTENSION_DIR));
});

it('shows the managed policy locked, next to the bundled ones, and warns about the broken one', async () => {
  const row = options.locator('tr[data-policy="org-support"]');
  await expect.poll(() => row.getAttribute('data-source'), { timeout: 15_000 }).toBe('managed');
  expect(await row.getAttribute('data-locked')).toBe('true');
  expect(await row.getByRole('button', { name: 'Edit' }).count()).toBe(0);
  expect(await row.getByRole('button', { name: 'Delete' }).count()).toBe(0);
  expect(await options.locator('tr[data-policy]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-policy')))).toEqual([
    'org-support',
    'iexexchanger',
    'ixxo',
    'bitrix24',
  ]);
  const warnings = await options.getByTestId('warnings').textContent();
  expect(warnings).toContain('Managed policy "half-written" is ignored');
  expect(warnings).toContain('$.schedule');

  await row.getByRole('button', { name: 'View' }).click();
  const editor = options.getByTestId('policy-editor');
  expect(await editor.getByTestId('save-policy').count()).toBe(0);
  expect(await editor.getByLabel('Name', { exact: true }).first().getAttribute('readonly')).not.toBeNull();
});

it('applies the managed site mapping, shown locked', async () => {
  expect(await ask(options, { type: 'page-config', url: 'https://desk.org.example/#ticket/zoom/7' })).toEqual({
    ok: true,
    value: { policyId: 'org-support', adapterId: 'zammad', source: 'managed', pattern: 'https://desk.org.example/*' },
  });
  await options.locator('[data-tab="sites"]').click();
  const mapping = options.locator('tr[data-locked="true"][data-pattern="https://desk.org.example/*"]');
  await expect.poll(() => mapping.count()).toBe(1);
  expect(await mapping.locator('input, select').count()).toBe(0);
  expect(await options.locator('#reminder-minutes').isDisabled()).toBe(true);
  expect(await options.locator('#reminder-minutes').inputValue()).toBe('15');
});
