import { lineText } from './text';
import { readMessages, ticketOf } from './thread';
import type { SiteAdapter } from './types';

/**
 * osTicket staff panel (scp/tickets.php?id=N). Markup from osTicket's own templates
 * include/staff/templates/thread-entry.tmpl.php (.thread-entry.message|response|note, the poster in
 * .header b, time[datetime] in W3C format, .thread-body, .attachments .attachment-info a.filename and
 * .filesize) and include/staff/ticket-view.inc.php (the subject in .tixTitle h3, the .ticket_info tables,
 * the thread in #ticketThread #thread-items, the reply form's textarea#response).
 */
const SELECTORS = {
  thread: '#ticketThread, #thread-items',
  entry: '.thread-entry.message, .thread-entry.response, .thread-entry.note',
  author: '.header b',
  time: '.header time',
  body: '.thread-body',
  attachment: '.attachments .attachment-info',
  attachmentName: 'a.filename',
  attachmentSize: '.filesize',
  infoRow: '.ticket_info tr',
  subject: '.tixTitle h3',
  replyBox: 'textarea#response',
} as const;

function infoField(doc: Document, label: string): string {
  for (const row of doc.querySelectorAll(SELECTORS.infoRow)) {
    if (lineText(row.querySelector('th')).toLowerCase() === `${label}:`) return lineText(row.querySelector('td'));
  }
  return '';
}

export const osticket: SiteAdapter = {
  id: 'osticket',
  name: 'osTicket',
  hostPatterns: [],
  isTicketUrl: (url) => /\/scp\/tickets\.php$/.test(url.pathname) && /^\d+$/.test(url.searchParams.get('id') ?? ''),
  recognises: (doc) => doc.querySelector(`${SELECTORS.thread} .thread-entry`) !== null,
  read(doc, url) {
    const thread = doc.querySelector(SELECTORS.thread);
    if (!thread) return null;
    const messages = readMessages(thread, {
      message: SELECTORS.entry,
      body: SELECTORS.body,
      author: SELECTORS.author,
      time: SELECTORS.time,
      attachment: SELECTORS.attachment,
      attachmentName: SELECTORS.attachmentName,
      attachmentSize: SELECTORS.attachmentSize,
      role: (entry) => (entry.classList.contains('message') ? 'customer' : 'agent'),
    });
    const channel = infoField(doc, 'source').toLowerCase();
    return ticketOf(url, lineText(doc.querySelector(SELECTORS.subject)), messages, channel || undefined);
  },
  replyBox: (doc) => doc.querySelector<HTMLElement>(SELECTORS.replyBox),
  ticketRoot: (doc) => doc.querySelector(SELECTORS.thread),
};
