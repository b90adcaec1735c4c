import { browser } from 'wxt/browser';
import { SELF_HOSTED_SCRIPT } from '../../src/background/self-hosted';
import type { TabMessage } from '../../src/messaging/protocol';

/**
 * "Analyse this page" on any tab: the popup's click grants activeTab, so the overlay's script
 * can be injected once without a standing host permission; then it is asked to show itself
 * (saying "no ticket found" out loud when the page holds none).
 */
export async function analysePage(tabId: number): Promise<void> {
  const show: TabMessage = { type: 'show-overlay' };
  try {
    await browser.tabs.sendMessage(tabId, show);
    return; // the overlay's script already runs there
  } catch {
    // no content script in the tab yet
  }
  await browser.scripting.executeScript({ target: { tabId }, files: [SELF_HOSTED_SCRIPT] });
  await browser.tabs.sendMessage(tabId, show);
}
