import { attachment } from './files';
import { lineText } from './text';
import { readMessages, ticketOf } from './thread';
import type { SiteAdapter } from './types';

/**
 * Zammad agent ticket zoom (#ticket/zoom/N). Markup from Zammad's own template
 * app/assets/javascripts/app/views/ticket_zoom/article_view.jst.eco: .ticket-article-item with the
 * sender ("customer", "agent", "system") and the article type (email, phone, web, …) as classes,
 * the .text-bubble, .article-meta-row key/value pairs (From, To, Subject), a.attachment with the
 * size in its title, and time[data-time]; current releases wrap the text in .textBubble > .textBubble-content >
 * .richtext-content and print the time through humanTime (time[datetime]).
 */
const SELECTORS = {
  zoom: '.ticketZoom',
  article: '.ticket-article-item.customer, .ticket-article-item.agent',
  bubble: '.textBubble-content, .text-bubble',
  metaRow: '.article-meta.top .article-meta-row',
  metaKey: '.article-meta-key',
  metaValue: '.article-meta-value',
  time: 'time[data-time], time[datetime]',
  attachment: '.attachment',
  attachmentName: '.attachment-name',
  attachmentSize: '.attachment-size',
  notText: '.bubble-arrow, .js-signatureMarker ~ .show-more',
  title: '.ticketZoom-header .ticket-title-update',
  replyBox: '.article-add .richtext-content[contenteditable="true"]',
} as const;

const CHANNELS = ['email', 'phone', 'web', 'chat', 'telegram personal-message', 'facebook', 'twitter', 'sms', 'whatsapp message'];

function meta(article: Element, key: string): string {
  for (const row of article.querySelectorAll(SELECTORS.metaRow)) {
    if (lineText(row.querySelector(SELECTORS.metaKey)).toLowerCase() === key) return lineText(row.querySelector(SELECTORS.metaValue));
  }
  return '';
}

export const zammad: SiteAdapter = {
  id: 'zammad',
  name: 'Zammad',
  hostPatterns: ['https://*.zammad.com/*'],
  isTicketUrl: (url) => /^#ticket\/zoom\/\d+/.test(url.hash),
  recognises: (doc) => doc.querySelector(`${SELECTORS.zoom} .ticket-article-item`) !== null,
  read(doc, url) {
    const zoom = doc.querySelector(SELECTORS.zoom);
    if (!zoom) return null;
    const messages = readMessages(zoom, {
      message: SELECTORS.article,
      body: SELECTORS.bubble,
      authorOf: (article) => meta(article, 'from'),
      time: SELECTORS.time,
      attachment: SELECTORS.attachment,
      skip: SELECTORS.notText,
      role: (article) => (article.classList.contains('customer') ? 'customer' : 'agent'),
      attachmentOf: (el) =>
        attachment(lineText(el.querySelector(SELECTORS.attachmentName) ?? el), {
          sizeText: lineText(el.querySelector(SELECTORS.attachmentSize)) || el.getAttribute('title'),
        }),
    });
    const first = zoom.querySelector(SELECTORS.article);
    const channel = CHANNELS.find((type) => type.split(' ').some((name) => first?.classList.contains(name)));
    return ticketOf(url, lineText(zoom.querySelector(SELECTORS.title)), messages, channel?.split(' ')[0]);
  },
  replyBox: (doc) => doc.querySelector<HTMLElement>(SELECTORS.replyBox),
  ticketRoot: (doc) => doc.querySelector(SELECTORS.zoom),
};
