import type { Evidence, Segment } from '../evidence';
import { firstMatch, WORD_END as E, WORD_START as S, wordRegex } from '../text';

export interface CustomizationReading {
  /** `changed`: the customer discloses a modification; `unchanged`: they say there is none. */
  state: 'changed' | 'unchanged' | 'unknown';
  evidence?: Evidence;
}

// Bounded gaps keep every pattern linear: at most a few words between the parts of a phrase.
const GAP = "[^.!?;\\n]{0,30}?";

/** The customer says nothing was modified (or only configured through the admin). */
const UNCHANGED = wordRegex(
  [
    // English
    `${S}(?:no|zero|without(?: any)?)\\s+(?:code\\s+|custom\\s+)?(?:changes|modifications?|customi[sz]ations?|mods|edits|custom code|customi[sz]ing)${E}`,
    `${S}(?:have|has|had|did|do|does|were|was)(?:\\s*n[o'’]t|\\s+not|\\s+never)\\s+(?:\\w+\\s+){0,2}?(?:change|changed|modif(?:y|ied)|customi[sz]ed?|edit(?:ed)?|touch(?:ed)?|alter(?:ed)?)${E}`,
    `${S}(?:nothing|no\\s+files?|no\\s+code)\\s+(?:was\\s+|were\\s+|has been\\s+|have been\\s+|is\\s+)?(?:changed|modified|customi[sz]ed|edited|touched|altered)${E}`,
    `${S}(?:never|not)\\s+(?:been\\s+)?(?:changed|modified|customi[sz]ed|edited|touched)${E}`,
    `${S}(?:un(?:modified|changed|touched|customi[sz]ed)|stock|vanilla)\\s+(?:install(?:ation)?|version|build|product|code|copy|setup)${E}`,
    // A bare "stock." / "vanilla," as a statement, not "out of stock" or "stock levels".
    `(?<!(?:of|in)\\s)${S}(?:unmodified|unchanged|untouched|stock|vanilla)(?=\\s*(?:[.,;!)]|$))`,
    `${S}(?:standard|original|clean)\\s+(?:version|install(?:ation)?|code|product)${GAP}(?:without|no)\\s+(?:any\\s+)?(?:changes|modifications|customi[sz]ations)${E}`,
    `${S}only\\s+(?:changed|edited|configured|set up|adjusted)${GAP}(?:through|via|in|from)\\s+(?:the\\s+)?admin`,
    // Russian
    `${S}ничего\\s+не\\s+(?:меня|измен|трога|правил|дораба|модифиц)\\p{L}*`,
    `${S}не\\s+(?:меняли|изменяли|трогали|правили|дорабатывали|модифицировали|вносили\\s+(?:никаких\\s+)?(?:изменени|правок|доработ))\\p{L}*`,
    `${S}(?:без|нет|никаких)\\s+(?:каких-либо\\s+|всяких\\s+|никаких\\s+)?(?:доработ|изменени|модификац|кастомиз|правок)\\p{L}*`,
    `${S}(?:доработ|изменени|модификац|кастомиз|правок)\\p{L}*\\s+(?:нет|не было|не делали|не вносили)${E}`,
    `${S}(?:станд?артн|стоков|оригинальн|чист)\\p{L}*\\s+(?:верси|сборк|установк|код)\\p{L}*${GAP}(?:без|не)\\s+\\p{L}+`,
    `${S}(?:стоков|оригинальн)\\p{L}*\\s+(?:верси|сборк|установк|код)\\p{L}*`,
    `${S}из\\s+коробки${E}`,
    `${S}только\\s+(?:поменяли|изменили|правили|настроили|меняли)${GAP}(?:через|в)\\s+админ\\p{L}*`,
  ].join('|'),
);

/** The customer discloses a modification of the product. */
const CHANGED = wordRegex(
  [
    // English
    `${S}(?:customi[sz](?:ed|ation|ations|ing)|modified|modifications|patched|forked|tweaked|hacked)${E}`,
    `${S}(?:changed|edited|altered|rewrote|rewritten|overrode|overridden|replaced)\\s+(?:the\\s+|our\\s+|some\\s+|a\\s+few\\s+|a\\s+)?(?:\\w+\\s+){0,2}?(?:code|template|templates|controllers?|files?|core|source|php|css|js|views?|blade|models?|migrations?|routes?|database schema|theme)${E}`,
    `${S}custom\\s+(?:code|module|modules|template|templates|theme|plugin|integration|fields?|changes)${E}`,
    `${S}(?:freelancer|contractor|our (?:own )?(?:developer|programmer|dev)|a (?:developer|programmer))${GAP}(?:changed|edited|modified|added|rewrote|made|did|wrote|built|installed)${E}`,
    `${S}(?:third[- ]party|own|our)\\s+(?:module|plugin|extension|addon|add-on)s?${E}`,
    // Russian
    `${S}(?:доработ|кастомиз|модифиц)\\p{L}*`,
    `${S}(?:изменили|поменяли|переписали|правили|поправили|подправили|отредактировали|дописали)\\s+(?:\\p{L}+\\s+){0,2}?(?:код|шаблон|контроллер|файл|ядро|исходник|стил|верстк|модел|миграци|css|php|js)\\p{L}*`,
    `${S}(?:фрилансер|программист|разработчик|подрядчик)\\p{L}*${GAP}(?:изменил|поменял|поправил|правил|переписал|добавил|дописал|сделал|дорабатывал|доработал)\\p{L}*`,
    `${S}(?:сторонн|сво)\\p{L}*\\s+(?:модул|плагин|расширени)\\p{L}*`,
    `${S}внесли\\s+(?:\\p{L}+\\s+){0,2}?(?:изменени|правк)\\p{L}*`,
  ].join('|'),
);

/** A negation just before a "changed" phrase turns it around ("did not customize", "без доработок"). */
const NEGATED_BEFORE = /(?:^|[^\p{L}])(?:not|no|never|n['’]t|without|не|без|нет|никаких|ни)\s+(?:\p{L}+\s+){0,2}$/iu;
const NEGATED_AFTER = /^\s+(?:нет|не было|не делали|не вносили|were not|was not)(?![\p{L}])/iu;

/** Whether the customer says the product was customized, either way. */
export function readCustomization(segments: readonly Segment[]): CustomizationReading {
  const changed = firstMatch(segments, CHANGED, (match, segment) => {
    const before = segment.text.slice(Math.max(0, match.index - 40), match.index);
    const after = segment.text.slice(match.index + match[0].length, match.index + match[0].length + 20);
    return !NEGATED_BEFORE.test(before) && !NEGATED_AFTER.test(after);
  });
  if (changed) return { state: 'changed', evidence: changed.evidence };
  const unchanged = firstMatch(segments, UNCHANGED);
  if (unchanged) return { state: 'unchanged', evidence: unchanged.evidence };
  return { state: 'unknown' };
}
