import type { Ticket } from '../ticket/schema';

/** A cheap content hash (FNV-1a) of a ticket, so an unchanged re-read skips the analysis. */
export function ticketFingerprint(ticket: Ticket): string {
  const text = JSON.stringify([ticket.subject, ticket.channel, ticket.messages]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(36)}`;
}
