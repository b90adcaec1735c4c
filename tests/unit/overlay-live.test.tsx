// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { DEBOUNCE_MS, watchPage } from '../../src/overlay/live';

let root: HTMLElement;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  root = document.createElement('main');
  document.body.append(root);
});
afterEach(() => {
  root.remove();
  vi.useRealTimers();
});

/** Lets the MutationObserver deliver (a microtask), then moves the fake clock. */
async function elapse(ms: number) {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

it('reads the ticket once for a storm of mutations, and at most once per debounce window', async () => {
  const onChange = vi.fn();
  const watcher = watchPage({ win: window, root: () => root, onChange });
  for (let burst = 0; burst < 10; burst++) {
    for (let i = 0; i < 50; i++) root.append(document.createElement('p'));
    await elapse(50);
  }
  // 500 mutations over 500 ms: one read soon after the first, the next no sooner than 300 ms later.
  await elapse(DEBOUNCE_MS);
  expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(2);
  expect(onChange.mock.calls.length).toBeLessThanOrEqual(Math.ceil(800 / DEBOUNCE_MS));
  watcher.stop();
});

it('spaces successive reads at least the debounce window apart', async () => {
  const stamps: number[] = [];
  const watcher = watchPage({ win: window, root: () => root, onChange: () => stamps.push(Date.now()) });
  for (let i = 0; i < 100; i++) {
    root.append(document.createElement('span'));
    await elapse(10);
  }
  await elapse(DEBOUNCE_MS);
  for (let i = 1; i < stamps.length; i++) expect((stamps[i] ?? 0) - (stamps[i - 1] ?? 0)).toBeGreaterThanOrEqual(DEBOUNCE_MS);
  expect(stamps.length).toBeGreaterThan(1);
  watcher.stop();
});

it('ignores mutations outside the ticket root, and costs nothing when the page is idle', async () => {
  const onChange = vi.fn();
  const elsewhere = document.createElement('aside');
  document.body.append(elsewhere);
  const watcher = watchPage({ win: window, root: () => root, onChange });
  elsewhere.append(document.createElement('p'));
  await elapse(5 * DEBOUNCE_MS);
  expect(onChange).not.toHaveBeenCalled();
  expect(vi.getTimerCount()).toBe(0);
  watcher.stop();
  elsewhere.remove();
});

it('reports a single-page navigation as a URL change', async () => {
  const onChange = vi.fn();
  const watcher = watchPage({ win: window, root: () => root, onChange });
  history.pushState({}, '', '/tickets/2');
  root.textContent = 'ticket 2';
  await elapse(DEBOUNCE_MS);
  expect(onChange).toHaveBeenCalledWith({ urlChanged: true });
  watcher.stop();
});

it('stops observing when stopped', async () => {
  const onChange = vi.fn();
  const watcher = watchPage({ win: window, root: () => root, onChange });
  root.append(document.createElement('p'));
  watcher.stop();
  await elapse(DEBOUNCE_MS * 2);
  root.append(document.createElement('p'));
  await elapse(DEBOUNCE_MS * 2);
  expect(onChange).not.toHaveBeenCalled();
});
