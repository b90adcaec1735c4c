import { attachment } from './files';
import { lineText } from './text';
import { readMessages, ticketOf } from './thread';
import type { SiteAdapter } from './types';

/**
 * Gmail, an opened conversation. Markup as Gmail extensions and userscripts read it: the subject
 * h2.hP, each expanded message .adn, its sender span.gD[email][name], the date in span.g3[title],
 * the body .a3s (quoted history in .gmail_quote), attachment chips [download_url]
 * ("<mime>:<name>:<url>", class .aZo) with the name in .aV3. Messages from the signed-in account are the agent's:
 * Gmail puts that address in the page title ("<subject> - <address> - Gmail") and in the account
 * button's label ("Google Account: <name> (<address>)").
 */
const SELECTORS = {
  conversation: '[role="main"]',
  subject: 'h2.hP',
  message: '.adn',
  sender: 'span.gD[email]',
  date: 'span.g3',
  body: '.a3s',
  attachment: '[download_url]',
  attachmentName: '.aV3',
  attachmentSize: '.SaH2Ve',
  account: 'a[aria-label^="Google Account"]',
  replyBox: 'div[contenteditable="true"][role="textbox"].editable, div[aria-label="Message Body"][contenteditable="true"]',
} as const;

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

function accountAddress(doc: Document): string {
  const fromTitle = / - ([\w.+-]+@[\w-]+(?:\.[\w-]+)+) - Gmail$/.exec(doc.title ?? '')?.[1];
  const fromButton = EMAIL.exec(doc.querySelector(SELECTORS.account)?.getAttribute('aria-label') ?? '')?.[0];
  return (fromTitle ?? fromButton ?? '').toLowerCase();
}

export const gmail: SiteAdapter = {
  id: 'gmail',
  name: 'Gmail',
  hostPatterns: ['https://mail.google.com/*'],
  isTicketUrl: (url) => url.hostname === 'mail.google.com' && /^#[^/]+\/(?:[^/]+\/)?[A-Za-z0-9]{16,}$/.test(url.hash),
  recognises: (doc) => doc.querySelector(SELECTORS.subject) !== null && doc.querySelector(`${SELECTORS.message} ${SELECTORS.sender}`) !== null,
  read(doc, url) {
    const conversation = doc.querySelector(SELECTORS.conversation) ?? doc.body;
    if (!conversation || !doc.querySelector(SELECTORS.subject)) return null;
    const account = accountAddress(doc);
    const messages = readMessages(conversation, {
      message: SELECTORS.message,
      body: SELECTORS.body,
      authorOf: (message) => {
        const sender = message.querySelector(SELECTORS.sender);
        return sender?.getAttribute('name') || lineText(sender) || sender?.getAttribute('email') || '';
      },
      time: SELECTORS.date,
      attachment: SELECTORS.attachment,
      role: (message) =>
        account !== '' && message.querySelector(SELECTORS.sender)?.getAttribute('email')?.toLowerCase() === account ? 'agent' : 'customer',
      attachmentOf: (el) => {
        const [mime, name = ''] = (el.getAttribute('download_url') ?? '').split(':');
        const shown = lineText(el.querySelector(SELECTORS.attachmentName)) || safeDecode(name);
        return shown ? attachment(shown, { mime, sizeText: lineText(el.querySelector(SELECTORS.attachmentSize)) }) : null;
      },
    });
    return ticketOf(url, lineText(doc.querySelector(SELECTORS.subject)), messages, 'email');
  },
  replyBox: (doc) => doc.querySelector<HTMLElement>(SELECTORS.replyBox),
  ticketRoot: (doc) => doc.querySelector(SELECTORS.subject)?.closest(SELECTORS.conversation) ?? null,
};
