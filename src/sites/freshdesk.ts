import { lineText } from './text';
import { readMessages, samePerson, ticketOf } from './thread';
import type { SiteAdapter } from './types';

/**
 * Freshdesk agent ticket view (/a/tickets/N, the "Mint" UI). Markup as time trackers and
 * extensions read it: .ticket-subject-heading, the conversation entries [data-album] holding .ticket-details__item with
 * their .ticket-details__item__content, the sender's [data-test-id="user-name"], and the
 * requester's contact widget. The first item is the requester's original request.
 */
const SELECTORS = {
  conversation: '.ticket-details',
  item: '.ticket-details__item',
  content: '.ticket-details__item__content',
  author: '.sender-info [data-test-id="user-name"]',
  time: '[data-test-id="conversation-timestamp"]',
  attachment: '.attachment-item',
  attachmentName: '.attachment-name',
  attachmentSize: '.attachment-size',
  requester: '.widget-requestor-info [data-test-id="user-name"]',
  source: '[data-test-id="ticket-source"]',
  subject: '.ticket-subject-heading',
  replyBox: '.reply-editor .fr-element[contenteditable="true"]',
} as const;

export const freshdesk: SiteAdapter = {
  id: 'freshdesk',
  name: 'Freshdesk',
  hostPatterns: ['https://*.freshdesk.com/*'],
  isTicketUrl: (url) => /\.freshdesk\.com$/i.test(url.hostname) && /^\/a\/tickets\/\d+/.test(url.pathname),
  recognises: (doc) => doc.querySelector(SELECTORS.subject) !== null && doc.querySelector(SELECTORS.item) !== null,
  read(doc, url) {
    const conversation = doc.querySelector(SELECTORS.conversation);
    if (!conversation) return null;
    const first = conversation.querySelector(SELECTORS.item);
    const requester = lineText(doc.querySelector(SELECTORS.requester)) || lineText(first?.querySelector(SELECTORS.author));
    const messages = readMessages(conversation, {
      message: SELECTORS.item,
      body: SELECTORS.content,
      author: SELECTORS.author,
      time: SELECTORS.time,
      attachment: SELECTORS.attachment,
      attachmentName: SELECTORS.attachmentName,
      attachmentSize: SELECTORS.attachmentSize,
      role: (item, author) => (item === first || samePerson(author, requester) ? 'customer' : 'agent'),
    });
    const channel = lineText(doc.querySelector(SELECTORS.source)).toLowerCase();
    return ticketOf(url, lineText(doc.querySelector(SELECTORS.subject)), messages, channel || undefined);
  },
  replyBox: (doc) => doc.querySelector<HTMLElement>(SELECTORS.replyBox),
  ticketRoot: (doc) => doc.querySelector(SELECTORS.conversation),
};
