import type { Ticket } from '../ticket/schema';
import type { Segment } from './evidence';

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
/** Characters that make a chunk technical when a character follows: links, hosts, paths, versions, key=value. */
const isJoiner = (c: number) => c === 46 || c === 47 || c === 64 || c === 58 || c === 92 || c === 61;
const isCyrillic = (c: number) => c >= 0x400 && c <= 0x4ff;
const isLatin = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

/** Letters per script in one pass; chunks with links, hosts, file names or versions do not vote. */
function letterCounts(text: string): { ru: number; en: number } {
  let ru = 0;
  let en = 0;
  let chunkRu = 0;
  let chunkEn = 0;
  let technical = false;
  for (let k = 0; k <= text.length; k++) {
    const c = k < text.length ? text.charCodeAt(k) : 32;
    if (isSpace(c)) {
      if (!technical) {
        ru += chunkRu;
        en += chunkEn;
      }
      chunkRu = chunkEn = 0;
      technical = false;
    } else if (isCyrillic(c)) chunkRu++;
    else if (isLatin(c)) chunkEn++;
    else if (isJoiner(c) && k + 1 < text.length && !isSpace(text.charCodeAt(k + 1))) technical = true;
  }
  return { ru, en };
}

/** The language most of the customer's own text is written in; the subject decides when there is none. */
export function detectLanguage(segments: Segment[], ticket: Ticket): 'en' | 'ru' {
  let ru = 0;
  let en = 0;
  for (const s of segments) {
    const c = letterCounts(s.text);
    ru += c.ru;
    en += c.en;
  }
  if (ru + en === 0) ({ ru, en } = letterCounts(ticket.subject));
  return ru > en ? 'ru' : 'en';
}
