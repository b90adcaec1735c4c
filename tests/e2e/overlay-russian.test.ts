import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import { overlay, overlayState } from './support/overlay-state';
import { serveFolder } from './support/static-server';

/** The overlay speaks the browser's UI language: a Russian Chromium gets a Russian panel. */
let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof serveFolder>>;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchWithExtension({ locale: 'ru-RU' }), serveFolder('tests/fixtures/sites')]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('labels the panel and its sections in Russian, and keeps the automation hooks', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/freshdesk.html`);
  const state = await overlayState(page);
  expect(state.checklist.length).toBeGreaterThan(0);
  expect(await overlay(page).getByRole('complementary').getAttribute('aria-label')).toBe('Triage Lens: разбор обращения');
  expect(await overlay(page).locator('#tl-deadline-heading').textContent()).toBe('Срок ответа');
  expect(await overlay(page).getByRole('button', { name: 'Свернуть в значок' }).count()).toBe(1);
});
