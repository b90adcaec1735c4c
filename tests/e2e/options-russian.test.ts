import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';

let browser: ExtensionBrowser;
const saved = { LANGUAGE: process.env.LANGUAGE, LANG: process.env.LANG };
beforeAll(async () => {
  // Chromium on Linux takes its UI language, which extension i18n follows, from the environment.
  Object.assign(process.env, { LANGUAGE: 'ru', LANG: 'ru_RU.UTF-8' });
  browser = await launchWithExtension({ locale: 'ru-RU' });
});
afterAll(async () => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  await browser?.close();
});

it('shows the options page and the popup in Russian for a Russian browser', async () => {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await expect.poll(() => options.locator('h1').textContent(), { timeout: 15_000 }).toBe('Настройки Triage Lens');
  expect(await options.locator('tr[data-policy="ixxo"]').textContent()).toContain('Копировать для настройки');

  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.getByLabel('Политика').selectOption('ixxo', { timeout: 15_000 });
  await expect.poll(() => popup.getByTestId('lookup-result').textContent()).toMatch(/[а-я]/);
  await popup.getByLabel('Политика').selectOption('iexexchanger');
  await popup.getByLabel(/^Получено/).fill('2026-11-20T17:30');
  // Dates in the agent's locale: Russian month and weekday names.
  await expect.poll(() => popup.getByTestId('lookup-result').textContent()).toMatch(/нояб/);
});
