import { lineText } from './text';
import { readMessages, samePerson, ticketOf } from './thread';
import type { SiteAdapter } from './types';

/**
 * Bitrix24 Open Lines, the operator's chat with a client in the messenger (/online/?IM_DIALOG=imol|…).
 * Markup of the Bitrix24 messenger as its own im / imopenlines modules emit it: message items
 * .bx-messenger-content-item (system lines carry .bx-messenger-content-item-system, the open line's
 * automatic answers .bx-messenger-content-item-ol-*), .bx-messenger-content-item-date holding the
 * sender's name and the date, files .bx-messenger-file with name and size. In an open line the chat
 * is titled with the client's name, so the client's messages are those whose sender is the title's person.
 */
const SELECTORS = {
  dialog: '.bx-messenger-body',
  item: '.bx-messenger-content-item:not(.bx-messenger-content-item-system)',
  text: '.bx-messenger-message',
  author: '.bx-messenger-content-item-name',
  date: '.bx-messenger-content-item-date',
  attachment: '.bx-messenger-file',
  attachmentName: '.bx-messenger-file-title-name',
  attachmentSize: '.bx-messenger-file-size',
  automatic: '[class*="bx-messenger-content-item-ol-"]',
  title: '.bx-messenger-panel-title',
  replyBox: 'textarea.bx-messenger-textarea-input, .bx-im-textarea__element',
} as const;

export const bitrix24: SiteAdapter = {
  id: 'bitrix24',
  name: 'Bitrix24',
  hostPatterns: ['ru', 'com', 'de', 'eu', 'by', 'kz', 'ua', 'in', 'es', 'fr', 'it', 'pl', 'uk', 'com.br', 'com.tr', 'jp', 'cn', 'id', 'vn'].map(
    (zone) => `https://*.bitrix24.${zone}/*`,
  ),
  isTicketUrl: (url) => /^\/online\/?$/.test(url.pathname) && /^(imol\||chat\d)/.test(url.searchParams.get('IM_DIALOG') ?? ''),
  recognises: (doc) => doc.querySelector(`${SELECTORS.dialog} .bx-messenger-content-item`) !== null,
  read(doc, url) {
    const dialog = doc.querySelector(SELECTORS.dialog);
    if (!dialog) return null;
    const title = lineText(doc.querySelector(SELECTORS.title));
    const client = title.split(/\s+[-—–]\s+/)[0] ?? '';
    const messages = readMessages(dialog, {
      message: SELECTORS.item,
      body: SELECTORS.text,
      author: SELECTORS.author,
      time: SELECTORS.date,
      attachment: SELECTORS.attachment,
      attachmentName: SELECTORS.attachmentName,
      attachmentSize: SELECTORS.attachmentSize,
      role: (item, author) => (!item.matches(SELECTORS.automatic) && samePerson(author, client) ? 'customer' : 'agent'),
    });
    return ticketOf(url, title, messages, 'chat');
  },
  replyBox: (doc) => doc.querySelector<HTMLElement>(SELECTORS.replyBox),
  ticketRoot: (doc) => doc.querySelector(SELECTORS.dialog),
};
