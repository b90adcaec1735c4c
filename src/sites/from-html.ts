import { parseHTML } from 'linkedom';
import type { Ticket } from '../ticket/schema';

/**
 * Reads a saved ticket page (the CLI's `check page.html`). The site adapters issue
 * replaces this generic reading with the adapter that recognises the page.
 */
export function ticketFromHtml(html: string, url?: string): Ticket {
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll('script, style, noscript, template')) el.remove();
  const text = (document.body?.textContent ?? '').replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n\n').trim();
  return {
    url,
    subject: document.title?.trim() ?? '',
    messages: text ? [{ author: '', role: 'customer', text }] : [],
  };
}
