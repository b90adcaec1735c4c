import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';

let browser: ExtensionBrowser;
let popup: Page;

beforeAll(async () => {
  browser = await launchWithExtension();
  popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
});
afterAll(async () => browser?.close());

const cli = (...args: string[]) =>
  JSON.parse(execFileSync('npm', ['run', '--silent', 'cli', '--', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));

it('gives the same deadline as the CLI for the same policy, tier, received time and moment', async () => {
  await popup.getByLabel('Policy').selectOption('iexexchanger', { timeout: 15_000 });
  await popup.getByLabel('Tier').selectOption('critical');
  await popup.getByLabel(/^Received/).fill('2026-11-20T17:30');
  const result = popup.getByTestId('lookup-result');
  // The popup takes the typed time in the agent's zone; until it has re-rendered, the result still shows the default (now).
  const typedInstant = await popup.evaluate(() => new Date('2026-11-20T17:30').toISOString());
  await expect
    .poll(async () => Date.parse((await result.getAttribute('data-received')) ?? ''), { timeout: 10_000 })
    .toBe(Date.parse(typedInstant));
  const received = (await result.getAttribute('data-received'))!;
  const now = (await result.getAttribute('data-now'))!;
  const expected = cli('deadline', '--policy', 'iexexchanger', '--tier', 'critical', '--received', received, '--now', now);
  expect(Date.parse(expected.received)).toBe(Date.parse(typedInstant));
  expect({
    clockStart: await result.getAttribute('data-clock-start'),
    earliest: await result.getAttribute('data-earliest'),
    deadline: await result.getAttribute('data-deadline'),
    remainingMinutes: Number(await result.getAttribute('data-remaining')),
  }).toEqual({
    clockStart: expected.clockStart,
    earliest: expected.earliest,
    deadline: expected.deadline,
    remainingMinutes: expected.remainingMinutes,
  });
  expect(await result.textContent()).toContain(expected.remainingMinutes >= 0 ? 'of working time left' : 'of working time overdue');
});

it('says a policy promises no response time instead of inventing a deadline', async () => {
  await popup.getByLabel('Policy').selectOption('ixxo');
  const result = popup.getByTestId('lookup-result');
  await expect.poll(() => result.getAttribute('data-commitment')).toBe('none');
  expect(await result.getAttribute('data-deadline')).toBeNull();
  expect(await popup.getByLabel('Tier').count()).toBe(0);
  expect((await result.textContent())?.length).toBeGreaterThan(10);
});
