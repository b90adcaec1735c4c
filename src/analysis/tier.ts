import type { Policy, Severity } from '../policy/schema';
import type { Ticket } from '../ticket/schema';
import { evidenceIn, type Evidence, type Segment } from './evidence';
import { byKey, firstWordAfter, firstWordFrom, inQuestion, negated, Sentences, Spans, spanOf, tokenize, type PhraseMatch } from './phrases';
import { forwarded } from './forwarded';
import { severityBook } from './rules/severity';
import { LIST_ITEM } from './text';
import { comesAfter } from './withdrawals';

/** A denial between a limit's words turns it round: "other browsers, nothing works", "до сих пор не работает". */
const DENIED_WITHIN = /(?<![\p{L}])(?:nothing|none|not|no|never|ничего|ни|не|нет)(?![\p{L}])|n['’]t(?![\p{L}])/iu;

/**
 * One exchange direction named by its currency codes ("QIWI → USDT", "Payeer USD -> BTC"): the damage stops there.
 * Read outwards from each arrow: a pattern tried at every capital letter of the ticket cost a tenth of a small ticket's analysis.
 */
const ARROW = /→|->|=>/g;
const FROM_CODE = /(?<![\p{L}\d])\p{Lu}[\p{L}\d]{1,11}(?:\s\p{Lu}{3,4})?\s?$/u;
const TO_CODE = /^\s?\p{Lu}{2,6}(?![\p{L}\d])/u;
/** The longest a direction's side can be, plus one character so the boundary before or after it can be seen. */
const FROM_REACH = 19;
const TO_REACH = 8;

/** "Steps: 1) open the main page 2) choose BTC -> USDT": a direction chosen in a reproduction step, not the fault's limit. */
const STEP_BEFORE = /(?:^|\s)\d{1,2}[.)]\s|(?<![\p{L}])(?:steps?|шаги|шаг)(?![\p{L}])/iu;
function inStep(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return STEP_BEFORE.test(text.slice(Math.max(lineStart, at - 200), at));
}

/** Whether the customer names exactly one direction: "tried USDT → Сбер, BTC → USDT" names the fault everywhere. */
function oneDirection(segments: Segment[]): boolean {
  const named = new Set<string>();
  for (const segment of segments) {
    const text = segment.text;
    let taken = 0; // "BTC → USDT → ETH": a code already read as a destination does not start another direction
    for (const arrow of text.matchAll(ARROW)) {
      const at = arrow.index;
      const after = at + arrow[0].length;
      const from = FROM_CODE.exec(text.slice(Math.max(taken, at - FROM_REACH), at));
      const to = from && TO_CODE.exec(text.slice(after, after + TO_REACH));
      if (!from || !to || inStep(text, at)) continue;
      taken = after + to[0].length;
      named.add(`${from[0]}→${to[0]}`.replace(/\s+/g, '').toLowerCase());
      if (named.size > 1) return false;
    }
  }
  return named.size === 1;
}

/** A limit that says what still works ("manual payouts work", "остальные проходят") needs no fault beside it. */
const WORKING = /(?<![\p{L}])(?:work|works|working|fine|ok|go|goes|работа\p{L}*|нормально|проход\p{L}*|получается|без проблем|в порядке|норм|создаются|обновляются|приходят)(?![\p{L}])/iu;

const BUT = /(?<![\p{L}])(?:but|however|yet|но|однако|зато)(?![\p{L}])/iu;

const SEVERITY_ORDER: Severity[] = ['stopped', 'malfunction', 'question'];

/** A "?" asks after a word; one that starts a URL query ("watch?v=") or a bare "???" nudge asks nothing. */
const QUESTION_MARK = /(?<=[\p{L}\p{N})»"'])\s?\?(?![\p{L}\p{N}=&%_-])/u;

/** Words of a nudge ("HELLO???", "anyone there?", "ау, вы где?"): its question mark asks nothing about the product. */
const NUDGE_WORDS = new Set(
  'hello hi hey hallo anyone anybody are you there here guys support please pls ау алло привет здравствуйте эй вы где там тут кто нибудь есть ну что вообще уже'.split(' '),
);
function nudge(segment: Segment, sentence: number): boolean {
  const { words } = tokenize(segment);
  for (let k = firstWordAfter(words, sentence - 1); k < words.length && words[k]!.sentence === sentence; k++) {
    if (!NUDGE_WORDS.has(words[k]!.norm)) return false;
  }
  return true;
}

/** Words of a line that only widens the fault before it to everything ("вообще ни одна", "none of them at all"). */
const TOTAL_WORDS = new Set('вообще совсем ни одна один одной одного ни какая никакая никакой никакие все всё полностью none at all not a single one of them whatsoever'.split(' '));
const TOTALISERS = new Set('ни никакая никакой никакие все всё полностью none all single whatsoever'.split(' '));

/** The sentence right after a match, in its segment or as the next segment's first: the next chat line. */
function nextSentence(segments: Segment[], m: PhraseMatch): { segment: Segment; sentence: number } | undefined {
  const { words } = tokenize(m.segment);
  if (words.some((w) => w.sentence === m.sentence + 1)) return { segment: m.segment, sentence: m.sentence + 1 };
  const next = segments[segments.indexOf(m.segment) + 1];
  return next && { segment: next, sentence: tokenize(next).words[0]?.sentence ?? 0 };
}

/**
 * "выплаты не уходят" — "вообще ни одна", "Payouts stuck" — "for all currencies": a line that only widens the fault
 * just before it to everything makes that fault total.
 */
function madeTotal(segments: Segment[], m: PhraseMatch): boolean {
  const next = nextSentence(segments, m);
  if (!next) return false;
  const line = tokenize(next.segment).words.filter((w) => w.sentence === next.sentence);
  if (line.length === 0) return false;
  if (line.every((w) => TOTAL_WORDS.has(w.norm)) && line.some((w) => TOTALISERS.has(w.norm))) return true;
  // "for all currencies", "по всем направлениям": everything the fault touches, named in a line of its own.
  const words = line.map((w) => w.norm);
  const at = ALL_OF_PLACE.has(words[0]!) ? 1 : 0;
  if (ALL_OF.has(words[at] ?? '') && words.length - at >= 2 && words.length - at <= 3 && !words.some((w) => OTHERS.test(w))) return true;
  // "Same with all other pairs", "С другими направлениями то же самое": the fault repeats everywhere else.
  return words.length <= 7 && words.some((w) => SAME.has(w)) && words.some((w) => OTHERS.test(w)) && words.some((w) => PLACES.test(w));
}
const SAME = new Set(['same', 'тоже', 'самое', 'аналогично']);
const PLACES = /^(?:directions?|pairs?|currencies|направлени|пар|валют)/;
/** "all others fine": the rest, which works. */
const OTHERS = /^(?:other|others|rest|остальн|друг)/;
const ALL_OF_PLACE = new Set('for on in with across по на во в для у'.split(' '));
const ALL_OF = new Set('all every each всех всем все каждой каждом каждого любой любом'.split(' '));

/** "как раз вчера", "как будто": a "как" that asks no how. */
const NOT_HOW = new Set(['раз', 'будто', 'только', 'ни']);
function notHow(m: PhraseMatch): boolean {
  if (m.evidence.text.toLowerCase() !== 'как') return false;
  const { words } = tokenize(m.segment);
  const next = words[firstWordFrom(words, m.evidence.at.end - m.segment.start)];
  return next !== undefined && next.sentence === m.sentence && NOT_HOW.has(next.norm);
}

function inListItem(m: PhraseMatch): boolean {
  const { text } = m.segment;
  const at = m.evidence.at.start - m.segment.start;
  const lineEnd = text.indexOf('\n', at);
  return LIST_ITEM.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, lineEnd < 0 ? text.length : lineEnd));
}

/** The sentence number of a place in a segment (the sentence of the last word starting before it). */
function sentenceAt(segment: Segment, index: number): number {
  const { words } = tokenize(segment);
  return words[firstWordFrom(words, index) - 1]?.sentence ?? 0;
}

const REASONS: Record<Severity, string> = {
  stopped: 'the standard product looks stopped for its users',
  malfunction: 'one function looks wrong while the product works',
  question: 'a question on settings, updates or admin usage',
};

/**
 * How badly the ticket says the product is hurt: the gravest reading the customer's words support.
 * Without any telling word, a message that asks something is a question and one that only reports is a malfunction.
 */
export function readSeverity(segments: Segment[]): { severity: Severity; evidence: Evidence } | null {
  const matches = severityBook().scan(segments);
  const found = byKey(matches);
  // "ни в одном направлении" denies the limit it names; "other sites on the server work" names no part of the product.
  const also = new Sentences([...(found.get('also') ?? []), ...(found.get('elsewhere') ?? [])]);
  // "The public site still works, but nobody can log in to process orders": the damage told after a "but" outweighs the limit.
  const outweighed = (m: PhraseMatch) =>
    (found.get('stopped') ?? []).some(
      (s) =>
        s.segment === m.segment &&
        s.sentence === m.sentence &&
        s.evidence.at.start >= m.evidence.at.end &&
        BUT.test(m.segment.text.slice(m.evidence.at.end - m.segment.start, s.evidence.at.start - m.segment.start)),
    );
  const elsewhere = new Sentences(found.get('elsewhere'));
  // A part named in a reproduction step ("1) открываем страницу входа в админку") is where the user goes, not the damage's limit.
  const limits = (m: PhraseMatch) => !negated(m) && !DENIED_WITHIN.test(m.evidence.text) && !outweighed(m) && !inListItem(m);
  // A limit told beside no fault ("Auto-payout through the merchant module is enabled") bounds nothing.
  const faulty = new Sentences([...(found.get('stopped') ?? []), ...(found.get('malfunction') ?? [])]);
  const limited = [
    ...(found.get('limited') ?? []).filter((m) => limits(m) && !also.has(m) && (faulty.has(m) || WORKING.test(m.evidence.text))),
    ...(found.get('others-work') ?? []).filter((m) => limits(m) && !elsewhere.has(m)),
  ];
  const partial = limited.length > 0 || (!found.has('every-direction') && oneDirection(segments));
  // A stop limited to one part ("Reserves is a blank white page, every other admin page opens") is that part working wrongly.
  if (partial) {
    found.set('malfunction', [...(found.get('stopped') ?? []), ...(found.get('malfunction') ?? [])]);
    found.delete('stopped');
  }
  // A bug report's "How to reproduce:", a follow-up "any news?" and a forwarded client's question ask nothing.
  const notAsked = new Sentences(found.get('not-question'));
  const asks = (m: PhraseMatch) =>
    !notAsked.has(m) && !nudge(m.segment, m.sentence) && !forwarded(m.segment, m.evidence.at.start - m.segment.start) && !notHow(m);
  found.set('question', (found.get('question') ?? []).filter(asks));
  found.set('looking-for', (found.get('looking-for') ?? []).filter(asks));
  // Fault words inside a how-to question ("how do I add a promo code on all directions?") describe the wish, not damage;
  // beside "fine now" they tell a past incident.
  const fixing = new Sentences(found.get('asks-for-fix'));
  const howTo = (found.get('question') ?? []).filter((m) => inQuestion(m) && !fixing.has(m));
  const seeking = new Sentences([...(found.get('looking-for') ?? []), ...howTo, ...(found.get('resolved') ?? [])]);
  const notFault = new Spans((found.get('not-fault') ?? []).map(spanOf));
  // "…всё снова работает. Остался один вопрос: …": a message that says the fault is gone, and a how-to after it,
  // leaves the question ("Обновились — заработало!" alone keeps the fault's tier).
  const movedOn = (found.get('resolved') ?? []).filter((r) => howTo.some((q) => comesAfter(q, r)));
  const lastResolved = Math.max(-1, ...movedOn.map((m) => m.segment.message));
  for (const severity of ['stopped', 'malfunction'] as const) {
    found.set(
      severity,
      (found.get(severity) ?? []).filter(
        (m) => !seeking.has(m) && !notFault.overlaps(m.segment, m.evidence.at.start, m.evidence.at.end) && m.segment.message >= lastResolved,
      ),
    );
  }
  const total = partial ? undefined : found.get('malfunction')?.find((m) => madeTotal(segments, m));
  if (total) found.set('stopped', [...(found.get('stopped') ?? []), total]);
  found.set('question', [...(found.get('looking-for') ?? []), ...(found.get('question') ?? [])]);
  // A ticket that opens with a how-to question asks it; a fault mentioned after it is context ("…? Her mail is down").
  const opening = matches.find((m) => SEVERITY_ORDER.includes(m.key as Severity) || m.key === 'looking-for');
  // A later message that reports what the answer's steps gave, asking nothing, reports a fault all the same.
  if (opening && howTo.includes(opening)) {
    const reportedLater = (m: PhraseMatch) => m.segment.message !== opening.segment.message && !howTo.some((q) => q.segment === m.segment);
    found.set('malfunction', (found.get('malfunction') ?? []).filter(reportedLater));
  }
  for (const severity of SEVERITY_ORDER) {
    const first = found.get(severity)?.[0];
    if (first) return { severity, evidence: first.evidence };
  }
  const text = segments.find((s) => /\p{L}/u.test(s.text));
  if (!text) return null;
  for (const segment of segments) {
    const marks = new RegExp(QUESTION_MARK.source, 'gu');
    for (let m = marks.exec(segment.text); m; m = marks.exec(segment.text)) {
      const at = segment.text.indexOf('?', m.index);
      const sentence = sentenceAt(segment, at);
      if (forwarded(segment, at) || notAsked.has({ segment, sentence }) || nudge(segment, sentence)) continue;
      return { severity: 'question', evidence: evidenceIn(segment, at, 1) };
    }
  }
  return { severity: 'malfunction', evidence: evidenceIn(text, 0, Math.min(text.text.length, 60)) };
}

/** The policy tier whose `severity` matches the ticket's reading; null where the policy maps none. */
export function suggestTier(policy: Policy, segments: Segment[], _ticket: Ticket): { suggested: string | null; reason?: string } {
  if (!policy.sla.tiers.some((t) => t.severity)) return { suggested: null };
  const reading = readSeverity(segments);
  if (!reading) return { suggested: null };
  const tier = policy.sla.tiers.find((t) => t.severity === reading.severity);
  if (!tier) return { suggested: null };
  return { suggested: tier.id, reason: `${REASONS[reading.severity]}: “${reading.evidence.text}”` };
}
