import type { Ticket } from '../ticket/schema';

/**
 * One helpdesk: how to recognise its ticket pages and read them into the contract's ticket shape.
 * Adapters are pure DOM readers (no browser extension API), so they run in the content script,
 * in unit tests on a DOM implementation, and in the CLI on saved pages.
 */
export interface SiteAdapter {
  id: string;
  name: string;
  /** Match patterns of the SaaS hosts the store build runs on (empty for self-hosted-only helpdesks). */
  hostPatterns: readonly string[];
  /** Whether this URL is one of this helpdesk's ticket pages (pure function of the URL). */
  isTicketUrl(url: URL): boolean;
  /** Whether the document looks like this helpdesk (for self-hosted origins where the URL says little). */
  recognises(doc: Document): boolean;
  /** The ticket on the page, or null when the page holds none (yet) or the markup no longer matches. */
  read(doc: Document, url: URL): Ticket | null;
  /**
   * True while the helpdesk is still bringing the conversation in (a "Loading…" placeholder): the
   * caller waits for the next change instead of falling back to the generic reader. Without it, a
   * ticket root that is present but holds no text yet counts as loading.
   */
  loading?(doc: Document): boolean;
  /** The reply editor, where reply help can be inserted; null when not known or not open. */
  replyBox(doc: Document): HTMLElement | null;
  /** The element whose changes mean the ticket changed (observed for live pages). */
  ticketRoot(doc: Document): Element | null;
}

/** What `readTicket` found on a page. */
export interface ReadResult {
  ticket: Ticket;
  /** The adapter whose reading is returned (the generic reader when it fell back). */
  adapter: SiteAdapter;
  /** True when the page's own adapter could not read it and the generic reader did. */
  fellBack: boolean;
  /** Why it fell back, for the overlay's quiet notice. */
  reason?: string;
}
