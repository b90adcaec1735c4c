import type { Evidence, Segment } from '../evidence';
import { evidenceIn } from '../evidence';
import { firstMatch, linesOf, WORD_END as E, WORD_START as S } from '../text';

/** Things a user does in the product (not what the product does): the parts of reproduction steps. */
const ACTION =
  `${S}(?:` +
  [
    'open(?:s|ed|ing)?', 'go(?:es)?', 'went', 'going', 'navigate[sd]?', 'click(?:s|ed|ing)?', 'press(?:es|ed|ing)?',
    'tap(?:s|ped)?', 'select(?:s|ed|ing)?', 'choose[sd]?', 'chose', 'pick(?:s|ed)?', 'enter(?:s|ed|ing)?', 'type[sd]?',
    'fill(?:s|ed)?', 'input', 'create[sd]?', 'creating', 'add(?:s|ed|ing)?', 'save[sd]?', 'saving', 'submit(?:s|ted)?',
    'log(?:ged)? ?in', 'login', 'sign(?:ed)? in', 'upload(?:s|ed)?', 'try', 'tried', 'send', 'pay', 'paid', 'confirm(?:s|ed)?',
    'switch(?:ed)?', 'enable[sd]?', 'disable[sd]?', 'turn(?:ed)? (?:on|off)', 'run', 'ran', 'refresh(?:ed)?', 'reload(?:ed)?',
    'visit(?:s|ed)?', 'copy', 'copied', 'paste[sd]?', 'delete[sd]?', 'remove[sd]?', 'edit(?:s|ed)?', 'change[sd]?',
    'set', 'place[sd]?', 'make', 'made', 'start(?:s|ed)?', 'import(?:s|ed)?', 'export(?:s|ed)?', 'fill(?:ed)? in',
    'откр\\p{L}*', 'зах[оа]ж\\p{L}*', 'зайд\\p{L}*', 'зайти', 'заш[её]л\\p{L}*', 'перех[оа]ж\\p{L}*', 'перейд\\p{L}*',
    'перейти', 'переш[её]л\\p{L}*', 'нажим\\p{L}*', 'нажа\\p{L}*', 'нажм\\p{L}*', 'жм[уёе]\\p{L}*', 'клика\\p{L}*',
    'кликн\\p{L}*', 'выбира\\p{L}*', 'выбер\\p{L}*', 'выбра\\p{L}*', 'ввод\\p{L}*', 'введ\\p{L}*', 'ввес\\p{L}*',
    'заполн\\p{L}*', 'созда\\p{L}*', 'создад\\p{L}*', 'добав\\p{L}*', 'сохран\\p{L}*', 'отправля\\p{L}*', 'отправ(?:им|ил|ить|ь|ляю)\\p{L}*',
    'оплач\\p{L}*', 'оплат(?:ить|ил|им|ите)\\p{L}*', 'подтвер\\p{L}*', 'указыва\\p{L}*', 'укаж\\p{L}*', 'указа(?:л|ть)\\p{L}*',
    'включ\\p{L}*', 'выключ\\p{L}*', 'отключ\\p{L}*', 'запуска\\p{L}*', 'запуст\\p{L}*', 'меня(?:ю|ем|ли|ть)', 'поменя\\p{L}*',
    'загружа\\p{L}*', 'загруз(?:ил|им|ить)\\p{L}*', 'удаля\\p{L}*', 'удал(?:ил|им|ить)\\p{L}*', 'авториз\\p{L}*',
    'войти', 'вхож\\p{L}*', 'вош[её]л\\p{L}*', 'ставл\\p{L}*', 'постав\\p{L}*', 'копир\\p{L}*', 'вставля\\p{L}*', 'встав(?:ил|им|ить)\\p{L}*',
    'обновля(?:ю|ем)', 'обнов(?:ил|им)\\p{L}*', 'пробу\\p{L}*', 'попроб\\p{L}*', 'дела(?:ю|ем)', 'дела(?:л|ли)', 'переключ\\p{L}*',
  ].join('|') +
  `)${E}`;

const ACTION_RE = new RegExp(ACTION, 'giu');
const LIST_ITEM = /^\s*(?:\(?\d{1,2}[.):]|\d{1,2}\s*[-–—]|[-*•]|(?:step|шаг)\s*\d{1,2}\s*[:.)-]?)\s*\S/iu;
const HEADER = new RegExp(
  `${S}(?:steps to reproduce|steps|how to reproduce|to reproduce|repro(?:duction)? steps|шаги(?: воспроизведения)?|как воспроизвести|для воспроизведения|порядок действий)\\s*:\\s*\\S`,
  'giu',
);
const INLINE_LIST = /(?:^|[\s:])(?:1[.)]|\(1\))\s[^\n]{1,200}?\s(?:2[.)]|\(2\))\s/gu;
const FIRST_THEN = new RegExp(
  `${S}(?:first(?:ly)?|at first|сначала|сперва|вначале|во-первых)${E}[^\\n]{1,300}?${S}(?:then|after that|afterwards|next|потом|затем|после этого|после чего|далее|во-вторых)${E}`,
  'giu',
);
const ARROWS = /(?:→|->|=>|⟶|⇒)/gu;
const THEN = new RegExp(`${S}(?:then|after that|afterwards|затем|потом|после этого|после чего|и тут)${E}`, 'iu');

/** An ordered sequence of at least two user actions. */
export function findSteps(segments: readonly Segment[]): Evidence | undefined {
  return (
    numberedList(segments) ??
    firstMatch(segments, HEADER)?.evidence ??
    firstMatch(segments, INLINE_LIST, (m) => countActions(m[0]) >= 1)?.evidence ??
    firstMatch(segments, FIRST_THEN)?.evidence ??
    sentenceWithActions(segments)
  );
}

/** Two or more list lines of which at least two describe an action (not a list of separate problems). */
function numberedList(segments: readonly Segment[]): Evidence | undefined {
  for (const segment of segments) {
    let first: { start: number; end: number } | undefined;
    let items = 0;
    let withAction = 0;
    for (const { line, start } of linesOf(segment.text)) {
      if (!LIST_ITEM.test(line)) {
        if (line.trim()) ({ first, items, withAction } = { first: undefined, items: 0, withAction: 0 });
        continue;
      }
      first ??= { start, end: start + line.length };
      first.end = start + line.length;
      items++;
      if (countActions(line) > 0) withAction++;
      if (items >= 2 && withAction >= 2) return evidenceIn(segment, first.start, first.end - first.start);
    }
  }
  return undefined;
}

/** "Open X → click Y → see Z", or one sentence chaining two or more actions ("I open the order, then click Pay"). */
function sentenceWithActions(segments: readonly Segment[]): Evidence | undefined {
  for (const segment of segments) {
    let offset = 0;
    for (const sentence of segment.text.split(/(?<=[.!?\n])/u)) {
      const actions = countActions(sentence);
      const arrows = sentence.match(ARROWS)?.length ?? 0;
      const chained = actions >= 2 && (THEN.test(sentence) || arrows >= 1 || /,/.test(sentence) || actions >= 3);
      if ((arrows >= 2 && actions >= 1) || chained) {
        const lead = sentence.length - sentence.trimStart().length;
        return evidenceIn(segment, offset + lead, sentence.trim().length);
      }
      offset += sentence.length;
    }
  }
  return undefined;
}

function countActions(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(ACTION_RE)) if (++n >= 3) break;
  return n;
}
