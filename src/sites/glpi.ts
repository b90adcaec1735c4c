import type { TicketMessage } from '../ticket/schema';
import { attachment } from './files';
import { lineText } from './text';
import { readMessages, ticketOf } from './thread';
import { isoFrom } from './time';
import type { SiteAdapter } from './types';

/**
 * GLPI 10, front/ticket.form.php?id=N. Markup from GLPI's own Twig templates
 * templates/components/itilobject/timeline/timeline.html.twig (.itil-timeline, .timeline-item with the
 * item type as class — ITILContent, ITILFollowup, ITILTask, ITILSolution — and .timeline-content
 * positioned t-left for requesters, t-right for technicians), main_description.html.twig (the request
 * with its .card-title and .rich_text_container) and timeline_item_header_badges.html.twig ("Created:
 * <date> by <user>", the user linked to front/user.form.php) and document/document_list_item.html.twig (a file
 * added to the ticket is its own Document_Item entry: a[href*="document.send.php"][title] and its size).
 */
const SELECTORS = {
  timeline: '.itil-timeline',
  item:
    '.timeline-item.ITILContent, .timeline-item.ITILFollowup, .timeline-item.ITILTask, .timeline-item.ITILSolution, .timeline-item.Document_Item',
  content: '.timeline-content',
  body: '.read-only-content',
  author: '.timeline-header a[href*="user.form.php"]',
  date: '.timeline-header .creator [title], .timeline-header .creator a[href^="#"]',
  attachment: 'a[href*="document.send.php"]',
  attachmentRow: '.row',
  attachmentSize: '.text-muted',
  title: '.card-title',
  subjectInput: 'input[name="name"]',
  replyBox: '#new-itilobject-form textarea[name="content"], .itil-footer textarea[name="content"]',
} as const;

function timeOf(item: Element): string | undefined {
  for (const el of item.querySelectorAll(SELECTORS.date)) {
    const iso = isoFrom(el.getAttribute('title')) ?? isoFrom(lineText(el));
    if (iso) return iso;
  }
  return undefined;
}

/** A file added right after a message by the same person belongs with that message. */
function withFilesOnTheirMessage(entries: TicketMessage[]): TicketMessage[] {
  const messages: TicketMessage[] = [];
  for (const entry of entries) {
    const previous = messages[messages.length - 1];
    if (!entry.text && previous && previous.author === entry.author && previous.role === entry.role) {
      previous.attachments = [...(previous.attachments ?? []), ...(entry.attachments ?? [])];
    } else messages.push(entry);
  }
  return messages;
}

export const glpi: SiteAdapter = {
  id: 'glpi',
  name: 'GLPI',
  hostPatterns: [],
  isTicketUrl: (url) => /\/front\/ticket\.form\.php$/.test(url.pathname) && /^\d+$/.test(url.searchParams.get('id') ?? ''),
  recognises: (doc) => doc.querySelector(`${SELECTORS.timeline} .timeline-item`) !== null,
  read(doc, url) {
    const timeline = doc.querySelector(SELECTORS.timeline);
    if (!timeline) return null;
    const entries = readMessages(timeline, {
      message: SELECTORS.item,
      body: SELECTORS.body,
      author: SELECTORS.author,
      attachment: SELECTORS.attachment,
      attachmentOf: (link) =>
        attachment(link.getAttribute('title') || lineText(link), {
          sizeText: lineText(link.closest(SELECTORS.attachmentRow)?.querySelector(SELECTORS.attachmentSize)),
        }),
      skip: SELECTORS.title,
      timeOf,
      role: (item) => {
        if (item.classList.contains('ITILContent')) return 'customer';
        if (item.classList.contains('ITILTask') || item.classList.contains('ITILSolution')) return 'agent';
        return item.querySelector(SELECTORS.content)?.classList.contains('t-right') ? 'agent' : 'customer';
      },
    });
    const subject =
      lineText(timeline.querySelector(`.ITILContent ${SELECTORS.title}`)) ||
      (doc.querySelector<HTMLInputElement>(SELECTORS.subjectInput)?.value ?? '').trim();
    return ticketOf(url, subject, withFilesOnTheirMessage(entries));
  },
  replyBox: (doc) => doc.querySelector<HTMLElement>(SELECTORS.replyBox),
  ticketRoot: (doc) => doc.querySelector(SELECTORS.timeline),
};
