import { lineText } from './text';
import { readMessages, ticketOf } from './thread';
import type { SiteAdapter } from './types';

/**
 * FreeScout (self-hosted) and Help Scout, the conversation page (/conversation/N). Markup from
 * FreeScout's own Blade templates resources/views/conversations/partials/thread.blade.php
 * (.thread.thread-type-customer|message|note, .thread-person strong, a.thread-date with the full
 * date in its title, .thread-body) and thread_attachments.blade.php (.thread-attachments li,
 * a.attachment-link, the size in .text-help). FreeScout mirrors Help Scout's conversation layout.
 */
const SELECTORS = {
  conversation: '#conv-layout-main',
  thread: '.thread.thread-type-customer, .thread.thread-type-message, .thread.thread-type-note',
  author: '.thread-person strong',
  time: '.thread-date',
  body: '.thread-body',
  attachment: '.thread-attachments li',
  attachmentName: 'a.attachment-link',
  attachmentSize: '.text-help',
  notText: '.alert, .thread-recipients',
  subject: '.conv-subjtext',
  phoneBadge: '.thread-type-customer .glyphicon-earphone',
  replyBox: '.conv-reply-body .note-editable[contenteditable="true"]',
} as const;

export const freescout: SiteAdapter = {
  id: 'freescout',
  name: 'FreeScout / Help Scout',
  hostPatterns: ['https://secure.helpscout.net/*'],
  isTicketUrl: (url) => /\/conversation\/\d+/.test(url.pathname),
  recognises: (doc) => doc.querySelector(`${SELECTORS.conversation} .thread`) !== null,
  read(doc, url) {
    const conversation = doc.querySelector(SELECTORS.conversation);
    if (!conversation) return null;
    const messages = readMessages(conversation, {
      message: SELECTORS.thread,
      body: SELECTORS.body,
      author: SELECTORS.author,
      time: SELECTORS.time,
      attachment: SELECTORS.attachment,
      attachmentName: SELECTORS.attachmentName,
      attachmentSize: SELECTORS.attachmentSize,
      skip: SELECTORS.notText,
      role: (thread) => (thread.classList.contains('thread-type-customer') ? 'customer' : 'agent'),
    });
    const channel = conversation.querySelector(SELECTORS.phoneBadge) ? 'phone' : 'email';
    return ticketOf(url, lineText(doc.querySelector(SELECTORS.subject)), messages, channel);
  },
  replyBox: (doc) => doc.querySelector<HTMLElement>(SELECTORS.replyBox),
  ticketRoot: (doc) => doc.querySelector(SELECTORS.conversation),
};
