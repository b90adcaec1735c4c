import type { Evidence, Segment } from '../evidence';
import { firstMatch, LETTER, trigger, WORD_END as E, WORD_START as S } from '../text';

/** A key-shaped token: dash-separated groups of letters and digits, such as "SMP-RF-9B4C1D2E3F4A5B6C". */
const KEY = '[A-Z0-9]{2,10}(?:-[A-Z0-9]{2,32}){2,7}';

/** A pasted license key, after a "license key" label or as a key-shaped token near the word. */
const LICENSE = new RegExp(
  [
    `${S}(?:licen[sc]e(?:\\s+(?:key|code))?|лицензи${LETTER}*(?:\\s+ключ${LETTER}*)?|лицензионн${LETTER}*\\s+ключ${LETTER}*|ключ${LETTER}*(?:\\s+лицензии)?)${E}\\s*(?:[:=#№]|-|—|–|is)\\s*(?<labelled>[A-Za-z0-9][A-Za-z0-9-]{7,63})${E}`,
    `${S}(?<token>${KEY})${E}`,
  ].join('|'),
  'gi',
);
const KEY_WORD = /(?:licen[sc]e|key|лиценз|ключ)/i;

const NEAR = trigger(['licen', 'лиценз', 'ключ', 'key']);

export function findLicense(segments: readonly Segment[]): Evidence | undefined {
  return firstMatch(segments, LICENSE, (match, segment) => {
    const value = match.groups?.labelled ?? match.groups?.token ?? '';
    if (!/\d/.test(value) || !/[a-z]/i.test(value)) return false;
    if (match.groups?.labelled !== undefined) return true;
    const before = segment.text.slice(Math.max(0, match.index - 80), match.index);
    return value.length >= 14 && KEY_WORD.test(before);
  }, { near: NEAR, before: 0, span: 200 })?.evidence;
}
