import type { Attachment, Ticket, TicketMessage } from '../ticket/schema';
import { attachment } from './files';
import { lineText, readText } from './text';
import { timeOf } from './time';

export type Role = TicketMessage['role'];

/** How one helpdesk lays out a conversation: selectors are relative to a message element. */
export interface ThreadLayout {
  /** Every message element of the conversation, in page order. */
  message: string;
  /** The message's text (quoted history included). */
  body: string;
  author?: string;
  time?: string;
  /** One element per attached file; its name is the element's text unless `attachmentName` says where. */
  attachment?: string;
  attachmentName?: string;
  attachmentSize?: string;
  /** Subtrees of the body that are not message text. */
  skip?: string;
  role(message: Element, author: string): Role;
  /** Overrides for helpdesks that keep a field elsewhere (attributes, headers). */
  authorOf?(message: Element): string;
  timeOf?(message: Element): string | undefined;
  attachmentOf?(element: Element): Attachment | null;
}

function attachmentsIn(message: Element, layout: ThreadLayout): Attachment[] {
  if (!layout.attachment) return [];
  const found: Attachment[] = [];
  for (const el of message.querySelectorAll(layout.attachment)) {
    const read = layout.attachmentOf
      ? layout.attachmentOf(el)
      : attachment(lineText(layout.attachmentName ? el.querySelector(layout.attachmentName) : el), {
          sizeText: layout.attachmentSize ? lineText(el.querySelector(layout.attachmentSize)) : null,
        });
    if (read?.name) found.push(read);
  }
  return found;
}

/** One message element read by the layout; null when it holds neither text nor files (system lines). */
function readMessage(el: Element, layout: ThreadLayout): TicketMessage | null {
  const skip = [layout.skip, layout.attachment].filter(Boolean).join(', ') || undefined;
  const body = el.matches(layout.body) ? el : el.querySelector(layout.body);
  const text = body ? readText(body, { skip }) : '';
  const attachments = attachmentsIn(el, layout);
  if (!text && attachments.length === 0) return null;
  const author = layout.authorOf ? layout.authorOf(el) : lineText(layout.author ? el.querySelector(layout.author) : null);
  const message: TicketMessage = { author, role: layout.role(el, author), text };
  const at = layout.timeOf ? layout.timeOf(el) : timeOf(layout.time ? el.querySelector(layout.time) : null);
  if (at) message.at = at;
  if (attachments.length) message.attachments = attachments;
  return message;
}

export function readMessages(root: ParentNode, layout: ThreadLayout): TicketMessage[] {
  const messages: TicketMessage[] = [];
  for (const el of root.querySelectorAll(layout.message)) {
    const message = readMessage(el, layout);
    if (message) messages.push(message);
  }
  return messages;
}

/** Oldest first, as the contract reads a ticket; helpdesks that list newest first are turned round. */
function chronological(messages: TicketMessage[]): TicketMessage[] {
  const first = Date.parse(messages[0]?.at ?? '');
  const last = Date.parse(messages[messages.length - 1]?.at ?? '');
  return first > last ? [...messages].reverse() : messages;
}

/** A ticket from its parts, or null when no message could be read (the markup did not match). */
export function ticketOf(url: URL, subject: string, read: TicketMessage[], channel?: string): Ticket | null {
  if (read.length === 0) return null;
  const messages = chronological(read);
  const ticket: Ticket = /^https?:$/.test(url.protocol) ? { url: url.href, subject, messages } : { subject, messages };
  if (channel) ticket.channel = channel;
  return ticket;
}

/** Compares people's names as pages print them (case, spacing, e-mail in angle brackets). */
export function samePerson(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
  return norm(a) !== '' && norm(a) === norm(b);
}
