import { Window } from 'happy-dom';
import type { Page } from 'playwright-core';
import { analyseTicket } from '../../../src/analysis/index';
import { deadlineFor } from '../../../src/deadline/index';
import { bundledPolicy, DEFAULT_POLICY_ID } from '../../../src/policy/bundled';
import { readTicket } from '../../../src/sites/index';
import type { Findings } from '../../../src/ticket/schema';

/** What the overlay shows, read through its automation hooks (the contract's data attributes). */
export interface OverlayState {
  checklist: string[];
  outOfScope: string | null;
  categories: string[];
  links: string[];
  signals: string[];
  tier: string | null;
  deadline: string | null;
}

export const overlay = (page: Page) => page.locator('triage-lens');

/** Waits until the overlay shows findings and its deadline section has been filled, then reads it. */
export async function overlayState(page: Page): Promise<OverlayState> {
  const root = overlay(page);
  await root.locator('[data-section="checklist"]').waitFor({ timeout: 20_000 });
  await page.waitForFunction(() => {
    const section = document.querySelector('triage-lens')?.shadowRoot?.querySelector('[data-section="deadline"]');
    return section && (section.getAttribute('data-state') !== '' || section.getAttribute('data-tier') === '');
  });
  const all = (selector: string, ...attrs: string[]) =>
    root.locator(selector).evaluateAll((els, names) => els.map((el) => names.map((n) => el.getAttribute(n)).join(' ')), attrs);
  const deadline = root.locator('[data-section="deadline"]');
  return {
    checklist: await all('[data-section="checklist"] [data-item]', 'data-item', 'data-status'),
    outOfScope: await root.locator('[data-section="scope"]').getAttribute('data-out-of-scope'),
    categories: await all('[data-section="scope"] [data-category]', 'data-category'),
    links: (await all('[data-section="links"] [data-url]', 'data-url', 'data-verdict')).sort(),
    signals: await all('[data-section="signals"] [data-signal]', 'data-signal'),
    tier: await deadline.getAttribute('data-tier'),
    deadline: await deadline.getAttribute('data-deadline'),
  };
}

/**
 * What the overlay should show for a page, computed outside the browser from the same HTML:
 * the site registry reads it (happy-dom, as in the adapters' unit tests), the analysis and the deadline engine run on the bundled
 * default policy, with the received time defaulting to the first customer message's.
 */
export function expectedState(html: string, url: string): { state: OverlayState; findings: Findings } {
  const window = new Window({ url });
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const read = readTicket(document, url);
  window.close();
  if (!read) throw new Error(`the site registry finds no ticket on ${url}`);
  const policy = bundledPolicy(DEFAULT_POLICY_ID);
  if (!policy) throw new Error('no default policy');
  const findings = analyseTicket(policy, read.ticket);
  const tierIds = policy.sla.tiers.map((t) => t.id);
  const promised = policy.sla.commitment !== 'none' && tierIds.length > 0;
  const tier = promised ? (findings.tier.suggested && tierIds.includes(findings.tier.suggested) ? findings.tier.suggested : tierIds[0]) : '';
  const received = read.ticket.messages.find((m) => m.role === 'customer' && m.at)?.at ?? read.ticket.messages.find((m) => m.at)?.at;
  const deadline = promised && tier && received ? (deadlineFor(policy, tier, received).deadline ?? '') : null;
  return {
    findings,
    state: {
      checklist: findings.checklist.map((c) => `${c.id} ${c.status}`),
      outOfScope: String(findings.scope.outOfScope),
      categories: findings.scope.flags.map((f) => f.category),
      links: findings.links.map((l) => `${l.url} ${l.verdict}`).sort(),
      signals: findings.signals.map((s) => s.id),
      tier: tier ?? '',
      deadline,
    },
  };
}
