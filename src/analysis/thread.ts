import type { Ticket } from '../ticket/schema';
import type { Segment } from './evidence';
import { announcesForward, COLLEAGUE, FORWARD_END, FORWARD_MARK, ORIGINAL_MARK, pointsBelow } from './forwarded';
import { linesOf } from './text';

/** Characters of one message that are analysed; longer messages are cut (and a note says so). */
export const MAX_MESSAGE_CHARS = 20_000;

/** Longest line that can be a quote header or a sign-off; longer lines are always content. */
const MAX_MARKER_LINE = 300;

// "On Mon, 5 Jan 2026 at 10:00, Support <s@x.com> wrote:", "Support wrote:", "5 янв. … написал(а):", "… пишет:"
const ATTRIBUTION_END = /(?:wrote|написал(?:\(а\)|а)?|пишет|schrieb|<[^<>\s]{1,100}@[^<>\s]{1,100}>)\s*:\s*$/i;
const ATTRIBUTION_START = /^\s*(?:On|В|Le|Am)\s/;
const QUOTE_SEPARATOR =
  /^\s*(?:-{2,}\s*(?:Original Message|Исходное сообщение)\s*-{2,}|_{8,})\s*$/i;
/** A line of quoted text ("> …"). */
const QUOTED_LINE = /^\s*>/;
const ANY_QUOTED_LINE = /^[ \t]*>/m;
// An Outlook-style quoted header block: "From: …" followed by "Sent:"/"Date:"/"To:" lines.
const HEADER_FROM = /^\s*(?:From|От|Отправитель)\s*:/i;
const HEADER_NEXT = /^\s*(?:Sent|Date|To|Subject|Отправлено|Дата|Кому|Тема)\s*:/i;
const SIGN_OFF =
  /^\s*(?:--(?!-)|—|–|Best regards|Kind regards|Warm regards|Best wishes|Regards|Sincerely|Cheers|С уважением|С наилучшими пожеланиями|Всего (?:доброго|наилучшего)|Sent from my|Sent from|Отправлено (?:из|с)|Get Outlook for)(?![a-zа-яё])[\s,.!:;—–-]*[a-zA-Z\u00C0-\u024F\u0400-\u04FF0-9 .,'’/-]{0,60}$/i;
/** A mail footer's legal notice ("This e-mail and any attachments are confidential…"): boilerplate, not the customer's words. */
const DISCLAIMER =
  /^\s*(?:(?:this|the)\s+(?:e-?mail|message)\b[^\n]{0,60}?\b(?:confidential|intended solely|intended only)|confidentiality notice|disclaimer:|please consider the environment|think before you print|подумайте об окружающей среде|(?:это|данное)\s+(?:письмо|сообщение|электронное письмо)[^\n]{0,80}?конфиденциальн)/i;

/** Customer text analysed per ticket: the start of the thread (the report) and its end (the latest state). */
export const MAX_TICKET_CHARS = 24_000;

/**
 * The customer-written text of a ticket: only `role: customer` messages, without quoted email
 * history (attribution lines and everything after, `>` lines, "Original Message" blocks) and
 * signatures; `>` lines a first message passes on from a colleague are kept. Each segment is a run of kept lines whose offsets point into the original message.
 */
export function customerSegments(ticket: Ticket): Segment[] {
  return readThread(ticket).segments;
}

export interface Thread {
  segments: Segment[];
  /**
   * The customers' signature blocks: not their words (a "Skype: ivan" there contacts nobody), but where their site
   * often stands ("С уважением, Анатолий / obmen-na-raz.ru"), so the domain item reads them too.
   */
  signatures: Segment[];
  /** How many characters of customer text the size limits left out. */
  omitted: number;
}

export function readThread(ticket: Ticket): Thread {
  const all: Segment[] = [];
  const signatures: Segment[] = [];
  let omitted = 0;
  let agentSpoke = false;
  ticket.messages.forEach((message, index) => {
    if (message?.role !== 'customer') agentSpoke ||= message?.role === 'agent';
    if (message?.role !== 'customer' || typeof message.text !== 'string') return;
    const text = message.text.length > MAX_MESSAGE_CHARS ? message.text.slice(0, MAX_MESSAGE_CHARS) : message.text;
    omitted += message.text.length - text.length;
    const own = ownText(text, index, !agentSpoke);
    all.push(...own.segments);
    if (own.signature) signatures.push(own.signature);
  });
  const total = all.reduce((n, s) => n + s.text.length, 0);
  if (total <= MAX_TICKET_CHARS) return { segments: all, signatures, omitted };
  return { segments: headAndTail(all, MAX_TICKET_CHARS / 2), signatures, omitted: omitted + total - MAX_TICKET_CHARS };
}

/** Lines of a signature block read for the site it may name; a longer tail is something else. */
const SIGNATURE_LINES = 6;

/** The first and the last `half` characters of a long thread, cutting the segments at the edges. */
function headAndTail(segments: readonly Segment[], half: number): Segment[] {
  const head: Segment[] = [];
  let room = half;
  for (const s of segments) {
    if (room <= 0) break;
    head.push(s.text.length <= room ? s : { ...s, text: s.text.slice(0, room) });
    room -= s.text.length;
  }
  const tail: Segment[] = [];
  room = half;
  for (let i = segments.length - 1; i >= 0 && room > 0; i--) {
    const s = segments[i]!;
    const cut = Math.max(0, s.text.length - room);
    tail.unshift(cut === 0 ? s : { ...s, start: s.start + cut, text: s.text.slice(cut) });
    room -= s.text.length;
  }
  return [...head, ...tail];
}

/**
 * `opensThread`: no agent has written yet, so an "Original Message" block at the very top quotes no reply of theirs:
 * it is the customer's own earlier mail, sent again.
 */
function ownText(text: string, message: number, opensThread: boolean): { segments: Segment[]; signature?: Segment } {
  // Kept lines as [start, end) ranges; a null entry stands for a dropped `>` line (it splits segments).
  const kept: ([number, number] | null)[] = [];
  let previous: string | undefined;
  let sawContent = false;
  // Right after a forward's marker: its header block introduces what the customer forwards, not a reply's history.
  let forwarding = false;
  // "Пересылаю письмо техдиректора" above an "Original Message" line: what follows is forwarded, not history.
  let announced = false;
  // Inside a forward up to its closing line: the forwarded mail's sign-off does not end the customer's message.
  let inForward = false;
  // "Вопрос от нашего руководителя, ответьте по пунктам:" right above "> …" lines of the message that opens the thread, or
  // "my colleague put together the list below" / "вопросы Кати (ниже)" above them: no reply of the vendor's is there to
  // quote, so the lines are the mail passed on, kept as a forward.
  let colleagueQuoted = false;
  // Read only where there is a quoted line to keep: most messages have none.
  const mayPassQuotesOn = opensThread && text.includes('>') && ANY_QUOTED_LINE.test(text);
  let signature: Segment | undefined;
  // "Answers inline, see below": the customer's lines between the quoted ones are theirs (decided once per message).
  let inline: boolean | undefined;
  const lines = [...linesOf(text)];
  for (let i = 0; i < lines.length; i++) {
    const { line, start } = lines[i]!;
    // An announced forward may open with its header block alone ("Пересылаю письмо программиста" … "От: Дмитрий <…>").
    const announcedForward =
      ((announced || (opensThread && !sawContent)) && ORIGINAL_MARK.test(line)) || (announced && headerBlockAt(lines, i));
    if (line.length <= MAX_MARKER_LINE && !announcedForward) {
      const cut = quotedHistoryStart(line, previous, sawContent && !forwarding, () => nextLine(lines, i));
      // Above answers written inline, the attribution heads quoted lines to drop, not the rest of the message.
      if ((cut === 'here' || cut === 'with-previous') && ATTRIBUTION_END.test(line) && (inline ??= answersInline(lines, i))) {
        if (cut === 'with-previous') kept.pop();
        kept.push(null);
        previous = line;
        continue;
      }
      // Right under a forward's marker, "14.04.2026, FirstVDS <noreply@…>:" heads the mail forwarded, not history.
      if (cut !== 'no' && !(cut === 'signature' && inForward) && !(forwarding && cut === 'here' && ATTRIBUTION_END.test(line))) {
        // A header spread over two lines ("On … Support <" / "s@x.com> wrote:", "From: …" / "Sent: …") loses both.
        if (cut === 'with-previous') kept.pop();
        if (cut === 'signature') {
          signature ??= signatureBlock(text, lines.slice(i, i + SIGNATURE_LINES), previous, message);
          // "P.S. We run stock 3.1.2" below the signature is the customer's again.
          const postscript = postscriptAfter(lines, i, previous, announced, colleagueQuoted);
          if (postscript > i) {
            kept.push(null);
            i = postscript - 1;
            previous = undefined;
            continue;
          }
        }
        break;
      }
    }
    if (QUOTED_LINE.test(line)) {
      kept.push(colleagueQuoted ? [start, start + line.length] : null);
    } else {
      kept.push([start, start + line.length]);
      // A forward's marker and header lines are not the customer's words.
      if (FORWARD_MARK.test(line) || announcedForward) {
        forwarding = true;
        inForward = true;
        announced = false;
      } else if (FORWARD_END.test(line)) {
        inForward = false;
      } else if (line.trim() && !HEADER_FROM.test(line) && !HEADER_NEXT.test(line)) {
        sawContent = true;
        forwarding = false;
        if (!announced && announcesForward(line)) announced = true;
        if (mayPassQuotesOn && !colleagueQuoted) {
          colleagueQuoted = pointsBelow(line) || (COLLEAGUE.test(line) && COVER_NOTE.test(line) && QUOTED_LINE.test(nextLine(lines, i) ?? ''));
        }
      }
    }
    previous = line;
  }
  return { segments: joinRuns(text, kept, message), signature };
}

/** A note that passes a colleague's words on ("my colleague asked me to pass this on:", "вопрос от нашего руководителя"), not a signature's "Office Manager". */
const COVER_NOTE =
  /:\s*$|(?<![\p{L}])(?:asked me|asks|wants to know|questions?|writes|wrote|says|sent|pass(?:ing)?\s+(?:this|it|these)\s+on|вопрос\p{L}*|просит|попросил\p{L}*|спрашивает|пишет|написал\p{L}*|прислал\p{L}*|переслал\p{L}*|пересыла\p{L}*|forward\p{L}*|от\s+(?:нашего|нашей|моего|моей))(?![\p{L}])/iu;

const POSTSCRIPT = /^\s*(?:p\.?\s?s\.?|п\.?\s?с\.?)(?=[\s:,.-])/i;

/** A "From:" line with "Sent:"/"To:"/"Subject:" right under it: a mail's header block. */
function headerBlockAt(lines: readonly { line: string }[], i: number): boolean {
  return HEADER_FROM.test(lines[i]!.line) && HEADER_NEXT.test(lines[i + 1]?.line ?? '');
}

/**
 * The line of a postscript below a signature, or of a forward the customer signed above ("Regards, Dmitrij" then
 * "---------- Forwarded message ---------"), before any quoted history; -1 when there is none.
 */
function postscriptAfter(
  lines: readonly { line: string }[],
  signatureAt: number,
  previous: string | undefined,
  announced: boolean,
  colleagueQuoted: boolean,
): number {
  let before = previous;
  for (let j = signatureAt + 1; j < lines.length; j++) {
    const { line } = lines[j]!;
    if (POSTSCRIPT.test(line) || FORWARD_MARK.test(line) || (announced && (ORIGINAL_MARK.test(line) || headerBlockAt(lines, j)))) return j;
    if (colleagueQuoted && QUOTED_LINE.test(line)) return j;
    if (QUOTED_LINE.test(line) || (line.length <= MAX_MARKER_LINE && !['no', 'signature'].includes(quotedHistoryStart(line, before, true, () => nextLine(lines, j))))) return -1;
    before = line;
  }
  return -1;
}

/** The signature's lines up to the first quote marker: the message replied to is no signature. */
function signatureBlock(text: string, lines: readonly { line: string; start: number }[], previous: string | undefined, message: number): Segment | undefined {
  let end = lines[0]!.start;
  let before = previous;
  for (const [k, { line, start }] of lines.entries()) {
    if (line.length > MAX_MARKER_LINE || QUOTED_LINE.test(line)) break;
    const cut = quotedHistoryStart(line, before, true, () => nextLine(lines, k));
    if (cut !== 'no' && cut !== 'signature') break;
    end = start + line.length;
    before = line;
  }
  const from = lines[0]!.start;
  return end > from ? { message, start: from, text: text.slice(from, end) } : undefined;
}

/** Whether the customer writes between the quoted lines below line `i`: a line of theirs with quoted lines after it. */
function answersInline(lines: readonly { line: string }[], i: number): boolean {
  let quoted = false;
  let answered = false;
  for (let j = i + 1; j < lines.length; j++) {
    const { line } = lines[j]!;
    if (QUOTED_LINE.test(line)) {
      if (answered) return true;
      quoted = true;
    } else if (quoted && line.trim()) {
      answered = true;
    }
  }
  return false;
}

/** The next line with text after line `i` (asked only of a line that may be an attribution, so blank runs cost once). */
function nextLine(lines: readonly { line: string }[], i: number): string | undefined {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]!.line.trim()) return lines[j]!.line;
  return undefined;
}

/**
 * "Браузер пишет:" introduces an error the customer quotes; "5 янв. 2026 г., Поддержка <s@x.com> написал(а):" or
 * "Support wrote:" above "> " lines introduces quoted history: a date, an address or the quote marks below tell.
 */
function isAttribution(line: string, next: () => string | undefined): boolean {
  if (!ATTRIBUTION_END.test(line)) return false;
  if (/[\d@]/.test(line) || ATTRIBUTION_START.test(line)) return true;
  const below = next();
  return below !== undefined && QUOTED_LINE.test(below);
}

function quotedHistoryStart(
  line: string,
  previous: string | undefined,
  sawContent: boolean,
  next: () => string | undefined,
): 'no' | 'here' | 'with-previous' | 'signature' {
  if (QUOTED_LINE.test(line)) return 'no';
  if (isAttribution(line, next)) {
    return previous !== undefined && !ATTRIBUTION_START.test(line) && ATTRIBUTION_START.test(previous) && !ATTRIBUTION_END.test(previous)
      ? 'with-previous'
      : 'here';
  }
  if (QUOTE_SEPARATOR.test(line)) return 'here';
  // A header block below the customer's words is the message replied to; one at the top is a forward of their own.
  if (sawContent && previous !== undefined && HEADER_FROM.test(previous) && HEADER_NEXT.test(line)) return 'with-previous';
  // A sign-off ends the message, but not a message that is nothing but that line, nor an item of a dash list.
  return sawContent && ((SIGN_OFF.test(line) && !dashListItem(line, previous, next)) || DISCLAIMER.test(line)) ? 'signature' : 'no';
}

const DASH_ITEM = /^\s*([—–-])\s+\S/;
/** "Просим сделать следующее:" / "— новый лендинг на главную" / "— шрифты поменять": a list, not "— Иван" signing off. */
function dashListItem(line: string, previous: string | undefined, next: () => string | undefined): boolean {
  const dash = DASH_ITEM.exec(line)?.[1];
  if (!dash) return false;
  if (previous !== undefined && /:\s*$/.test(previous)) return true;
  const below = next();
  return below !== undefined && DASH_ITEM.exec(below)?.[1] === dash;
}

function joinRuns(text: string, kept: readonly ([number, number] | null)[], message: number): Segment[] {
  const segments: Segment[] = [];
  let run: [number, number] | undefined;
  const close = () => {
    if (run && text.slice(run[0], run[1]).trim()) segments.push({ message, start: run[0], text: text.slice(run[0], run[1]) });
    run = undefined;
  };
  for (const range of kept) {
    if (!range) close();
    else if (!run) run = [range[0], range[1]];
    else run[1] = range[1];
  }
  close();
  return segments;
}
