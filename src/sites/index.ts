import { bitrix24 } from './bitrix24';
import { freescout } from './freescout';
import { freshdesk } from './freshdesk';
import { generic } from './generic';
import { glpi } from './glpi';
import { gmail } from './gmail';
import { jira } from './jira';
import { osticket } from './osticket';
import { requestTracker } from './request-tracker';
import { telegram } from './telegram';
import type { ReadResult, SiteAdapter } from './types';
import { readText } from './text';
import { matchesPattern, toUrl } from './url';
import { zammad } from './zammad';
import { zendesk } from './zendesk';

export type { ReadResult, SiteAdapter } from './types';
export { generic };

/** Every helpdesk adapter, in the order pages are tried against them; the generic reader is last. */
export const ADAPTERS: readonly SiteAdapter[] = [
  zendesk, freshdesk, jira, zammad, osticket, requestTracker, freescout, glpi, bitrix24, gmail, telegram, generic,
];

/** The SaaS hosts the store build's content script runs on (the manifest's `matches`). */
export const SAAS_MATCH_PATTERNS: readonly string[] = [...new Set(ADAPTERS.flatMap((adapter) => adapter.hostPatterns))];

export function adapterById(id: string): SiteAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.id === id);
}

function onHostOf(adapter: SiteAdapter, url: URL): boolean {
  return adapter.hostPatterns.some((pattern) => matchesPattern(pattern, url));
}

/**
 * The helpdesk a URL belongs to: its SaaS host, else a self-hosted helpdesk's distinctive ticket
 * path (RT's Ticket/Display.html, osTicket's scp/tickets.php, …). Null when the URL says nothing.
 */
export function adapterForUrl(url: string | URL): SiteAdapter | null {
  const parsed = toUrl(url);
  if (!parsed) return null;
  return (
    ADAPTERS.find((adapter) => onHostOf(adapter, parsed)) ??
    ADAPTERS.find((adapter) => adapter.isTicketUrl(parsed)) ??
    null
  );
}

/** The adapter for a page: by URL first, then by what the document looks like; the generic reader otherwise. */
export function adapterForDocument(doc: Document, url: string | URL): SiteAdapter {
  const byUrl = adapterForUrl(url);
  if (byUrl) return byUrl;
  return ADAPTERS.find((adapter) => adapter !== generic && safely(() => adapter.recognises(doc), false)) ?? generic;
}

/** A ticket root that is on the page but holds no text yet: the helpdesk is still loading the conversation. */
function isEmpty(root: Element | null): boolean {
  return root !== null && readText(root, { max: 1 }) === '';
}

function safely<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}

/**
 * The ticket on a page, with the adapter that read it. When the page's adapter cannot read it (its
 * selectors no longer match the helpdesk's markup, or it throws), the generic reader reads the page
 * and the result says so. Null when the page holds no ticket: a helpdesk page that is not a ticket
 * (a queue, a dashboard), a conversation still loading, or a page with no ticket-like content.
 */
export function readTicket(doc: Document, url: string | URL, adapterId?: string): ReadResult | null {
  const parsed = toUrl(url) ?? new URL('about:blank');
  const chosen = (adapterId && adapterById(adapterId)) || adapterForDocument(doc, parsed);
  const readGenerically = () => safely(() => generic.read(doc, parsed), null);
  if (chosen === generic) {
    const ticket = readGenerically();
    return ticket ? { ticket, adapter: generic, fellBack: false } : null;
  }
  const isTicketPage = chosen.isTicketUrl(parsed) || safely(() => chosen.recognises(doc), false);
  if (!adapterId && !isTicketPage) return null;
  if (safely(() => chosen.loading?.(doc) ?? isEmpty(chosen.ticketRoot(doc)), false)) return null;
  let reason = `${chosen.name}: the ticket's markup was not found on this page; read as a generic page.`;
  try {
    const ticket = chosen.read(doc, parsed);
    if (ticket) return { ticket, adapter: chosen, fellBack: false };
  } catch (error) {
    reason = `${chosen.name}: reading the page failed (${error instanceof Error ? error.message : String(error)}); read as a generic page.`;
  }
  const ticket = readGenerically();
  return ticket ? { ticket, adapter: generic, fellBack: true, reason } : null;
}
