import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { deadlineFor } from '../../src/deadline/index';
import { bundledPolicy } from '../../src/policy/bundled';
import { readTicket } from '../../src/sites/index';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import { overlay } from './support/overlay-state';
import { serveFolder } from './support/static-server';

let browser: ExtensionBrowser;
let site: Awaited<ReturnType<typeof serveFolder>>;
let options: Page;

beforeAll(async () => {
  browser = await launchWithExtension();
  site = await serveFolder('tests/fixtures/sites');
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Asks the background worker from an extension page, as the overlay and popup do. */
type Chrome = { chrome: { runtime: { sendMessage(request: object): Promise<unknown> } } };
const ask = (page: Page, request: object) => page.evaluate((r) => (globalThis as unknown as Chrome).chrome.runtime.sendMessage(r), request);
const policyRows = (page: Page) =>
  page.locator('tr[data-policy]').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-policy')} ${r.getAttribute('data-source')} ${r.getAttribute('data-locked')}`));

it('lists the bundled policies locked', async () => {
  await expect
    .poll(() => policyRows(options), { timeout: 15_000 })
    .toEqual(['iexexchanger bundled true', 'ixxo bundled true', 'bitrix24 bundled true']);
});

it('edits a copy of a policy in the form, maps the test site to it, and the overlay follows', async () => {
  await options.locator('tr[data-policy="iexexchanger"]').getByRole('button', { name: 'Duplicate to customize' }).click();
  const editor = options.getByTestId('policy-editor');
  await expect.poll(() => editor.getByLabel('Id', { exact: true }).first().inputValue()).toBe('iexexchanger-custom');
  await editor.getByLabel('Time zone').selectOption('Asia/Tokyo');
  await editor.getByTestId('save-policy').click();
  await expect.poll(() => editor.getByTestId('editor-status').textContent()).toContain('iexexchanger-custom');
  await expect.poll(() => policyRows(options)).toContain('iexexchanger-custom own false');

  await options.locator('[data-tab="sites"]').click();
  await options.getByRole('button', { name: 'Add a site' }).click();
  const row = options.locator('table.mappings tbody tr').last();
  await row.getByLabel('Pages (match pattern)').fill('http://127.0.0.1/*');
  await row.getByLabel('Policy').selectOption('iexexchanger-custom');
  await row.getByLabel('Read by').selectOption('zendesk');
  await options.getByTestId('save-sites').click();
  await expect.poll(() => options.getByRole('status').first().textContent()).toContain('Saved');

  const url = `${site.origin}/zendesk.html`;
  expect(await ask(options, { type: 'page-config', url })).toEqual({
    ok: true,
    value: { policyId: 'iexexchanger-custom', adapterId: 'zendesk', source: 'mapping', pattern: 'http://127.0.0.1/*' },
  });

  const ticketPage = await browser.context.newPage();
  await ticketPage.goto(url);
  const deadlineSection = overlay(ticketPage).locator('[data-section="deadline"]');
  await expect.poll(() => deadlineSection.getAttribute('data-deadline'), { timeout: 20_000 }).toMatch(/^\d{4}-/);
  const tier = (await deadlineSection.getAttribute('data-tier'))!;
  const shown = (await deadlineSection.getAttribute('data-deadline'))!;

  const { document } = parseHTML(readFileSync('tests/fixtures/sites/zendesk.html', 'utf8'));
  const received = readTicket(document as unknown as Document, url, 'zendesk')!.ticket.messages.find((m) => m.role === 'customer')!.at!;
  const bundled = bundledPolicy('iexexchanger')!;
  const custom = { ...bundled, schedule: { ...bundled.schedule, timezone: 'Asia/Tokyo' } };
  expect(Date.parse(shown)).toBe(Date.parse(deadlineFor(custom, tier, received).deadline!));
  expect(Date.parse(shown)).not.toBe(Date.parse(deadlineFor(bundled, tier, received).deadline!));
  await ticketPage.close();
});

it('refuses a broken policy file with its problems and keeps the policies in force', async () => {
  await options.locator('[data-tab="policies"]').click();
  const before = await ask(options, { type: 'list-policies' });
  await options.getByTestId('import-policy').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ id: 'iexexchanger-custom', name: 'Broken', schedule: { timezone: 'Nowhere/City', week: {} } })),
  });
  const error = options.getByTestId('import-error');
  await expect.poll(() => error.textContent()).toContain('broken.json is not a valid policy');
  expect(await error.textContent()).toContain('$.schedule.timezone');
  expect(await error.textContent()).toContain('$.sla');
  expect(await ask(options, { type: 'list-policies' })).toEqual(before);

  await options.getByTestId('import-policy').setInputFiles({ name: 'syntax.json', mimeType: 'application/json', buffer: Buffer.from('{"id": "x",,}') });
  await expect.poll(() => error.textContent()).toContain('line 1, column');

  await options.getByTestId('import-policy').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(2 * 1024 * 1024, 32) });
  await expect.poll(() => error.textContent()).toContain('huge.json is refused');
  expect(await ask(options, { type: 'list-policies' })).toEqual(before);
});

it('never saves an invalid policy typed into the JSON editor', async () => {
  await options.locator('tr[data-policy="iexexchanger-custom"]').getByRole('button', { name: 'Edit' }).click();
  const editor = options.getByTestId('policy-editor');
  await editor.getByRole('tab', { name: 'JSON' }).click();
  const json = editor.getByTestId('policy-json');
  const text = await json.inputValue();
  await json.fill(text.replace('"commitment": "guaranteed"', '"commitment": "always"'));
  await expect.poll(() => editor.getByTestId('problems').textContent()).toContain('$.sla.commitment');
  expect(await editor.getByTestId('save-policy').isDisabled()).toBe(true);
  await json.fill('{ not json');
  await expect.poll(() => editor.getByTestId('problems').textContent()).toContain('line 1');
  expect(await editor.getByTestId('save-policy').isDisabled()).toBe(true);
  const stored = (await ask(options, { type: 'list-policies' })) as { value: { policy: { id: string; sla: { commitment: string } } }[] };
  expect(stored.value.find((e) => e.policy.id === 'iexexchanger-custom')?.policy.sla.commitment).toBe('guaranteed');
});

it('adds a self-hosted helpdesk origin: its content script is registered, listed, and removed again', async () => {
  await options.locator('[data-tab="sites"]').click();
  const origin = options.getByLabel('Helpdesk address');
  await origin.fill('helpdesk example');
  await options.getByRole('button', { name: 'Allow and add' }).click();
  await expect.poll(() => options.getByRole('alert').last().textContent()).toContain('not a web address');

  // The e2e build already holds http://localhost/*, so Chromium grants it without a prompt.
  await origin.fill('http://localhost:8080/rt/');
  await options.getByRole('button', { name: 'Allow and add' }).click();
  const listed = options.getByTestId('self-hosted-origins');
  await expect.poll(() => listed.textContent()).toContain('http://localhost/*');
  const registered = () =>
    browser.worker.evaluate(() =>
      (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[]; js?: string[] }[]> } } }).chrome.scripting.getRegisteredContentScripts(),
    );
  expect(await registered()).toEqual([
    expect.objectContaining({ id: 'self-hosted:http://localhost/*', matches: ['http://localhost/*'], js: [expect.stringMatching(/content-scripts\/self-hosted\.js$/)] }),
  ]);

  await listed.getByRole('button', { name: 'Remove' }).click();
  await expect.poll(() => listed.textContent()).not.toContain('localhost');
  expect(await registered()).toEqual([]);
});
