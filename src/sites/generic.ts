import type { Ticket } from '../ticket/schema';
import { hiddenByMarkup, hiddenElements, lineText, readText } from './text';
import { ticketOf } from './thread';
import type { SiteAdapter } from './types';

/**
 * Any other page: the agent's selection when there is one, else the page's main ticket-like
 * content — an explicit main/article region, or the block holding the most text (scored in one
 * pass over the text nodes, as readability tools do). The whole of it is one customer message.
 */
const SELECTORS = {
  regions: 'main, [role="main"], article',
  heading: 'h1',
  notText: 'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], form',
  replyBox: 'textarea, [contenteditable="true"]',
} as const;

/** Less than this is a page with no ticket on it. */
const MIN_TEXT = 20;

function selectionText(doc: Document): string {
  const selection = typeof doc.getSelection === 'function' ? doc.getSelection() : null;
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return '';
  return readText(selection.getRangeAt(0).cloneContents());
}

/** The element with the most text of its own and of its children (half weight), in one pass. */
function densestBlock(body: Element): Element | null {
  const hidden = hiddenElements(body);
  const scores = new Map<Element, number>();
  let best: Element | null = null;
  let bestScore = 0;
  const add = (el: Element | null, score: number) => {
    if (!el) return;
    const total = (scores.get(el) ?? 0) + score;
    scores.set(el, total);
    if (total > bestScore) {
      best = el;
      bestScore = total;
    }
  };
  let node: Node | null = body.firstChild;
  while (node) {
    if (node.nodeType === 3) {
      const length = (node as Text).data.trim().length;
      if (length > 0) {
        const block = containerOf(node.parentElement);
        add(block, length);
        add(block?.parentElement ?? null, length / 2);
      }
    } else if (
      node.nodeType === 1 &&
      (/^(script|style|noscript|template|nav|header|footer|aside)$/.test((node as Element).localName) || hidden.has(node as Element))
    ) {
      node = nextOutside(node, body);
      continue;
    }
    node = node.firstChild ?? nextOutside(node, body);
  }
  return best;
}

/** Text within paragraphs and inline markup counts for the container holding them. */
const WITHIN_CONTAINER = /^(p|span|a|b|i|em|strong|code|small|u|font|li|ul|ol|h[1-6]|pre|blockquote|label|br)$/;

function containerOf(el: Element | null): Element | null {
  let current = el;
  for (let steps = 0; current?.parentElement && WITHIN_CONTAINER.test(current.localName) && steps < 8; steps++) {
    current = current.parentElement;
  }
  return current;
}

function nextOutside(node: Node, root: Node): Node | null {
  let current: Node | null = node;
  while (current && current !== root) {
    if (current.nextSibling) return current.nextSibling;
    current = current.parentNode;
  }
  return null;
}

/** Whether an element holds a ticket's worth of text (read with a small cap: cheap on huge pages). */
function hasText(el: Element): boolean {
  return readText(el, { max: MIN_TEXT * 4, skipHidden: true }).replace(/\s/g, '').length >= MIN_TEXT;
}

function hiddenWithin(el: Element): boolean {
  for (let current: Element | null = el; current; current = current.parentElement) if (hiddenByMarkup(current)) return true;
  return false;
}

/** A region the page has exactly one of (many articles are a list, not the ticket). */
function only(elements: Element[]): Element | undefined {
  return elements.length === 1 ? elements[0] : undefined;
}

/** The main ticket-like region: the article of the main region, the page's article, its main region; else the densest block. */
function mainContent(doc: Document): Element | null {
  const regions = [...doc.querySelectorAll(SELECTORS.regions)].filter((el) => !hiddenWithin(el));
  const main = only(regions.filter((el) => el.localName === 'main' || el.getAttribute('role') === 'main'));
  const articles = regions.filter((el) => el.localName === 'article');
  for (const region of [only(articles.filter((el) => main?.contains(el))), only(articles), main]) {
    if (region && hasText(region)) return region;
  }
  return doc.body ? densestBlock(doc.body) : null;
}

function readGeneric(doc: Document, url: URL): Ticket | null {
  const selected = selectionText(doc);
  const region = selected ? null : mainContent(doc);
  const text = selected || (region ? readText(region, { skip: SELECTORS.notText, skipHidden: true }) : '');
  if (text.replace(/\s/g, '').length < MIN_TEXT) return null;
  const subject = lineText(region?.querySelector(SELECTORS.heading) ?? doc.querySelector(SELECTORS.heading)) || (doc.title ?? '').trim();
  return ticketOf(url, subject, [{ author: '', role: 'customer', text }]);
}

export const generic: SiteAdapter = {
  id: 'generic',
  name: 'Generic page',
  hostPatterns: [],
  isTicketUrl: () => false,
  recognises: () => true,
  read: readGeneric,
  replyBox: (doc) => {
    const active = doc.activeElement as HTMLElement | null;
    if (active && (active.localName === 'textarea' || active.isContentEditable)) return active;
    return doc.querySelector<HTMLElement>(SELECTORS.replyBox);
  },
  ticketRoot: (doc) => mainContent(doc) ?? doc.body,
};
