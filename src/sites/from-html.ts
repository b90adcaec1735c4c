import { parseHTML } from 'linkedom';
import type { Ticket } from '../ticket/schema';
import { readTicket } from './index';

/**
 * Reads a saved ticket page (the CLI's `check page.html`) with the adapter that recognises it
 * (by URL when one is given, else by the document), or the generic reader.
 */
export function ticketFromHtml(html: string, url?: string): Ticket {
  const { document } = parseHTML(html);
  const result = readTicket(document, url ?? 'about:blank');
  if (result) return result.ticket;
  const ticket: Ticket = { subject: (document.title ?? '').trim(), messages: [] };
  if (url) ticket.url = url;
  return ticket;
}
