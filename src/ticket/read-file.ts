import PostalMime, { type Email } from 'postal-mime';
import { parseHTML } from 'linkedom';
import { parseJsonText } from '../policy/json-text';
import { problemsOf } from '../policy/load';
import { ticketFromHtml } from '../sites/from-html';
import { type Ticket, ticketSchema } from './schema';

/** A ticket file that cannot be read; the message names the problem (JSON path, format). */
export class TicketFileError extends Error {}

export type TicketFormat = 'json' | 'txt' | 'eml' | 'html';

export function formatOf(path: string): TicketFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'eml') return 'eml';
  if (ext === 'html' || ext === 'htm') return 'html';
  return 'txt';
}

/** Reads a ticket from a file's bytes in the format its name says. */
export async function readTicketFile(path: string, bytes: Uint8Array): Promise<Ticket> {
  const format = formatOf(path);
  if (format === 'eml') return ticketFromEml(bytes);
  const text = decodeText(bytes);
  if (format === 'json') return ticketFromJson(text);
  if (format === 'html') return ticketFromHtml(text);
  return ticketFromText(text);
}

/** UTF-8 text; NUL bytes or undecodable bytes mean the file is not text at all. */
function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new TicketFileError('binary data, not a text file');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new TicketFileError('not valid UTF-8 text');
  }
}

/** A ticket in the contract's JSON shape; problems are reported by JSON path. */
export function ticketFromJson(text: string): Ticket {
  const json = parseJsonText(text);
  if (!json.ok) throw new TicketFileError(`line ${json.line}, column ${json.column}: ${json.message}`);
  return parseTicket(json.value);
}

/** Validates a ticket value; `root` names where it sits (`$.ticket` in a batch line). */
export function parseTicket(value: unknown, root = '$'): Ticket {
  const parsed = ticketSchema.safeParse(value);
  if (!parsed.success) {
    const problems = problemsOf(parsed.error).map((p) => `${root}${p.where.slice(1)}: ${p.message}`);
    throw new TicketFileError(problems.join('; '));
  }
  return parsed.data;
}

/** Plain text is one customer message; a first "Subject:" line becomes the subject. */
export function ticketFromText(text: string): Ticket {
  const subject = /^Subject:[ \t]*([^\r\n]*)\r?\n?/i.exec(text);
  const body = subject ? text.slice(subject[0].length) : text;
  return {
    subject: subject?.[1]?.trim() ?? '',
    messages: body.trim() ? [{ author: '', role: 'customer', text: body }] : [],
  };
}

/** An e-mail message (MIME: multipart, base64, quoted-printable) as one customer message. */
export async function ticketFromEml(bytes: Uint8Array): Promise<Ticket> {
  if (!looksLikeEmail(bytes)) throw new TicketFileError('not an e-mail message (no RFC 5322 header block)');
  let email: Email;
  try {
    email = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' });
  } catch (e) {
    throw new TicketFileError(`unreadable e-mail message: ${e instanceof Error ? e.message : String(e)}`);
  }
  const from = email.from && 'address' in email.from ? email.from : undefined;
  const text = email.text?.trim() ? email.text : email.html ? htmlText(email.html) : '';
  const attachments = email.attachments.map((a, i) => ({
    name: a.filename ?? `attachment-${i + 1}`,
    mime: a.mimeType,
    size: typeof a.content === 'string' ? a.content.length : a.content.byteLength,
  }));
  const at = email.date && !Number.isNaN(Date.parse(email.date)) ? new Date(email.date).toISOString() : undefined;
  return {
    subject: email.subject ?? '',
    channel: 'email',
    messages: [
      {
        author: from?.name || from?.address || '',
        role: 'customer',
        ...(at ? { at } : {}),
        text,
        ...(attachments.length ? { attachments } : {}),
      },
    ],
  };
}

/** The first line of a message is a header field ("Name: value"), and the header block has no NUL bytes. */
function looksLikeEmail(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const headerEnd = head.search(/\r?\n\r?\n/);
  const block = headerEnd === -1 ? head : head.slice(0, headerEnd);
  if (block.includes('\0')) return false;
  const lines = block.split(/\r?\n/).filter((l) => l && !/^[ \t]/.test(l));
  return lines.length > 0 && lines.every((l) => /^[\x21-\x39\x3b-\x7e]+:/.test(l)) &&
    lines.some((l) => /^(?:from|to|subject|date|message-id|mime-version|content-type|received|return-path):/i.test(l));
}

function htmlText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const el of document.querySelectorAll('script, style')) el.remove();
  for (const el of document.querySelectorAll('br, p, div, li, tr, h1, h2, h3, blockquote')) el.append('\n');
  return (document.body?.textContent ?? '').replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n\n').trim();
}
