import { lineText } from './text';
import { readMessages, ticketOf, type ThreadLayout } from './thread';
import type { SiteAdapter } from './types';

/**
 * FreeScout (self-hosted) and Help Scout (SaaS), the conversation page (/conversation/N).
 * FreeScout from its own Blade templates resources/views/conversations/partials/thread.blade.php
 * (.thread.thread-type-customer|message|note, .thread-person strong, a.thread-date with the full date in
 * its title, .thread-body) and thread_attachments.blade.php (.thread-attachments li, a.attachment-link,
 * the size in .text-help). Help Scout as extensions for secure.helpscout.net read it: #tkContent holding
 * article.thread (.customer for the customer's) with section.threadHeader and section.messageBody.
 */
const SELECTORS = {
  freescout: {
    root: '#conv-layout-main',
    thread: '.thread.thread-type-customer, .thread.thread-type-message, .thread.thread-type-note',
    customer: 'thread-type-customer',
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
  },
  helpscout: {
    root: '#tkContent',
    thread: 'article.thread',
    customer: 'customer',
    author: 'section.threadHeader .name, section.threadHeader strong',
    time: 'section.threadHeader time',
    body: 'section.messageBody',
    attachment: '.attachments li',
    attachmentName: 'a',
    attachmentSize: '.size',
    notText: '.threadHeader',
    subject: '#tkContent h1, #tkContent h2',
    phoneBadge: 'article.thread.customer .icon-phone',
    replyBox: '#tkContent [contenteditable="true"]',
  },
} as const;

type Layout = (typeof SELECTORS)[keyof typeof SELECTORS];

function layoutOf(doc: Document): Layout | null {
  if (doc.querySelector(`${SELECTORS.freescout.root} .thread`)) return SELECTORS.freescout;
  if (doc.querySelector(`${SELECTORS.helpscout.root} ${SELECTORS.helpscout.thread}`)) return SELECTORS.helpscout;
  return null;
}

function threadLayout(s: Layout): ThreadLayout {
  return {
    message: s.thread,
    body: s.body,
    author: s.author,
    time: s.time,
    attachment: s.attachment,
    attachmentName: s.attachmentName,
    attachmentSize: s.attachmentSize,
    skip: s.notText,
    role: (thread) => (thread.classList.contains(s.customer) ? 'customer' : 'agent'),
  };
}

export const freescout: SiteAdapter = {
  id: 'freescout',
  name: 'FreeScout / Help Scout',
  hostPatterns: ['https://secure.helpscout.net/*'],
  isTicketUrl: (url) => /\/conversation\/\d+/.test(url.pathname),
  recognises: (doc) => layoutOf(doc) !== null,
  read(doc, url) {
    const layout = layoutOf(doc);
    const root = layout && doc.querySelector(layout.root);
    if (!layout || !root) return null;
    const subject = lineText(doc.querySelector(layout.subject)) || (doc.title ?? '').replace(/\s+[-|]\s+Help Scout$/, '').trim();
    const channel = root.querySelector(layout.phoneBadge) ? 'phone' : 'email';
    return ticketOf(url, subject, readMessages(root, threadLayout(layout)), channel);
  },
  replyBox: (doc) => doc.querySelector<HTMLElement>(`${SELECTORS.freescout.replyBox}, ${SELECTORS.helpscout.replyBox}`),
  ticketRoot: (doc) => doc.querySelector(`${SELECTORS.freescout.root}, ${SELECTORS.helpscout.root}`),
};
