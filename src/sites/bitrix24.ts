import { attachment } from './files';
import { lineText } from './text';
import { readMessages, samePerson, ticketOf, type ThreadLayout } from './thread';
import type { SiteAdapter } from './types';

/**
 * Bitrix24 Open Lines, the operator's chat with a client (/online/?IM_DIALOG=imol|…). Two messengers:
 * - the current one (im.v2, Vue), from its component templates and captured pages: messages
 *   .bx-im-message-base__wrap[data-id] marked --self (ours) or --opponent, the author's
 *   .bx-im-chat-title__text at the head of a group, .bx-im-message-default-content__text (a quoted
 *   reply in .bx-im-message-quote), files .bx-im-media-file__container with __name[title] and __size,
 *   the chat's title in the header's .bx-im-chat-title__text;
 * - the legacy one, as Bitrix24's im / imopenlines modules emit it: .bx-messenger-content-item
 *   (-system lines, -ol-* automatic answers), .bx-messenger-content-item-date with name and date,
 *   files .bx-messenger-file.
 * An open line's chat is titled with the client's name: the client's messages are that person's.
 */
const SELECTORS = {
  messenger: {
    dialog: '.bx-im-dialog-chat__scroll-container',
    message: '.bx-im-message-base__wrap[data-id]',
    self: '--self',
    text: '.bx-im-message-default-content__text',
    author: '.bx-im-message-author-title__container .bx-im-chat-title__text',
    attachment: '.bx-im-media-file__container',
    attachmentName: '.bx-im-media-file__name',
    attachmentSize: '.bx-im-media-file__size',
    title: '.bx-im-chat-header__info .bx-im-chat-title__text',
    replyBox: 'textarea.bx-im-textarea__element',
  },
  legacy: {
    dialog: '.bx-messenger-body',
    message: '.bx-messenger-content-item:not(.bx-messenger-content-item-system)',
    text: '.bx-messenger-message',
    author: '.bx-messenger-content-item-name',
    date: '.bx-messenger-content-item-date',
    automatic: '[class*="bx-messenger-content-item-ol-"]',
    attachment: '.bx-messenger-file',
    attachmentName: '.bx-messenger-file-title-name',
    attachmentSize: '.bx-messenger-file-size',
    title: '.bx-messenger-panel-title',
    replyBox: 'textarea.bx-messenger-textarea-input',
  },
} as const;

function clientOf(title: string): string {
  return title.split(/\s+[-—–]\s+/)[0] ?? '';
}

/** The current messenger names the author once per group of messages: the rest are the same person's. */
function messengerLayout(client: string): ThreadLayout {
  const s = SELECTORS.messenger;
  let groupAuthor = '';
  return {
    message: s.message,
    body: s.text,
    authorOf: (message) => {
      if (message.classList.contains(s.self)) return (groupAuthor = '');
      groupAuthor = lineText(message.querySelector(s.author)) || groupAuthor;
      return groupAuthor;
    },
    attachment: s.attachment,
    attachmentOf: (el) =>
      attachment(el.querySelector(s.attachmentName)?.getAttribute('title') || lineText(el.querySelector(s.attachmentName)), {
        sizeText: lineText(el.querySelector(s.attachmentSize)),
      }),
    role: (message, author) => (!message.classList.contains(s.self) && samePerson(author, client) ? 'customer' : 'agent'),
  };
}

function legacyLayout(client: string): ThreadLayout {
  const s = SELECTORS.legacy;
  return {
    message: s.message,
    body: s.text,
    author: s.author,
    time: s.date,
    attachment: s.attachment,
    attachmentName: s.attachmentName,
    attachmentSize: s.attachmentSize,
    role: (item, author) => (!item.matches(s.automatic) && samePerson(author, client) ? 'customer' : 'agent'),
  };
}

type Messenger = (typeof SELECTORS)[keyof typeof SELECTORS];

function messengerOf(doc: Document): Messenger | null {
  if (doc.querySelector(`${SELECTORS.messenger.dialog} ${SELECTORS.messenger.message}`)) return SELECTORS.messenger;
  if (doc.querySelector(`${SELECTORS.legacy.dialog} .bx-messenger-content-item`)) return SELECTORS.legacy;
  return null;
}

export const bitrix24: SiteAdapter = {
  id: 'bitrix24',
  name: 'Bitrix24',
  hostPatterns: ['ru', 'com', 'de', 'eu', 'by', 'kz', 'ua', 'in', 'es', 'fr', 'it', 'pl', 'uk', 'com.br', 'com.tr', 'jp', 'cn', 'id', 'vn'].map(
    (zone) => `https://*.bitrix24.${zone}/*`,
  ),
  isTicketUrl: (url) => /^\/online\/?$/.test(url.pathname) && /^(imol\||chat\d)/.test(url.searchParams.get('IM_DIALOG') ?? ''),
  recognises: (doc) => messengerOf(doc) !== null,
  read(doc, url) {
    const messenger = messengerOf(doc);
    const dialog = messenger && doc.querySelector(messenger.dialog);
    if (!messenger || !dialog) return null;
    const title = lineText(doc.querySelector(messenger.title));
    const layout = messenger === SELECTORS.messenger ? messengerLayout(clientOf(title)) : legacyLayout(clientOf(title));
    return ticketOf(url, title, readMessages(dialog, layout), 'chat');
  },
  replyBox: (doc) => doc.querySelector<HTMLElement>(`${SELECTORS.messenger.replyBox}, ${SELECTORS.legacy.replyBox}`),
  ticketRoot: (doc) => doc.querySelector(`${SELECTORS.messenger.dialog}, ${SELECTORS.legacy.dialog}`),
};
