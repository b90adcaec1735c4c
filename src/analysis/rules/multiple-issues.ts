import { evidenceIn, type Evidence, type Segment } from '../evidence';
import { firstWordFrom, inQuestion, phraseBook, Sentences, Spans, spanOf, tokenize, type PhraseMatch } from '../phrases';
import { SEVERITY_PHRASES, severityBook } from './severity';
import { ADDING_OPENERS, ASIDE_OPENERS, CONTRADICTION, FURTHER_ASK, SAME_ISSUE, SEVERAL_ISSUES, STEP_VERBS } from './signal-phrases';

/** A list item: "1)", "2.", "-", "•" at a line start, "2)" inside a line, or an ordinal ("Во-первых,", "Secondly,") opening a sentence. */
const ITEM_MARK =
  /(?:^|\n)[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]+|(?<=[ \t])\d{1,2}\)[ \t]+|(?:^|\n|(?<=[.!?])[ \t]+)[ \t]*(?:во-?[ \t]?(?:первых|вторых)|в-?[ \t]?третьих|first(?:ly)?|second(?:ly)?|third(?:ly)?)(?:[,:][ \t]*|[ \t]+)/giu;

/**
 * "Настройте, пожалуйста, …", "Please set up …", "Нужен дизайн раздела…": an ask opening the item (not "Click Export,
 * please wait").
 */
const POLITE_ASK =
  /^\s*(?:\p{L}+,?\s+)?(?:please|pls|kindly|could you|can you|пожалуйста|плиз|пжл|можете|сможете|нужен|нужна|нужно|нужны|требуется|we need|we(?:['’]d| would) like)(?![\p{L}])/iu;
/** "Просим: 1) поправить вёрстку…; 2) …": a lead-in that makes each item under it an ask of its own. */
const ASKING_LEAD = /(?<![\p{L}])(?:просим|прошу|нужно|надо|хотим|please|we need|we(?:['’]d| would) like|need you to)\s*:?\s*$/iu;

const saidBook = () => phraseBook(SEVERAL_ISSUES, () => [['several', SEVERAL_ISSUES]]);
const addedBook = () =>
  phraseBook(ADDING_OPENERS, () => [
    ['adding', ADDING_OPENERS],
    ['aside', ASIDE_OPENERS],
    ['same', SAME_ISSUE],
    ['further', FURTHER_ASK],
    ['contradiction', CONTRADICTION],
  ]);
const itemBook = () => phraseBook(STEP_VERBS, () => [['step', STEP_VERBS], ...Object.entries(SEVERITY_PHRASES)]);

/** List items of a segment, as segments of their own (offsets kept); `asked` where the lead-in before them asks. */
function listItems(segment: Segment): { items: Segment[]; asked: boolean } {
  const marks = [...segment.text.matchAll(ITEM_MARK)];
  if (marks.length === 0) return { items: [], asked: false };
  const asked = ASKING_LEAD.test(segment.text.slice(Math.max(0, marks[0]!.index - 40), marks[0]!.index));
  const items = marks.map((m, i) => {
    const start = m.index + m[0].length;
    const end = marks[i + 1]?.index ?? segment.text.length;
    return { message: segment.message, start: segment.start + start, text: segment.text.slice(start, end) };
  });
  return { items, asked };
}

/** Whether a match starts its sentence (only spaces and marks before it since the last sentence). */
function opensSentence(m: PhraseMatch): boolean {
  const { words } = tokenize(m.segment);
  const k = firstWordFrom(words, m.evidence.at.start - m.segment.start);
  return k === 0 || (k < words.length && words[k - 1]!.sentence !== words[k]!.sentence);
}

const partOpenings = new WeakMap<Segment, number[]>();
/**
 * Where sentences opening with "Also", "One more thing", "Кроме того", "Кстати" start in a segment: each opens a part
 * of the message that tells a matter of its own.
 */
export function partStarts(segment: Segment): number[] {
  let starts = partOpenings.get(segment);
  if (!starts) {
    const openers = addedBook()
      .scan([segment])
      .filter((m) => (m.key === 'adding' || m.key === 'aside') && opensSentence(m));
    partOpenings.set(segment, (starts = openers.map((m) => m.evidence.at.start - segment.start)));
  }
  return starts;
}

/**
 * A sentence that opens with "Also" / "Кроме того" and reports a problem of its own, beside a problem told elsewhere:
 * "The quota is wrong. Also the designer won't save." Not when it tells more of the same ("Also the same error in Safari").
 * An aside ("Oh and by the way, the calendar does not sync") needs no fault word elsewhere: a question before it will do.
 */
function addedIssue(segments: readonly Segment[]): PhraseMatch | null {
  const found = addedBook().scan(segments);
  const openers = found.filter((m) => (m.key === 'adding' || m.key === 'aside') && opensSentence(m));
  if (openers.length === 0) return null;
  const trouble = severityBook()
    .scan(segments)
    .filter((m) => m.key === 'stopped' || m.key === 'malfunction');
  const further = new Spans(found.filter((m) => m.key === 'further').map(spanOf));
  const same = new Sentences(found.filter((m) => m.key === 'same' && !further.startsInside(m)));
  const told = [...trouble, ...found.filter((m) => m.key === 'contradiction')];
  const troubled = new Sentences(told);
  const elsewhere = (opener: PhraseMatch, m: { segment: Segment; sentence: number }) => m.segment !== opener.segment || m.sentence !== opener.sentence;
  for (const opener of openers) {
    if (same.has(opener)) continue;
    // "Не работает отправка писем. Пользуясь случаем, спрошу: где включить уведомления?", "…и ещё мелочь — можете
    // форму сделать покрасивее?": a question put aside of or added to a problem.
    if (!troubled.has(opener)) {
      if (inQuestion(opener) && told.some((m) => elsewhere(opener, m))) return opener;
      continue;
    }
    // The other problem may come after: "P.S. и ещё: не видно задач. Основное: не создаются сделки".
    if (told.some((m) => elsewhere(opener, m))) return opener;
    if (opener.key === 'aside' && askedBefore(segments, opener)) return opener;
  }
  return null;
}

/** Whether a question mark stands in the customer's words before a match ("Can you check?" … "Oh and by the way, …"). */
function askedBefore(segments: readonly Segment[], m: PhraseMatch): boolean {
  for (const segment of segments) {
    const end = segment === m.segment ? m.evidence.at.start - segment.start : segment.text.length;
    if (segment.text.slice(0, end).includes('?')) return true;
    if (segment === m.segment) return false;
  }
  return false;
}

/** An item that reports a problem, asks a question or asks for something; one that starts with an action is a step. */
function reportsIssue(item: Segment): boolean {
  // "2) Настройте, пожалуйста, nginx…": an item that asks politely is a request of its own, not a step.
  if (POLITE_ASK.test(item.text)) return true;
  const found = itemBook().scan([item]);
  const startsWithStep = found.some((m) => m.key === 'step' && m.evidence.at.start === item.start + item.text.search(/\S/));
  return !startsWithStep && (item.text.includes('?') || found.some((m) => m.key in SEVERITY_PHRASES));
}

/**
 * More than one issue in a request: the customer says so ("two problems", "ещё вопрос"), or lists two or more
 * items that each report a problem or ask a question. Items that start with an action are steps of one problem.
 */
export function multipleIssues(segments: readonly Segment[]): Evidence | null {
  const said = saidBook().scan(segments)[0];
  if (said) return said.evidence;
  const added = addedIssue(segments);
  if (added) {
    const { words } = tokenize(added.segment);
    const end = words.filter((w) => w.sentence === added.sentence).pop()!.end;
    const start = added.evidence.at.start - added.segment.start;
    return evidenceIn(added.segment, start, Math.min(end - start, 120));
  }
  const issues = segments.flatMap((segment) => {
    const { items, asked } = listItems(segment);
    return asked ? items : items.filter(reportsIssue);
  });
  if (issues.length < 2) return null;
  const first = issues[0]!;
  const last = issues[issues.length - 1]!;
  const end = last.start + last.text.trimEnd().length;
  return {
    text: `${issues.length} issues: ${first.text.trim().slice(0, 60)} …`,
    at: { message: first.message, start: first.start, end: first.message === last.message ? end : first.start + first.text.length },
  };
}
