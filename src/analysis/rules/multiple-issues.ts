import type { Evidence, Segment } from '../evidence';
import { phraseBook } from '../phrases';
import { SEVERITY_PHRASES } from './severity';
import { SEVERAL_ISSUES, STEP_VERBS } from './signal-phrases';

/** A list item: "1)", "2.", "-", "•" at a line start, "2)" inside a line, or an ordinal ("Во-первых,", "Secondly,") opening a sentence. */
const ITEM_MARK =
  /(?:^|\n)[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]+|(?<=[ \t])\d{1,2}\)[ \t]+|(?:^|\n|(?<=[.!?])[ \t]+)[ \t]*(?:во-?[ \t]?(?:первых|вторых)|в-?[ \t]?третьих|first(?:ly)?|second(?:ly)?|third(?:ly)?)(?:[,:][ \t]*|[ \t]+)/giu;

const saidBook = () => phraseBook(SEVERAL_ISSUES, () => [['several', SEVERAL_ISSUES]]);
const itemBook = () => phraseBook(STEP_VERBS, () => [['step', STEP_VERBS], ...Object.entries(SEVERITY_PHRASES)]);

/** List items of a segment, as segments of their own (offsets kept). */
function listItems(segment: Segment): Segment[] {
  const marks = [...segment.text.matchAll(ITEM_MARK)];
  return marks.map((m, i) => {
    const start = m.index + m[0].length;
    const end = marks[i + 1]?.index ?? segment.text.length;
    return { message: segment.message, start: segment.start + start, text: segment.text.slice(start, end) };
  });
}

/**
 * More than one issue in a request: the customer says so ("two problems", "ещё вопрос"), or lists two or more
 * items that each report a problem or ask a question. Items that start with an action are steps of one problem.
 */
export function multipleIssues(segments: readonly Segment[]): Evidence | null {
  const said = saidBook().scan(segments)[0];
  if (said) return said.evidence;
  const issues = segments.flatMap(listItems).filter((item) => {
    const found = itemBook().scan([item]);
    const startsWithStep = found.some((m) => m.key === 'step' && m.evidence.at.start === item.start + item.text.search(/\S/));
    return !startsWithStep && (item.text.includes('?') || found.some((m) => m.key in SEVERITY_PHRASES));
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
