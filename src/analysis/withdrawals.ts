import { firstWordAfter, tokenize, type PhraseMatch, type SentenceRef } from './phrases';

// How an earlier ask is taken back by a later message that does not name its category: a numbered point, or the
// ask's own words repeated. Read by the scope detector.

/** Words too common to tie a withdrawal to an ask. */
const COMMON_WORDS = new Set(
  ('this that with from have your about they them will would could should please what when where which there their these those ' +
    'just also only very into than then still need needed help thanks thank пожалуйста этот этого эта эти как так что чтобы когда если ' +
    'или уже еще тоже также наши ваши было будет есть нужно нужен нужна надо помощь спасибо')
    .split(' '),
);
/** "The old Apache config is no longer needed", "старый хостинг уже не нужен": what the work replaces, not the ask. */
const REPLACED_THING = /(?<![\p{L}])(?:old|previous|former|current|existing|старый|старого|старая|старую|старое|старые|прежний|прежняя|прежнее|прежние|текущий|текущая|текущее)(?![\p{L}])/iu;
const CLAUSE_END = /[,;:—–]/u;

/**
 * Whether a withdrawal names what the work would replace. Read in its first clause: "Forget about the move, our
 * contract with the current host got extended" names the current host only to say why.
 */
export function namesReplacedThing(sentence: string): boolean {
  return REPLACED_THING.test(sentence.split(CLAUSE_END, 1)[0]!);
}

/** "Actually no, scrap that": dropped outright ("…and I'll apply it myself" or "if it's paid, forget it" drop nothing). */
const DROPPED = /^(?!\s*(?:if|если)(?![\p{L}])).*(?<![\p{L}])(?:scrap|scratch|never\s?mind|forget|disregard|cancel|отбой|забудьте|отменя\p{L}*)/isu;
export function dropsOutright(sentence: string): boolean {
  return DROPPED.test(sentence);
}

/** Whether a sentence comes after another: in a later message, or later in the same one. */
export function comesAfter(later: SentenceRef, earlier: SentenceRef): boolean {
  return later.segment.message > earlier.segment.message || (later.segment === earlier.segment && later.sentence > earlier.sentence);
}

/** "По первому пункту отбой", "ignore point 1": one numbered point taken back, not every ask. */
export const NUMBERED_POINT =
  /(?<![\p{L}])(?:(?<ordinal>перв|втор|трет|четв[её]рт|first|second|third|fourth|1st|2nd|3rd|4th)\p{L}*\s+(?:пункт|вопрос|момент|част|задач|point|question|issue|item|part|one)\p{L}*|по\s+(?<ordinalRu>перв|втор|трет|четв[её]рт)\p{L}*|(?:п\.|(?:пункт|вопрос)\p{L}*|point|item|question|issue|part)\s*(?:#|№|no\.?)?\s?(?<digit>\d))(?![\p{L}\d])/iu;
const ORDINALS = ['перв', 'втор', 'трет', 'четв'];
const ORDINALS_EN = ['first', 'second', 'third', 'fourth'];
/** A list item opening the ask's line: "2) please migrate…", "2. …". */
const ITEM_START = /(?:^|\n)[ \t]*(\d{1,2})[.)][^\n]*$/;

function pointNumber(m: RegExpExecArray): number {
  const { ordinal, ordinalRu, digit } = m.groups!;
  if (digit) return Number(digit);
  const word = (ordinal ?? ordinalRu)!.toLowerCase().replace('ё', 'е');
  return /^\d/.test(word) ? Number(word[0]) : Math.max(ORDINALS.indexOf(word.slice(0, 4)), ORDINALS_EN.indexOf(word)) + 1;
}

/** Whether a retraction that names a numbered point names the ask's: other points keep their asks. */
export function samePoint(point: RegExpExecArray | null, ask: PhraseMatch): boolean {
  if (!point) return true;
  const item = ITEM_START.exec(ask.segment.text.slice(0, ask.evidence.at.start - ask.segment.start));
  return item !== null && Number(item[1]) === pointNumber(point);
}

/**
 * The first five letters of a sentence's longer, uncommon words (those between `from` and `to` in the segment's
 * text): what it is about, to compare with another.
 */
export function stemsOf(ref: SentenceRef, from = 0, to = Infinity): string[] {
  const { words } = tokenize(ref.segment);
  const stems: string[] = [];
  for (let k = firstWordAfter(words, ref.sentence - 1); k < words.length && words[k]!.sentence === ref.sentence; k++) {
    const { norm, start, end } = words[k]!;
    if (start >= from && end <= to && norm.length >= 4 && !COMMON_WORDS.has(norm)) stems.push(norm.slice(0, 5));
  }
  return stems;
}

const sharesStem = (a: readonly string[], b: readonly string[]) => {
  const set = new Set(b);
  return a.some((stem) => set.has(stem));
};

/** Where a sentence turns to another ask: ", and our developer…", "; также…". */
const NEXT_ASK = /[,;]\s+(?:and|but|also|и|а|но|также|плюс)\s|;\s/giu;

/** The stems of the clause a match stands in: what that ask is about, not the other asks of its sentence. */
function clauseStems(m: PhraseMatch): string[] {
  const at = m.evidence.at.start - m.segment.start;
  let start = 0;
  let end = Infinity;
  for (const cut of m.segment.text.matchAll(NEXT_ASK)) {
    if (cut.index < at) start = cut.index;
    else {
      end = cut.index;
      break;
    }
  }
  return stemsOf(m, start, end);
}

/**
 * A withdrawal that names another category's work takes back an ask too where it repeats the words of that ask's own
 * clause ("WordPress поставим сами" of "поставьте на хостинг скрипт блога (WordPress)"), not of another ask beside it.
 */
export function repeatsTheAsk(withdrawal: SentenceRef, ask: PhraseMatch): boolean {
  return sharesStem(stemsOf(withdrawal), clauseStems(ask));
}

/**
 * A withdrawal that names none of the categories takes back an ask whose words it repeats ("Could you write JavaScript
 * for a countdown?" … "Forget about the countdown script"), and not one it shares no word with ("the old config is no
 * longer needed").
 */
export function takesBackTheAsk(withdrawal: SentenceRef, ask: SentenceRef): boolean {
  return sharesStem(stemsOf(withdrawal), stemsOf(ask));
}
