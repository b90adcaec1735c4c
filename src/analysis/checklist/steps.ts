import type { Evidence, Segment } from '../evidence';
import { evidenceIn } from '../evidence';
import { firstMatch, linesOf, LIST_ITEM, matchesIn, WORD_END as E, WORD_START as S } from '../text';

/** A Russian verb stem with its personal, past, imperative and infinitive endings (not nouns or participles). */
const ru = (stem: string, endings: string) => `${stem}(?:${endings.split(' ').join('|')})`;
// Third person too: "клиент выбирает направление, вводит сумму, жмёт «Создать»" tells the client's steps.
const IMPF = 'ю ем ешь ет ете ют л ла ли ть';
const PERF_I = 'ю им ит и ите ил ила или ить';

/** Things a user does in the product (not what the product does): the parts of reproduction steps. */
const STRONG = [
  'click(?:s|ed|ing)?', 'press(?:es|ed|ing)?', 'tap(?:s|ped)?', 'select(?:s|ed|ing)?', 'choose[sd]?', 'chose', 'pick(?:s|ed)?',
  'navigate[sd]?', 'go(?:es)? (?:to|into|back)', 'went (?:to|into|back)', 'log(?:ged)? ?in(?:to)?', 'sign(?:ed)? in',
  'submit(?:s|ted)?', 'fill(?:s|ed)? (?:in|out)', 'type[sd]? in', 'enter(?:s|ed)?', 'upload(?:s|ed)?', 'refresh(?:ed)?',
  'reload(?:ed)?', 'save[sd]?', 'create[sd]?', 'add(?:s|ed)?', 'confirm(?:s|ed)?', 'switch(?:ed)? to', 'enable[sd]?',
  'disable[sd]?', 'visit(?:s|ed)?', 'paste[sd]?', 'delete[sd]?', 'remove[sd]?', 'edit(?:s|ed)?', 'scroll(?:s|ed)?',
  'download(?:s|ed)?', 'clear(?:s|ed)?', 'restart(?:s|ed)?', 'reboot(?:s|ed)?', 'cancel(?:s|l?ed)?', 'approve[sd]?',
  ru('открыва', IMPF), ru('откро', 'ю ем ешь'), ru('открой', ' те'), ru('открыл', ' а и'), 'открыть',
  ru('захож', 'у'), ru('заход', 'им ишь ите ил ила или ить'), ru('зайд', 'у ём ем и ите'), 'зайти', ru('заш', 'ёл ел ла ли'),
  ru('перехож', 'у'), ru('переход', 'им ишь ите ил ила или ить'), ru('перейд', 'у ём ем и ите'), 'перейти', ru('переш', 'ёл ел ла ли'),
  ru('нажима', IMPF), ru('нажм', 'у ём ем ёт ет ут и ите'), ru('нажа', 'л ла ли ть'), ru('жм', 'у ём ем ёт ет ут и ите'),
  ru('клика', IMPF), ru('кликн', 'у ул ула ули уть и ите'), ru('выбира', IMPF), ru('выбер', 'у ем ём и ите'), ru('выбра', 'л ла ли ть'),
  'ввожу', ru('ввод', 'им ит ят ил ила или ить ите'), ru('введ', 'у ём ем и ите'), ru('ввел', ' а и'), 'ввёл', 'ввести',
  ru('заполня', IMPF), ru('заполн', PERF_I), ru('созда', 'ю ём ем ёт ет ют л ла ли ть й йте'), ru('созда', 'дим м'),
  ru('добавля', IMPF), ru('добав', 'лю им ь ьте ил ила или ить'), ru('сохраня', IMPF), ru('сохран', PERF_I),
  ru('отправля', IMPF), ru('отправ', 'лю им ь ьте ил ила или ить'), ru('оплачива', IMPF), ru('оплач', 'у'),
  ru('оплат', 'им и ите ил ила или ить'), ru('подтвержда', IMPF), ru('подтвер', 'жу дим ди дите дил дила дили дить'),
  ru('указыва', IMPF), ru('укаж', 'у ем и ите'), ru('указа', 'л ла ли ть'), ru('включа', IMPF), ru('включ', 'у им и ите ил ила или ить'),
  ru('выключа', IMPF), ru('выключ', 'у им и ите ил ила или ить'), ru('отключа', IMPF), ru('отключ', 'у им и ите ил ила или ить'),
  ru('запуска', IMPF), ru('запущ', 'у'), ru('запуст', 'им и ите ил ила или ить'), ru('меня', IMPF), ru('поменя', 'ю ем л ла ли ть й йте'),
  ru('загружа', IMPF), ru('загруж', 'у'), ru('загруз', 'им и ите ил ила или ить'), ru('удаля', IMPF), ru('удал', PERF_I),
  ru('авторизу', 'юсь емся йтесь'), ru('авторизова', 'лся лась лись ться'), ru('вхож', 'у'), ru('вход', 'им ил ила или ите'),
  ru('войд', 'у ём ем и ите'), 'войти', ru('вош', 'ёл ел ла ли'), ru('став', 'лю им ил ила или ить'), ru('постав', 'лю им ь ьте ил ила или ить'),
  ru('копиру', 'ю ем'), ru('скопиру', 'ю ем й йте'), ru('скопирова', 'л ла ли ть'), ru('вставля', IMPF), ru('встав', 'лю им ь ьте ил ила или ить'),
  ru('обновля', IMPF), ru('обнов', 'лю им и ите ил ила или ить'), ru('пробу', 'ю ем'), ru('попробова', 'л ла ли ть'), ru('попробу', 'ю ем й йте'),
  ru('дела', 'ю ем л ла ли'), ru('сдела', 'ю ем л ла ли ть й йте'), ru('переключа', IMPF), ru('переключ', 'у им и ите ил ила или ить'),
  ru('вписыва', IMPF), ru('впиш', 'у ем и ите'), ru('вписа', 'л ла ли ть'), ru('вбива', IMPF), ru('вбей', ' те'),
  ru('скача', 'ю ем л ла ли ть'), ru('распаков', 'ал ала али ать ываю ываем'), ru('зали', 'л ла ли ть'),
];
/** Words that are as often nouns or system behaviour ("the export is empty", "emails don't send"): counted after a subject. */
const WEAK = [
  'open(?:s|ed)?', 'change[sd]?', 'set', 'send', 'pay', 'paid', 'try', 'tried', 'run', 'ran', 'make', 'made', 'start(?:ed)?',
  'install(?:ed)?', 'update[sd]?', 'upgrade[sd]?', 'check(?:ed)?',
  'place[sd]?', 'put', 'puts', 'import(?:ed)?', 'export(?:ed)?', 'copy', 'copied', 'input', 'login', 'type[sd]?', 'appl(?:y|ies|ied)', 'filter(?:s|ed)?',
];
const AFTER_SUBJECT =
  '(?<=(?:^|[\\n.,;:!?→>()]|(?:^|[^a-zа-яё])(?:i|we|you|they|then|and|to|first|please|just|also|again|operator|client|customer|user))\\s{0,3})';
const ACTION = `${S}(?:${STRONG.join('|')}|${AFTER_SUBJECT}(?:${WEAK.join('|')}))${E}`;

const ACTION_RE = new RegExp(ACTION, 'gi');
const HEADER = new RegExp(
  `${S}(?:steps to reproduce|steps|how to reproduce|to reproduce(?: it)?|reproduce (?:it )?(?:like this|as follows)|repro(?:duction)? steps|шаги(?: воспроизведения)?|как воспроизвести|для воспроизведения|порядок действий|воспроизводится(?: так| следующим образом)?|можно воспроизвести так|what i do|what i did|what we do|что делаю|что я делаю|что делаем|мои действия)\\s*:\\s*\\S`,
  'gi',
);
const INLINE_LIST = /(?:^|[\s:])(?:1[.)]|\(1\))\s[^\n]{1,200}?\s(?:2[.)]|\(2\))\s/g;
const FIRST_THEN = new RegExp(
  `${S}(?:first(?:ly)?|at first|сначала|сперва|вначале|во-первых)${E}[^\\n]{1,300}?${S}(?:then|after that|afterwards|next|потом|затем|после этого|после чего|далее|во-вторых)${E}`,
  'gi',
);
// "Admin > Rates > Sources": a menu path written with ">" between words.
const ARROWS = /(?:→|->|=>|⟶|⇒|(?<=[\p{L}\d]) > (?=[\p{L}\d]))/gu;
const THEN = new RegExp(`${S}(?:then|after that|afterwards|затем|потом|после этого|после чего|и тут)${E}`, 'iu');

/** An ordered sequence of at least two user actions. */
export function findSteps(segments: readonly Segment[]): Evidence | undefined {
  return (
    numberedList(segments) ??
    firstMatch(segments, HEADER)?.evidence ??
    // The action may be in the second item: "1) бэкап базы 2) залили архив 3) …".
    firstMatch(segments, INLINE_LIST, (m, segment) => countActions(m[0]) + countActions(lineFrom(segment.text, m.index + m[0].length)) >= 1)
      ?.evidence ??
    firstMatch(segments, FIRST_THEN)?.evidence ??
    sentenceWithActions(segments)
  );
}

/** The rest of the line from an index, at most 400 characters. */
function lineFrom(text: string, index: number): string {
  const end = text.indexOf('\n', index);
  return text.slice(index, Math.min(end === -1 ? text.length : end, index + 400));
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
      // A menu path ("Направления → BTC → RUB") is a step too.
      if (countActions(line) > 0 || /(?:→|->|=>|⟶|⇒)/.test(line)) withAction++;
      if (items >= 2 && withAction >= 2) return evidenceIn(segment, first.start, first.end - first.start);
    }
  }
  return undefined;
}

/** "Open X → click Y → see Z", or one sentence chaining two or more actions ("I open the order, then click Pay"). */
function sentenceWithActions(segments: readonly Segment[]): Evidence | undefined {
  for (const segment of segments) {
    let offset = 0;
    for (const sentence of segment.text.split(/(?<=[.!?\n])/)) {
      const actions = countActions(sentence);
      const arrows = sentence.match(ARROWS)?.length ?? 0;
      const chained = actions >= 2 && (THEN.test(sentence) || arrows >= 1 || /,/.test(sentence) || actions >= 3);
      // Three arrows walk a path through the interface ("Orders → Filter → Status "Paid" → Apply") even with no verb.
      if ((arrows >= 2 && actions >= 1) || arrows >= 3 || chained) {
        const lead = sentence.length - sentence.trimStart().length;
        return evidenceIn(segment, offset + lead, sentence.trim().length);
      }
      offset += sentence.length;
    }
  }
  return undefined;
}

/** Actions in a text; a capitalised verb inside a sentence is a button's name ("click Save"), not an action. */
function countActions(text: string): number {
  let n = 0;
  for (const match of matchesIn(text, ACTION_RE)) {
    const first = match[0][0]!;
    const sentenceStart = /(?:^|[.!?\n:→>)]\s*|^\s*(?:\(?\d{1,2}[.)]|[-*•])\s*)$/.test(text.slice(Math.max(0, match.index - 6), match.index));
    if (first !== first.toLowerCase() && !sentenceStart) continue;
    if (++n >= 3) break;
  }
  return n;
}
