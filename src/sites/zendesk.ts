import { attachment } from './files';
import { lineText } from './text';
import { readMessages, ticketOf } from './thread';
import type { SiteAdapter } from './types';

/**
 * Zendesk Agent Workspace (/agent/tickets/N). Markup as userscripts and extensions for the
 * workspace read it: the conversation log [data-test-id="omni-log-container"] of
 * article[data-test-id="omni-log-comment-item"], each with [data-test-id="omni-log-item-message"]
 * whose `type` attribute is "end-user" or "agent", the sender, the message content and
 * time[data-test-id="timestamp-relative"][datetime]; attachments link to /attachments/token/…?name=<file>.
 */
const SELECTORS = {
  /** The workspace keeps the panes of other open tabs in the page; the URL's ticket is the active one. */
  pane: (id: string) => `[data-ticket-id="${id}"]`,
  activePane: '[data-ticket-id][data-is-active="true"]',
  log: '[data-test-id="omni-log-container"]',
  item: 'article[data-test-id="omni-log-comment-item"]',
  message: '[data-test-id="omni-log-item-message"]',
  sender: '[data-test-id="omni-log-item-sender"]',
  content: '[data-test-id="omni-log-message-content"]',
  time: 'time[datetime]',
  /** Files are served from the account's /attachments/token/<token>/?name=<file name>. */
  attachment: 'a[href*="/attachments/token/"]',
  via: '[data-test-id="omni-log-item-via"]',
  subject: 'input[data-test-id="omni-header-subject"]',
  replyBox: '[data-test-id="omnicomposer-rich-text-ckeditor"], [data-test-id="ticket-rich-text-editor"] [contenteditable="true"]',
} as const;

function nameParameter(href: string | null): string {
  try {
    return new URL(href ?? '', 'https://zendesk.invalid/').searchParams.get('name') ?? '';
  } catch {
    return '';
  }
}

function activePane(doc: Document, url?: URL): ParentNode {
  const id = /^\/agent\/tickets\/(\d+)/.exec(url?.pathname ?? doc.location?.pathname ?? '')?.[1];
  return (id && doc.querySelector(SELECTORS.pane(id))) || doc.querySelector(SELECTORS.activePane) || doc;
}

function subjectOf(pane: ParentNode): string {
  const input = pane.querySelector<HTMLInputElement>(SELECTORS.subject);
  return (input?.value || input?.getAttribute('value') || '').trim();
}

export const zendesk: SiteAdapter = {
  id: 'zendesk',
  name: 'Zendesk',
  hostPatterns: ['https://*.zendesk.com/*'],
  isTicketUrl: (url) => /\.zendesk\.com$/i.test(url.hostname) && /^\/agent\/tickets\/\d+/.test(url.pathname),
  recognises: (doc) => doc.querySelector(`${SELECTORS.log} ${SELECTORS.item}`) !== null,
  read(doc, url) {
    const pane = activePane(doc, url);
    const log = pane.querySelector(SELECTORS.log);
    if (!log) return null;
    const messages = readMessages(log, {
      message: SELECTORS.item,
      body: SELECTORS.content,
      author: SELECTORS.sender,
      time: SELECTORS.time,
      attachment: SELECTORS.attachment,
      attachmentOf: (link) => {
        const shown = lineText(link);
        const name = nameParameter(link.getAttribute('href')) || link.getAttribute('title') || shown;
        return name ? attachment(name, { sizeText: shown }) : null;
      },
      role: (item) => (item.querySelector(SELECTORS.message)?.getAttribute('type') === 'end-user' ? 'customer' : 'agent'),
    });
    const via = lineText(log.querySelector(SELECTORS.via)).replace(/^via\s+/i, '').toLowerCase();
    return ticketOf(url, subjectOf(pane), messages, via || undefined);
  },
  replyBox: (doc) => activePane(doc).querySelector<HTMLElement>(SELECTORS.replyBox),
  ticketRoot: (doc) => activePane(doc).querySelector(SELECTORS.log),
};
