import type { Evidence, Segment } from '../evidence';
import { firstMatch, trigger, WORD_END as E, WORD_START as S } from '../text';

/** An explicitly stated expected result: "Expected: …", "it should …", "Должно быть …", "Ожидаю …". */
const EXPECTED = new RegExp(
  [
    `${S}expected(?:\\s+(?:result|behaviou?r|outcome))?\\s*[:\\-—–]`,
    // a heading of its own line ("## Expected", "**Expected result**")
    `(?<=(?:^|\\n)[ \\t#*>_]{0,6})expected(?:\\s+(?:result|behaviou?r|outcome))?[ \\t*_]*(?=\\r?\\n)`,
    `${S}(?:I|we)(?:\\s+would|'d)?\\s+expect(?:ed)?${E}`,
    `${S}(?:expected|supposed)\\s+to${E}`,
    `${S}should(?:n['’]t|\\s+not)?${E}(?!\\s+(?:I|we|you|i)${E})`,
    // "Must be same sum like in calculator", "it has to show 50": the result stated as a must
    `(?<=(?:^|[.!?\\n]\\s{0,3}|(?:it|this|that|sum|amount|total|price|rate|result|value|balance)\\s{1,3}))(?:must|has to|have to)\\s+(?:be|show|display|equal|stay|match)${E}`,
    `${S}instead\\s+of${E}`,
    `${S}ожида(?:ю|ем|лось|лся|лась|ли|емый|емая|емое|емого|емом|емый результат)${E}`,
    `${S}(?:должен|должна|должно|должны)${E}(?!\\s+ли${E})`,
    `${S}(?:вместо|по идее|а нужно|а надо|нужно,? чтобы|надо,? чтобы|хотим,? чтобы|хочу,? чтобы)${E}`,
  ].join('|'),
  'gi',
);

/** "What should we do": a question, not a stated result. */
const ASKING = /(?:what|how|where|which|when|why|who|что|как)\s{1,3}$/i;
/** "Should the cron run…?" opens a question; "Should be 1.5%, obviously." states the result. */
const OPENS_SENTENCE = /(?:^|[.!?\n]\s{0,3})$/;
const SENTENCE_END = /[.!?\n]/;

const NEAR = trigger(['expect', 'supposed', 'should', 'must', 'has to', 'have to', 'instead', 'ожида', 'должн', 'должен', 'вместо', 'по идее', 'а нужно', 'а надо', 'нужно', 'надо', 'хоч', 'хотим']);

export function findExpected(segments: readonly Segment[]): Evidence | undefined {
  return firstMatch(segments, EXPECTED, (match, segment) => {
    if (!/^should/i.test(match[0])) return true;
    const before = segment.text.slice(Math.max(0, match.index - 12), match.index);
    if (ASKING.test(before)) return false;
    if (!OPENS_SENTENCE.test(before)) return true;
    const rest = segment.text.slice(match.index, match.index + 200);
    return rest[rest.search(SENTENCE_END)] !== '?';
  }, { near: NEAR, before: 16, span: 60 })?.evidence;
}
