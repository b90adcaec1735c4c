import type { Ticket } from '../ticket/schema';
import type { Segment } from './evidence';

const CHUNK = /\S+/g;
/** Links, hosts, file names and versions are Latin whatever the language, so they do not vote. */
const TECHNICAL = /[./@:\\=]./;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;

function letterCounts(text: string): { ru: number; en: number } {
  let ru = 0;
  let en = 0;
  for (const [chunk] of text.matchAll(CHUNK)) {
    if (TECHNICAL.test(chunk)) continue;
    ru += chunk.match(CYRILLIC)?.length ?? 0;
    en += chunk.match(LATIN)?.length ?? 0;
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
