import type { TicketMessage } from '../ticket/schema';
import { lineText } from './text';
import { readMessages, ticketOf, type ThreadLayout } from './thread';
import { isoFromEpochSeconds } from './time';
import type { SiteAdapter } from './types';

/**
 * Telegram Web, both clients, on iEXExchanger's support chat. Markup as Telegram Web scripts read
 * it. K (/k/): .bubbles .bubble[data-mid][data-timestamp] with .is-in (the client) or .is-out (us),
 * text in .message (its .time inside), documents .document-container with .document-name and
 * .document-size, the chat title .chat-info .peer-title, the composer .input-message-input.
 * A (/a/): .messages-container .Message, .own for outgoing, .text-content, .File with .file-title and
 * .file-subtitle, the title .ChatInfo .fullName, the composer #editable-message-text.
 */
const SELECTORS = {
  k: {
    root: '.bubbles',
    message: '.bubble[data-mid]:not(.service)',
    text: '.message',
    notText: '.time, .reactions, .document-container, .bubble-name-forwarded, .reply',
    author: '.colored-name .peer-title, .name .peer-title',
    attachment: '.document-container',
    attachmentName: '.document-name',
    attachmentSize: '.document-size',
    outgoing: 'is-out',
    title: '.chat-info .peer-title',
    replyBox: '.input-message-input[contenteditable="true"]',
  },
  a: {
    root: '.messages-container',
    message: '.Message',
    text: '.text-content',
    notText: '.MessageMeta, .Reactions',
    author: '.message-title .sender-title',
    attachment: '.File',
    attachmentName: '.file-title',
    attachmentSize: '.file-subtitle',
    outgoing: 'own',
    title: '.ChatInfo .fullName',
    replyBox: '#editable-message-text',
  },
} as const;

type Client = (typeof SELECTORS)[keyof typeof SELECTORS];

function clientOf(doc: Document): Client | null {
  if (doc.querySelector(`${SELECTORS.k.root} ${SELECTORS.k.message}`)) return SELECTORS.k;
  if (doc.querySelector(`${SELECTORS.a.root} ${SELECTORS.a.message}`)) return SELECTORS.a;
  return null;
}

function readChat(doc: Document, client: Client): TicketMessage[] {
  const chatTitle = lineText(doc.querySelector(client.title));
  const layout: ThreadLayout = {
    message: client.message,
    body: client.text,
    skip: client.notText,
    attachment: client.attachment,
    attachmentName: client.attachmentName,
    attachmentSize: client.attachmentSize,
    role: (message) => (message.classList.contains(client.outgoing) ? 'agent' : 'customer'),
    // In a private chat bubbles carry no names: incoming ones are the chat's person.
    authorOf: (message) =>
      lineText(message.querySelector(client.author)) || (message.classList.contains(client.outgoing) ? '' : chatTitle),
    timeOf: (message) => isoFromEpochSeconds(message.getAttribute('data-timestamp')),
  };
  const root = doc.querySelector(client.root);
  return root ? readMessages(root, layout) : [];
}

export const telegram: SiteAdapter = {
  id: 'telegram',
  name: 'Telegram Web',
  hostPatterns: ['https://web.telegram.org/*'],
  isTicketUrl: (url) => url.hostname === 'web.telegram.org' && /^\/[ak]\/?$/.test(url.pathname) && url.hash.length > 1,
  recognises: (doc) => clientOf(doc) !== null,
  read(doc, url) {
    const client = clientOf(doc);
    if (!client) return null;
    return ticketOf(url, lineText(doc.querySelector(client.title)), readChat(doc, client), 'telegram');
  },
  replyBox: (doc) => doc.querySelector<HTMLElement>(`${SELECTORS.k.replyBox}, ${SELECTORS.a.replyBox}`),
  ticketRoot: (doc) => doc.querySelector(`${SELECTORS.k.root}, ${SELECTORS.a.root}`),
};
