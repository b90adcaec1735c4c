import type { Segment } from '../evidence';
import { evidenceIn } from '../evidence';
import { hostMentions } from '../links';
import { firstMatch, LETTER, trigger, WORD_END as E, WORD_START as S } from '../text';
import type { ItemReading } from './reading';

/** Hosts and paths of documentation and help articles (any vendor's). */
const DOC_HOST = /^(?:api-?)?(?:docs?|help|helpdesk|support|kb|wiki|learn|learning|training|dev|manual|faq|academy|guide)\./i;
const DOC_PATH =
  /\/(?:docs?|documentation|help|hc|kb|knowledge(?:-?base)?|articles?|faq|manuals?|guides?|wiki|learning|training|courses?|tutorials?|support|api_help|api-reference|reference|open)(?:[/?#._-]|$)/i;

/** The customer says the docs cover the problem, or that they followed an article. */
const DOC_MENTION = new RegExp(
  [
    `${S}(?:followed|following|follow|went through|used|according to|as (?:described|written|shown|explained) in|per|read|found|from|in|by|checked|tried)\\s+(?:the\\s+|your\\s+|an?\\s+|this\\s+|that\\s+)?(?:official\\s+)?(?:(?:installation|install|setup|configuration|update|upgrade|migration|integration|user|admin)\\s+)?(?:documentation|docs|doc|article|manual|guide|help (?:article|page|center|centre)|knowledge base|instructions?|tutorial|faq)${E}`,
    `${S}(?:documentation|docs|article|manual|guide|instructions?|faq|knowledge base|help center|help centre)(?:\\s+[\\w-]+){0,8}?\\s+(?:say|says|said|tell|tells|describes|states|covers|explains|shows|suggests|recommends)${E}`,
    `${S}(?:по|согласно|в|из|следуя|следовал${LETTER}*|следовать|прочитал${LETTER}*|читал${LETTER}*|нас[её]л${LETTER}*|нашл${LETTER}*)\\s+(?:вашей\\s+|вашему\\s+|вашу\\s+|ваши\\s+|ваш\\s+|официальн${LETTER}*\\s+|эт${LETTER}*\\s+|той\\s+)?(?:документаци${LETTER}*|стать${LETTER}*|инструкци${LETTER}*|руководств${LETTER}*|мануал${LETTER}*|справк${LETTER}*|базе знаний)`,
    `${S}(?:описан${LETTER}*|написан${LETTER}*|указан${LETTER}*)\\s+в\\s+(?:документаци${LETTER}*|стать${LETTER}*|инструкци${LETTER}*|руководств${LETTER}*|справк${LETTER}*)`,
  ].join('|'),
  'gi',
);

const MENTION_NEAR = trigger([
  'doc', 'faq', 'article', 'manual', 'guide', 'help', 'knowledge', 'instruction', 'tutorial', 'документаци', 'стать', 'инструкци',
  'руководств', 'мануал', 'справк', 'базе знаний',
]);

/** A link to a documentation or help article; missing when the docs are invoked without one. */
export function readDocReference(segments: readonly Segment[]): ItemReading {
  for (const mention of hostMentions(segments)) {
    if (!mention.isLink) continue;
    const bare = mention.text.replace(/^[a-z]+:\/\//i, '');
    const slash = bare.search(/[/?#]/);
    const path = slash === -1 ? '' : bare.slice(slash);
    if (DOC_HOST.test(mention.host) || DOC_PATH.test(path)) {
      return { status: 'present', evidence: evidenceIn(mention.segment, mention.index, mention.text.length) };
    }
  }
  const said = firstMatch(segments, DOC_MENTION, undefined, { near: MENTION_NEAR, before: 80, span: 200 })?.evidence;
  return said ? { status: 'missing', evidence: said } : { status: 'unknown' };
}
