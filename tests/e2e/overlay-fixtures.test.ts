import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import { expectedState, overlay, overlayState } from './support/overlay-state';
import { serveFolder } from './support/static-server';

/**
 * Every helpdesk's fixture page, served on 127.0.0.1 where the e2e build's content script runs:
 * the overlay must show what the analysis and the deadline engine give for the ticket on the page.
 */
const FIXTURES = 'tests/fixtures/sites';
const SCREENSHOTS = 'test-results/screenshots';
const NOT_A_TICKET = 'not-a-ticket';
const HELPDESKS = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -'.html'.length))
  .filter((id) => id !== NOT_A_TICKET);

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof serveFolder>>;
let page: Page;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchWithExtension(), serveFolder(FIXTURES)]);
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(HELPDESKS)('the %s fixture page', (id) => {
  it('shows the checklist, flags, links and deadline of its ticket', async () => {
    const url = `${server.origin}/${id}.html`;
    await page.goto(url);
    const shown = await overlayState(page);
    const { state: expected } = expectedState(readFileSync(join(FIXTURES, `${id}.html`), 'utf8'), url);
    expect(expected.checklist.length).toBeGreaterThan(0);
    expect(shown).toEqual({ ...expected, deadline: expected.deadline ?? shown.deadline });
    expect(shown.deadline).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d/);
    await page.screenshot({ path: join(SCREENSHOTS, `${id}.png`) });
  });
});

describe('on the page', () => {
  /** The popup's "show" button: the worker sends show-overlay to the tab. */
  async function askToShow(): Promise<void> {
    await expect
      .poll(() =>
        browser.worker.evaluate(`(async () => {
          const [tab] = await chrome.tabs.query({ active: true });
          return chrome.tabs.sendMessage(tab.id, { type: 'show-overlay' }).then(() => true, () => false);
        })()`),
      )
      .toBe(true);
  }

  it('shows nothing on a page that is not a ticket, and says so quietly when asked', async () => {
    await page.goto(`${server.origin}/${NOT_A_TICKET}.html`);
    await askToShow();
    await expect.poll(() => overlay(page).locator('[data-state="no-ticket"]').textContent()).toBe('No ticket found on this page.');
    expect(await overlay(page).locator('[data-section]').count()).toBe(0);
  });

  it('highlights the evidence in the page without changing its markup', async () => {
    await page.goto(`${server.origin}/zendesk.html`);
    await overlayState(page);
    const before = await page.evaluate(() => document.body.innerHTML.replace(/<triage-lens[\s\S]*<\/triage-lens>/, ''));
    const evidence = overlay(page).locator('[data-item="version"] button.evidence');
    const quoted = (await evidence.textContent())?.replace(/^“|”$/g, '');
    await evidence.click();
    await expect.poll(() => page.evaluate(() => {
      const highlight = CSS.highlights.get('triage-lens-evidence');
      return highlight ? [...highlight][0]?.toString() : null;
    })).toBe(quoted);
    const after = await page.evaluate(() => document.body.innerHTML.replace(/<triage-lens[\s\S]*<\/triage-lens>/, ''));
    expect(after).toBe(before);
  });

  it('collapses to a badge, stays collapsed on this site after a reload, and expands', async () => {
    await page.goto(`${server.origin}/freshdesk.html`);
    await overlayState(page);
    await overlay(page).getByRole('button', { name: 'Collapse to a badge' }).click();
    await expect.poll(() => overlay(page).locator('[data-section="checklist"]').count()).toBe(0);
    await page.reload();
    const badge = overlay(page).getByRole('button', { name: 'Open Triage Lens' });
    await badge.waitFor();
    await badge.click();
    await overlayState(page);
  });

  it('moves with the keyboard and remembers where', async () => {
    await page.goto(`${server.origin}/freshdesk.html`);
    await overlayState(page);
    const grip = overlay(page).getByRole('button', { name: /Move the panel/ });
    const start = await overlay(page).locator('.panel-host').boundingBox();
    await grip.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowDown');
    const moved = await overlay(page).locator('.panel-host').boundingBox();
    expect([Math.round((moved?.x ?? 0) - (start?.x ?? 0)), Math.round((moved?.y ?? 0) - (start?.y ?? 0))]).toEqual([-24, 24]);
    await page.reload();
    await overlayState(page);
    expect(await overlay(page).locator('.panel-host').boundingBox()).toEqual(moved);
  });

  it('moves by dragging its header', async () => {
    await page.goto(`${server.origin}/freshdesk.html`);
    await overlayState(page);
    const title = overlay(page).locator('.title');
    const start = await overlay(page).locator('.panel-host').boundingBox();
    const grab = await title.boundingBox();
    if (!start || !grab) throw new Error('no panel');
    await page.mouse.move(grab.x + 5, grab.y + 5);
    await page.mouse.down();
    await page.mouse.move(grab.x - 295, grab.y + 105, { steps: 5 });
    await page.mouse.up();
    const moved = await overlay(page).locator('.panel-host').boundingBox();
    expect([Math.round((moved?.x ?? 0) - start.x), Math.round((moved?.y ?? 0) - start.y)]).toEqual([-300, 100]);
  });

  it('re-reads the ticket after a single-page navigation', async () => {
    await page.goto(`${server.origin}/zammad.html`);
    const first = await overlayState(page);
    expect(first.links.some((l) => l.includes('mega.nz'))).toBe(false);
    await page.evaluate(() => {
      history.pushState({}, '', '/zammad-ticket-2');
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.textContent?.includes('https://drive.google.com/file/d/1AbCdEf/view')) {
          node.textContent = node.textContent.replace('https://drive.google.com/file/d/1AbCdEf/view', 'https://mega.nz/file/Xy12');
        }
      }
    });
    await expect.poll(async () => (await overlayState(page)).links).toContain('https://mega.nz/file/Xy12 not-opened');
  });

  it('copes with a ticket of several megabytes: the overlay says it analysed part of it, the tab stays responsive', async () => {
    await page.goto(`${server.origin}/generic.html`);
    await overlayState(page);
    await page.evaluate(`(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.textContent.includes('After updating iEXExchanger')) {
          node.textContent += ' The rates do not update. '.repeat(150000);
          return;
        }
      }
    })()`);
    await expect.poll(() => overlay(page).locator('[data-section="notes"]').textContent(), { timeout: 30_000 }).toMatch(/\d+ characters/);
    expect(await page.evaluate('document.title.length >= 0')).toBe(true);
    await overlayState(page);
  });

  it.each(['osticket', 'zendesk'])('inserts the reply draft into the %s reply box as text', async (id) => {
    await page.goto(`${server.origin}/${id}.html`);
    await overlayState(page);
    const draft = (await overlay(page).locator('[data-section="reply"] .reply-text').first().textContent()) ?? '';
    expect(draft.length).toBeGreaterThan(20);
    await overlay(page).getByRole('button', { name: 'Insert into reply' }).first().click();
    const inBox = `(() => {
      const draft = ${JSON.stringify(draft)};
      const fields = [...document.querySelectorAll('textarea')].map((t) => t.value);
      const editors = [...document.querySelectorAll('[contenteditable]')].map((e) => e.textContent);
      return [...fields, ...editors].some((text) => text && text.includes(draft));
    })()`;
    await expect.poll(() => page.evaluate(inBox)).toBe(true);
  });

  it('recomputes the deadline for a chosen tier, pauses and resumes the clock, and keeps the choice for the ticket', async () => {
    await page.goto(`${server.origin}/jira.html`);
    await overlayState(page);
    const deadline = overlay(page).locator('[data-section="deadline"]');
    // The fixture's ticket dates from when it was written, long breached by now: the agent corrects the received
    // time to this minute, as after a ticket that reached the helpdesk late, so the clock has time left to pause.
    const thisMinute = await page.evaluate('new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 16)');
    await deadline.locator('input[type="datetime-local"]').fill(thisMinute as string);
    await expect.poll(() => deadline.getAttribute('data-state')).toMatch(/^(on-track|due-soon)$/);
    const before = await overlayState(page);
    const other = before.tier === 'critical' ? 'consultation' : 'critical';
    await deadline.locator('select').selectOption(other);
    await expect.poll(() => deadline.getAttribute('data-tier')).toBe(other);
    await expect.poll(() => deadline.getAttribute('data-deadline')).not.toBe(before.deadline);
    await deadline.getByRole('button', { name: 'Pause (waiting on the customer)' }).click();
    await expect.poll(() => deadline.getAttribute('data-state')).toBe('paused');
    await deadline.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(() => deadline.getAttribute('data-state')).not.toBe('paused');
    await page.reload();
    await expect.poll(async () => (await overlayState(page)).tier).toBe(other);
  });

  it('goes away when closed, and comes back when the popup asks for it', async () => {
    await page.goto(`${server.origin}/glpi.html`);
    await overlayState(page);
    await overlay(page).getByRole('button', { name: 'Close Triage Lens' }).click();
    await expect.poll(() => page.locator('triage-lens').count()).toBe(0);
    await askToShow();
    expect((await overlayState(page)).checklist.length).toBeGreaterThan(0);
  });
});
