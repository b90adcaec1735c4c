import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RequestTracker, requestTrackerInstalled, RT_PASSWORD, RT_USER, startRequestTracker } from '../support/rt/request-tracker';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import { expectedState, overlay, overlayState } from './support/overlay-state';

/**
 * The overlay on a helpdesk nobody on the team wrote: Debian's Request Tracker 5, started here,
 * with tickets that arrive by mail (rt-mailgate) and answers by the REST API, read on RT's own
 * Ticket/Display.html while logged in as an agent.
 */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const CUSTOMER_TEXT = `Hello,

after we upgraded iEXExchanger to version 2.4.1 on our site exchange-example.com the exchange rates stopped updating.

Steps to reproduce:
1. Open the admin panel.
2. Go to Rates and press "Update".

Expected result: the rates refresh from the source.
Instead it shows the error "Parser timeout: 504 Gateway Time-out".

Please also renew the SSL certificate on our server, it expires next week.
The full logs are here: https://drive.google.com/file/d/1AbCdEf/view
Admin panel login: admin, password: Secr3tPass!

We have not customized the script.
Ivan Petrov`;

const RUSSIAN_TEXT = `Здравствуйте!

После обновления iEXExchanger до версии 2.5.0 на сайте obmen-primer.ru перестали создаваться заявки.
Шаги:
1. Открыть главную страницу.
2. Выбрать направление BTC → USDT.
3. Нажать «Обменять».
Ожидаемый результат: заявка создаётся. Вместо этого появляется ошибка «Ошибка 500: внутренняя ошибка сервера».
Видео с ошибкой: https://www.youtube.com/watch?v=abc123XYZ
Доработок скрипта не было.

Также просим переделать дизайн главной страницы под наш фирменный стиль.
Ольга`;

let rt: RequestTracker;
let browser: ExtensionBrowser;
let page: Page;
let ticketId: number;
let russianTicketId: number;

beforeAll(async () => {
  if (!requestTrackerInstalled()) {
    const install = spawnSync('bash', ['tests/support/install-system-deps.sh'], { stdio: 'inherit' });
    if (install.status !== 0) throw new Error('could not install Request Tracker (request-tracker5, rt5-db-sqlite, rt5-standalone)');
  }
  [rt, browser] = await Promise.all([startRequestTracker(), launchWithExtension()]);
  ticketId = await rt.customerWrites({
    from: 'Ivan Petrov <ivan@exchange-example.com>',
    subject: 'Exchange rates stopped updating after the upgrade',
    text: CUSTOMER_TEXT,
    attachments: [{ name: 'rates-error.png', mime: 'image/png', content: PNG }],
  });
  await rt.agentReplies(ticketId, 'Hello Ivan,\n\nthank you, we are looking into it.\n\nSupport team');
  const russianSubject = 'Не создаются заявки после обновления';
  russianTicketId = await rt.customerWrites({ from: 'Ольга <olga@obmen-primer.ru>', subject: russianSubject, text: RUSSIAN_TEXT });
  await rt.agentReplies(russianTicketId, 'Здравствуйте, Ольга!\n\nПроверяем, ответим в ближайшее время.');
  await rt.customerAnswers(russianTicketId, {
    from: 'Ольга <olga@obmen-primer.ru>',
    subject: `Re: ${russianSubject}`,
    text: 'Есть новости? Сайт стоит, клиенты не могут создать заявку.',
  });
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 960 });
  await page.goto(`${rt.origin}/NoAuth/Login.html`);
  await page.fill('input[name="user"]', RT_USER);
  await page.fill('input[name="pass"]', RT_PASSWORD);
  await Promise.all([page.waitForNavigation(), page.press('input[name="pass"]', 'Enter')]);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await rt?.close();
});

/**
 * Opens a ticket in RT and waits until the overlay has read its history (RT fetches it after load);
 * then what the overlay shows must be what the analysis gives for the page as RT rendered it.
 */
async function openTicket(id: number, messages: number) {
  await page.goto(`${rt.origin}/Ticket/Display.html?id=${id}`);
  await expect.poll(async () => expectedState(await page.content(), page.url()).findings.ticket.messages.length, { timeout: 20_000 }).toBe(messages);
  const { state: expected, findings } = expectedState(await page.content(), page.url());
  await expect.poll(() => overlayState(page), { timeout: 20_000 }).toEqual({ ...expected, deadline: expected.deadline ?? expect.any(String) });
  return { shown: await overlayState(page), findings };
}

describe('Request Tracker 5, a real ticket page', () => {
  it('shows the checklist, flags, links and deadline the analysis gives for the ticket RT displays', async () => {
    const { shown: now, findings } = await openTicket(ticketId, 2);
    expect(findings.ticket.messages.map((m) => m.role)).toEqual(['customer', 'agent']);
    expect(findings.ticket.messages[0]?.attachments?.map((a) => a.name)).toContain('rates-error.png');
    // What this ticket was written to show.
    expect(now.links).toContain('https://drive.google.com/file/d/1AbCdEf/view not-opened');
    expect(now.checklist).toContain('version present');
    expect(now.outOfScope).toBe('true');
    expect(now.categories).toContain('server');
    expect(now.deadline).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d/);
    mkdirSync('test-results/screenshots', { recursive: true });
    await page.screenshot({ path: 'test-results/screenshots/request-tracker-live.png' });
  });

  it('never shows the pasted password, even as evidence', async () => {
    expect(await overlay(page).locator('[data-item="access"]').getAttribute('data-status')).toBe('present');
    expect(await overlay(page).locator('.panel').textContent()).not.toContain('Secr3tPass!');
    expect(await overlay(page).locator('.panel').innerHTML()).not.toContain('Secr3tPass!');
  });

  it('reads a Russian thread with the customer’s follow-up, and drafts the reply in Russian', async () => {
    const { shown, findings } = await openTicket(russianTicketId, 3);
    expect(findings.ticket.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
    expect(shown.links).toContain('https://www.youtube.com/watch?v=abc123XYZ not-opened');
    expect(shown.checklist).toContain('version present');
    expect(await overlay(page).locator('[data-section="reply"] [data-reply]').first().getAttribute('lang')).toBe('ru');
    await page.screenshot({ path: 'test-results/screenshots/request-tracker-ru.png' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await overlay(page).locator('.panel').screenshot({ path: 'test-results/screenshots/request-tracker-ru-dark.png' });
    await page.emulateMedia({ colorScheme: 'light' });
  });
});
