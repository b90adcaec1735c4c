import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { analysePage } from '../../entrypoints/popup/analyse-page';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

it('asks the overlay already running in the tab to show itself, injecting nothing', async () => {
  const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(true);
  const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
  await analysePage(3);
  expect(send).toHaveBeenCalledWith(3, { type: 'show-overlay' });
  expect(inject).not.toHaveBeenCalled();
});

it('injects the overlay once through activeTab when the page has none, then asks it to show', async () => {
  const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValueOnce(new Error('Receiving end does not exist')).mockResolvedValue(true);
  const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
  await analysePage(3);
  expect(inject).toHaveBeenCalledWith({ target: { tabId: 3 }, files: ['/content-scripts/self-hosted.js'] });
  expect(send).toHaveBeenCalledTimes(2);
});

it('passes the browser\'s refusal on (a page extensions may not touch)', async () => {
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist'));
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access a chrome:// URL'));
  await expect(analysePage(3)).rejects.toThrow('chrome://');
});
