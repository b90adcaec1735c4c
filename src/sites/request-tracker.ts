import { attachment } from './files';
import { lineText } from './text';
import { readMessages, ticketOf, type Role } from './thread';
import { isoFrom } from './time';
import type { SiteAdapter } from './types';

/**
 * Request Tracker 5, Ticket/Display.html. Markup from RT's own Mason templates:
 * Elements/ShowTransaction (div.transaction.message with .metadata .date/.description and .content),
 * Elements/ShowTransactionAttachments (.downloadattachment .downloadfilename with alt "Download <type> <size>",
 * .messagebody), Elements/ShowMessageHeaders (td.message-header-key/-value), Elements/ShowMessageStanza
 * (.message-stanza, quoted history nested and folded by .message-stanza-folder), Ticket/Elements/ShowPeople
 * (.form-row.requestors with span.user[data-user-id]).
 */
const SELECTORS = {
  page: 'body#comp-Ticket-Display',
  history: 'div.history.ticket',
  /** ShowHistory "delay" (RT's default) and "click" placeholders, replaced when the history loads. */
  placeholder: '#delayed_ticket_history, #deferred_ticket_history',
  transaction: '.transaction.message[data-transaction-id]',
  content: '.content',
  headerRow: 'tr',
  headerKey: 'td.message-header-key',
  headerValue: 'td.message-header-value',
  date: '.metadata .date',
  creator: '.metadata .description .user',
  description: '.metadata .description',
  requestors: '.form-row.requestors .user',
  download: '.downloadattachment',
  downloadName: '.downloadfilename',
  notText: '.content > table, .messageattachments > table, .downloadattachment, .message-stanza-folder',
  subject: '#header h1',
  replyBox: 'textarea[name="UpdateContent"]',
} as const;

function header(transaction: Element, name: string): string | undefined {
  for (const row of transaction.querySelectorAll(SELECTORS.headerRow)) {
    if (lineText(row.querySelector(SELECTORS.headerKey)).toLowerCase() === `${name.toLowerCase()}:`) {
      return lineText(row.querySelector(SELECTORS.headerValue));
    }
  }
  return undefined;
}

function roleReader(doc: Document): (transaction: Element, author: string) => Role {
  const requestors = [...doc.querySelectorAll(SELECTORS.requestors)];
  const ids = new Set(requestors.map((el) => el.getAttribute('data-user-id')).filter(Boolean));
  return (transaction) => {
    const description = lineText(transaction.querySelector(SELECTORS.description));
    // Comments are staff-only notes, whoever wrote them.
    if (/comments? added|комментари/i.test(description)) return 'agent';
    // The opening message is the request, even when staff created the ticket for the requestor.
    if (/\bcreated$|создан/i.test(description)) return 'customer';
    const creator = transaction.querySelector(SELECTORS.creator);
    const id = creator?.getAttribute('data-user-id');
    if (ids.size > 0 && id) return ids.has(id) ? 'customer' : 'agent';
    // Without the people box: RT prints unprivileged users (requestors) as "Name <email>".
    return /<[^>]+@[^>]+>/.test(lineText(creator)) ? 'customer' : 'agent';
  };
}

export const requestTracker: SiteAdapter = {
  id: 'request-tracker',
  name: 'Request Tracker',
  hostPatterns: [],
  isTicketUrl: (url) => /\/Ticket\/Display\.html$/.test(url.pathname) && /^\d+$/.test(url.searchParams.get('id') ?? ''),
  recognises: (doc) => doc.querySelector(SELECTORS.page) !== null || doc.querySelector(`${SELECTORS.history} ${SELECTORS.transaction}`) !== null,
  read(doc, url) {
    const history = doc.querySelector(SELECTORS.history);
    if (!history) return null;
    const messages = readMessages(history, {
      message: SELECTORS.transaction,
      body: SELECTORS.content,
      author: SELECTORS.creator,
      attachment: SELECTORS.download,
      skip: SELECTORS.notText,
      role: roleReader(doc),
      timeOf: (transaction) => isoFrom(header(transaction, 'Date')) ?? isoFrom(lineText(transaction.querySelector(SELECTORS.date))),
      attachmentOf: (download) => {
        const name = lineText(download.querySelector(SELECTORS.downloadName));
        if (!name) return null; // "view source" links of the message's own text parts
        const [, mime, size] = /^Download\s+(\S+)\s*(.*)$/.exec(download.querySelector('a[alt]')?.getAttribute('alt') ?? '') ?? [];
        return attachment(name, { mime, sizeText: size });
      },
    });
    const subject = lineText(doc.querySelector(SELECTORS.subject)).replace(/^#\d+:\s*/, '');
    return ticketOf(url, subject, messages);
  },
  loading: (doc) => doc.querySelector(SELECTORS.history) === null && doc.querySelector(SELECTORS.placeholder) !== null,
  replyBox: (doc) => doc.querySelector<HTMLElement>(SELECTORS.replyBox),
  ticketRoot: (doc) => doc.querySelector(SELECTORS.history) ?? doc.querySelector(SELECTORS.placeholder),
};
