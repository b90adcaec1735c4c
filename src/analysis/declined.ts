import type { Policy, ScopeCategory } from '../policy/schema';
import type { ScopeFlag, Ticket } from '../ticket/schema';
import { evidenceIn, type Evidence, type Segment } from './evidence';
import { normalizeWord, sentenceBounds, sentenceText, tokenize, type PhraseMatch, type SentenceRef } from './phrases';
import { stemsOf } from './withdrawals';
import type { Requests } from './rules/requests';
import { MAX_MESSAGE_CHARS } from './thread';

/** An agent's sentence that turns the work down: not covered, paid apart, someone else's, or simply refused. */
const DECLINING = new RegExp(
  [
    "(?<![\\p{L}])(?:can(?:no|['’])t|can not|unable|won['’]t|do(?:es)?(?:n['’]t| not) (?:support|integrate|cover|provide|do|handle)|not (?:included|covered|supported|part of|within|something we|able))(?![\\p{L}])",
    '(?<![\\p{L}])(?:outside|out of scope|beyond|paid|separate(?:ly)? (?:service|task|order|quote)|third[- ]party|contact (?:its|the|their) (?:developer|vendor|author))(?![\\p{L}])',
    '(?<![\\p{L}])не (?:можем|входит|входят|оказыва\\p{L}*|поддержива\\p{L}*|занимаемся|выполняем|делаем|относится|интегрирован\\p{L}*|предусмотрен\\p{L}*|в рамках)(?![\\p{L}])',
    '(?<![\\p{L}])(?:платн\\p{L}*|за рамками|вне рамок|отдельн\\p{L}* (?:услуг|заказ|договор)\\p{L}*|обратитесь|сторонн\\p{L}*)(?![\\p{L}])',
  ].join('|'),
  'iu',
);

/** Words that press for the work once it is declined: "do it anyway", "откройте сами", "хоть как-нибудь", "we paid for support". */
const INSISTING = new RegExp(
  [
    "(?<![\\p{L}])(?:still|anyway|anyhow|regardless|all the same|even so|nevertheless|at least|yourselves|yourself|just do|i insist|we insist|we paid|we pay|we['’]re paying|come on)(?![\\p{L}])",
    '\\p{L}+(?:йте|ите|ьте)\\s+(?:это\\s+|всё\\s+|все\\s+)?сами(?![\\p{L}])|(?<![\\p{L}])сами\\s+\\p{L}+(?:йте|ите|ьте)(?![\\p{L}])',
    '(?<![\\p{L}])(?:всё равно|все равно|всё-таки|все-таки|хоть как-нибудь|как-нибудь|хотя бы|тем не менее|в ч[её]м проблема|мы же|мы платим|мы заплатили|ну сделайте|снова|опять)(?![\\p{L}])',
  ].join('|'),
  'iu',
);

/** "Just fix it", "сделайте это": the act asked is the one declined, named by a pronoun. */
const THAT_WORK =
  /(?<![\p{L}])(?:fix|do|open|set|make|repair|handle|finish|sort|install|move|configure|change)\s+(?:it|that|this|them)(?![\p{L}])|\p{L}(?:йте|ите|ьте)\s+(?:уже\s+)?(?:это|его|её|ее|их)(?![\p{L}])/iu;

export interface Declined {
  /** The work the agent turned down. */
  category: ScopeCategory;
  /** The customer's sentence that asks for it again. */
  evidence: Evidence;
}

/** An agent's sentence that turns work down, the categories its words name, and the customer's replies to it. */
export interface Decline {
  sentence: SentenceRef;
  categories: ScopeCategory[];
  replies: Segment[];
  /** The customer segments the agent answers: from the agent's previous message to this one. */
  answered: Segment[];
}

/** The agent sentences that turn work down and have a customer reply after them. */
export function agentDeclines(
  ticket: Ticket,
  segments: readonly Segment[],
  scan: (agent: Segment[]) => PhraseMatch[],
  categoryOf: (key: string) => ScopeCategory | undefined,
): Decline[] {
  const declines: Decline[] = [];
  ticket.messages.forEach((message, index) => {
    if (message?.role !== 'agent' || typeof message.text !== 'string') return;
    const agent: Segment = { message: index, start: 0, text: message.text.slice(0, MAX_MESSAGE_CHARS) };
    // Most agent replies turn nothing down: they are not read for categories at all.
    if (!DECLINING.test(agent.text)) return;
    const replies = repliesTo(index, ticket, segments);
    if (replies.length === 0) return;
    const answered = answeredBy(index, ticket, segments);
    const bySentence = new Map<number, ScopeCategory[]>();
    for (const m of scan([agent])) {
      const category = categoryOf(m.key);
      if (category) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), category]);
    }
    for (const [sentence, categories] of bySentence) {
      const ref = { segment: agent, sentence };
      if (DECLINING.test(sentenceText(ref))) declines.push({ sentence: ref, categories, replies, answered });
    }
  });
  return declines;
}

/**
 * "Настройка firewall — платная серверная услуга." / "Так откройте сами, в чём проблема.": the customer presses for
 * work only the agent named. The agent's words tell which category it is (never evidence themselves); the customer's
 * request after them, pressing ("anyway", "хоть как-нибудь") or naming what the agent declined ("StockMaster"), is
 * the evidence. A later withdrawal in the customer's words takes it back.
 */
export function declinedAndAskedAgain(
  declines: readonly Decline[],
  requests: () => Requests,
  policy: Policy,
  flagged: readonly ScopeFlag[],
): Declined[] {
  const found: Declined[] = [];
  for (const { sentence, categories, replies } of declines) {
    // A sentence that turns down what the customer asked in words of their own declines that ask: its other
    // words ("…обратитесь к партнёру") name no further work.
    if (categories.some((c) => flagged.some((f) => f.category === c.id))) continue;
    const pressed = pressedFor(replies, requests(), namesIn(sentenceText(sentence), policy), new Set(stemsOf(sentence)));
    const category = categories.find((c) => !found.some((d) => d.category === c));
    if (pressed && category) found.push({ category, evidence: pressed });
  }
  return found;
}

/** The customer segments an agent message answers: from the agent's previous message to it. */
function answeredBy(agentIndex: number, ticket: Ticket, segments: readonly Segment[]): Segment[] {
  let previous = -1;
  ticket.messages.forEach((m, k) => {
    if (k < agentIndex && m?.role === 'agent') previous = k;
  });
  return segments.filter((s) => s.message > previous && s.message < agentIndex);
}

/**
 * "Почините приложение" / "Приложение разработано сторонней компанией, обращайтесь к разработчику." / "Ок": the work
 * the agent turned down, asked for in the words the agent repeats, stands unless the customer takes it back. The
 * customer's request is the evidence; the agent's words only tell the category.
 */
export function declinedAsked(
  declines: readonly Decline[],
  requests: () => Requests,
  flagged: readonly ScopeFlag[],
  segments: readonly Segment[],
): Declined[] {
  const found: Declined[] = [];
  for (const { sentence, categories, answered } of declines) {
    // Work the customer's own words already flag is the ask this sentence turns down.
    if (categories.some((c) => flagged.some((f) => f.category === c.id) || found.some((d) => d.category === c))) continue;
    const asked = lastRequestNaming(answered, requests(), new Set(stemsOf(sentence)));
    const later = segments.filter((s) => s.message > sentence.segment.message);
    if (asked && !withdrawnIn(later, requests())) found.push({ category: categories[0]!, evidence: asked });
  }
  return found;
}

function lastRequestNaming(segments: readonly Segment[], requests: Requests, stems: ReadonlySet<string>): Evidence | undefined {
  let asked: Evidence | undefined;
  for (const segment of segments) {
    for (const sentence of new Set(tokenize(segment).words.map((w) => w.sentence))) {
      const ref = { segment, sentence };
      if (!requests.workOrRepair.has(ref) || !stemsOf(ref).some((stem) => stems.has(stem))) continue;
      const bounds = sentenceBounds(ref)!;
      asked = evidenceIn(segment, bounds.start, bounds.end - bounds.start);
    }
  }
  return asked;
}

function withdrawnIn(segments: readonly Segment[], requests: Requests): boolean {
  return [...requests.withdrawals.refs()].some((ref) => segments.includes(ref.segment));
}

/** The customer segments that answer an agent message: from it to the next agent message. */
function repliesTo(agentIndex: number, ticket: Ticket, segments: readonly Segment[]): Segment[] {
  const next = ticket.messages.findIndex((m, k) => k > agentIndex && m?.role === 'agent');
  return segments.filter((s) => s.message > agentIndex && (next < 0 || s.message < next));
}

/** The last request in the replies that presses for the work or names it, unless a withdrawal follows it. */
function pressedFor(replies: readonly Segment[], requests: Requests, names: readonly string[], declined: ReadonlySet<string>): Evidence | undefined {
  let pressed: Evidence | undefined;
  // "ssl is sorted, ignore that part. but the colors… can't you just do it?": once the declined thing is dropped by
  // name, only a request that names it again presses for it.
  let droppedByName = false;
  for (const segment of replies) {
    const { words } = tokenize(segment);
    const sentences = new Set(words.filter((w) => !w.quoted).map((w) => w.sentence));
    for (const sentence of sentences) {
      const ref = { segment, sentence };
      const text = sentenceText(ref);
      const naming = names.some((n) => text.toLowerCase().includes(n)) || echoes(text, declined);
      const withdrawing = requests.withdrawals.has(ref);
      if (withdrawing) {
        pressed = undefined;
        droppedByName ||= naming;
      }
      if (!requests.any.has(ref)) continue;
      // Pressing words alone press for work ("so open it yourselves"), not for a look at something else ("could you
      // still check why the Kraken rates are off?"), unless they repeat the declined thing's words ("гляньте всё-таки,
      // что с приложением"); a request naming what was declined presses for it however put.
      const pressing =
        !droppedByName && INSISTING.test(text) && (requests.work.has(ref) || THAT_WORK.test(text) || stemsOf(ref).some((stem) => declined.has(stem)));
      if (!pressing && (withdrawing || !naming)) continue;
      const bounds = sentenceBounds(ref)!;
      pressed = evidenceIn(segment, bounds.start, bounds.end - bounds.start);
    }
  }
  return pressed;
}

/** "Please do that tuning for us", "сделайте эту настройку": the work the agent named, pointed at again. */
const POINTED = /(?<![\p{L}])(?:that|this|these|those|эт[аоуиы]\p{L}*|так\p{L}*)\s+(\p{L}{4,})/giu;
function echoes(text: string, declined: ReadonlySet<string>): boolean {
  return [...text.matchAll(POINTED)].some((m) => declined.has(normalizeWord(m[1]!).slice(0, 5)));
}

/** Proper names in the agent's sentence (capitalised past its first word, quoted, or an acronym: "SSL"), not the vendor's own. */
const NAME = /(?<=[\s«"'“(]|^)(?:[«"'“]([^»"'”]{2,40})[»"'”]|(\p{Lu}\p{Ll}[\p{L}\d]+(?:\s\p{Lu}[\p{L}\d]+)*)|(\p{Lu}{3,6})(?![\p{L}\d]))/gu;
function namesIn(sentence: string, policy: Policy): string[] {
  const vendor = `${policy.id} ${policy.name}`.toLowerCase();
  return [...sentence.matchAll(NAME)]
    .filter((m) => m.index > 0 || m[3] !== undefined)
    .map((m) => (m[1] ?? m[2] ?? m[3]!).toLowerCase())
    .filter((name) => !vendor.includes(name) && !VENDOR_WORDS.has(name));
}
const VENDOR_WORDS = new Set(['support', 'api', 'поддержка', 'техподдержка']);
