import type { Evidence, Segment } from '../evidence';
import { firstMatch, LETTER, LETTERS, trigger, WORD_END as E, WORD_START as S, wordRegex } from '../text';

export interface CustomizationReading {
  /** `changed`: the customer discloses a modification; `unchanged`: they say there is none. */
  state: 'changed' | 'unchanged' | 'unknown';
  evidence?: Evidence;
}

// Bounded gaps keep every pattern linear: at most a few words between the parts of a phrase.
const GAP = "[^.!?;\\n]{0,30}?";

/** What a code change is made to: a setting changed in the admin is not a customization. */
const CODE_OBJECT =
  '(?:code|template|templates|controllers?|files?|core|source|sources|php|css|js|javascript|views?|blade|models?|migrations?|routes?|database schema|theme|module|modules|script|engine|layout)';
/** The server or the hosting as what was left alone ("хостинг не трогали", "на сервере ничего не меняли"): nothing of the product. */
const SERVER_RU = '(?:сервер|хостинг|vps|впс|dns|днс|nginx|apache|апач)';
/** Tested right after the word it guards ("не", "ничего"), so the look back runs only where that word stands. */
const afterServerRu = (word: string) => `${word}(?<!${SERVER_RU}${LETTER}{0,6}\\s+(?:(?:мы|у нас|вообще|ничего|никто|никак)\\s+){0,2}${word})`;
const NOT_ON_SERVER_RU = `(?!\\s+(?:на|в)\\s+${SERVER_RU})`;
/** The customer says nothing was modified (or only configured through the admin). */
const UNCHANGED = wordRegex(
  `${S}(?:${[
    // English
    `(?:no|zero|without(?: any)?)\\s+(?:code\\s+|custom\\s+)?(?:changes|modifications?|customi[sz]ations?|mods|edits|custom code|customi[sz]ing|custom (?:work|development|dev))${E}`,
    // said of the customer's side or the code ("we haven't changed", "Didn't touch anything"), not of the product ("statuses don't change")
    `(?<=(?:^|[.!?;:\\n(—-]\\s{0,3}|(?:we|i|they|nobody|no one|team|developers?|devs?|admins?|programmers?|code|files?|templates?|it|ourselves)\\s{1,3}))(?:have|has|had|did|do|does|were|was)(?:\\s*n[o'’]?t|\\s+not|\\s+never)\\s+(?:\\w+\\s+){0,3}?(?:change|changed|changes|modif(?:y|ied)|modifications?|customi[sz]ed?|customi[sz]ations?|edit(?:ed)?|touch(?:ed)?|alter(?:ed)?)${E}`,
    `(?:standard|original|clean|fresh|default)\\s+(?:version|install(?:ation)?|code|build|files)${E}`,
    `(?:out of the box|nothing custom|no\\s+(?:custom\\s+)?code)${E}`,
    `(?:no|zero|without(?: any)?)\\s+custom\\s+(?:modules?|plugins?|templates?|themes?|scripts?)${E}`,
    `(?:never|not|didn['’]t|haven['’]t|hasn['’]t)\\s+(?:added|installed|put|uploaded)\\s+(?:any\\s+)?(?:custom|own|third[- ]party|extra|additional)${E}`,
    `(?:we|i)\\s+(?:not|never|no)\\s+(?:change|changed|modify|modified|touch|touched|edit|edited|customi[sz]e|customi[sz]ed)${E}`,
    `(?:stock|vanilla|unmodified)\\s+v?\\d+(?:\\.\\d+)+`,
    `(?:customi[sz]ations?|modifications?|custom changes|mods)\\s*[:—–-]\\s*(?:none|no|nothing|n/a)${E}`,
    `(?:runs?|running|use|uses|using|on)\\s+(?:your|the)\\s+(?:default|standard|stock|original)\\s+(?:theme|template|code|version)${E}`,
    `(?:edited|changed|configured|adjusted)${GAP}(?:through|via|in|from)\\s+(?:the\\s+)?admin`,
    // not said of the server ("nothing was changed on the server" tells nothing of the product)
    `(?:nothing|no\\s+files?|no\\s+code)\\s+(?:was\\s+|were\\s+|has been\\s+|have been\\s+|is\\s+)?(?:changed|modified|customi[sz]ed|edited|touched|altered)${E}(?!\\s+(?:on|in)\\s+(?:the\\s+|our\\s+)?(?:server|hosting|vps))`,
    `(?:never|not)\\s+(?:been\\s+)?(?:changed|modified|customi[sz]ed|edited|touched)${E}`,
    `(?:changed|modified|customi[sz]ed|edited|touched|altered)\\s+nothing${E}`,
    `(?:nobody|no one|noone)\\s+(?:has\\s+|had\\s+|ever\\s+)?(?:changed|modified|customi[sz]ed|edited|touched|altered)\\s+(?:anything|(?:any|the|our)\\s+${CODE_OBJECT})${E}`,
    `(?:not|never)\\s+(?:make|made|do|did)\\s+(?:any\\s+)?(?:changes|modifications|edits)${E}`,
    `(?:not|never)\\s+(?:change|changed|changing|modify|modified|modifying|touch|touched|touching|edit|edited|editing)\\s+(?:anything|any|nothing)${E}`,
    `(?:un(?:modified|changed|touched|customi[sz]ed)|stock|vanilla)\\s+(?:install(?:ation)?|version|build|product|code|copy|setup)${E}`,
    // A bare "stock." / "vanilla," as a statement, not "out of stock" or "stock levels".
    `(?<!(?:of|in)\\s)(?:unmodified|unchanged|untouched|stock|vanilla)(?=\\s*(?:so far\\s*|as is\\s*|yet\\s*)?(?:[.,;!)]|$))`,
    `(?:product|code|site|exchanger|script|install(?:ation)?|build)\\s+(?:itself\\s+)?(?:is|was|are|remains)\\s+(?:still\\s+)?(?:unmodified|unchanged|untouched|stock|vanilla|original)${E}`,
    `(?:standard|original|clean)\\s+(?:version|install(?:ation)?|code|product)${GAP}(?:without|no)\\s+(?:any\\s+)?(?:changes|modifications|customi[sz]ations)${E}`,
    `only\\s+(?:changed|edited|configured|set up|adjusted)${GAP}(?:through|via|in|from)\\s+(?:the\\s+)?admin`,
    // Russian
    `${afterServerRu('ничего')}\\s+не\\s+(?:меня|измен|трога|правил|дораба|модифиц|кастом|редактир|передел|допил|делал)${LETTER}*${NOT_ON_SERVER_RU}`,
    `не\\s+(?:копал|лезл|лазил|ковырял|кастомил)${LETTER}*`,
    `(?:никто\\s+не\\s+(?:заходил|лез|трогал)|всё\\s+родн|все\\s+родн)${LETTER}*`,
    `(?:стоков|родн)${LETTER}*(?=\\s*(?:[.,;!)]|$))`,
    `(?:меняли|поменяли|изменили|правили|настроили)\\s+только${GAP}(?:через|в)\\s+админ${LETTER}*`,
    `${afterServerRu('не')}\\s+(?:менял|изменял|трогал|правил|дорабатывал|допиливал|модифицировал|кастомизировал|редактировал|переделывал|вносил${LETTER}*\\s+(?:никаких\\s+)?(?:изменени|правок|доработ))${LETTER}*${NOT_ON_SERVER_RU}`,
    `(?:без|нет|никаких)\\s+(?:каких-либо\\s+|всяких\\s+|никаких\\s+)?(?:доработ|изменени|модификац|кастомиз|правок)${LETTER}*`,
    `(?:доработ|изменени|модификац|кастомиз|правок|правк)${LETTER}*(?:\\s+${LETTER}+){0,4}?\\s*[:—-]?\\s+(?:нет|не было|не делали|не вносили|не вносилось)${E}`,
    `(?:станд?артн|стоков|оригинальн|чист)${LETTER}*\\s+(?:верси|сборк|установк|код)${LETTER}*${GAP}(?:без|не)\\s+${LETTER}+`,
    `(?:станд?артн|стоков|оригинальн|чист)${LETTER}*\\s+(?:верси|сборк|установк|код)${LETTER}*`,
    `из\\s+коробки${E}`,
    `(?:код|верси|сборк|установк|скрипт)${LETTER}*\\s+(?:у нас\\s+)?(?:станд?артн|стоков|оригинальн|чист|родн)${LETTER}*`,
    `(?:модул|плагин|расширени)${LETTER}*\\s+(?:сторонн${LETTER}*\\s+)?не\\s+(?:ставили|устанавливали|подключали|добавляли)${E}`,
    `только\\s+(?:поменял|изменил|правил|настроил|менял)${LETTER}*${GAP}(?:через|в)\\s+админ${LETTER}*`,
  ].join('|')})`,
);

/** The customer discloses a modification of the product. */
// Every phrase starts at a word start: the edge is tested once, before the alternatives.
const CHANGED = wordRegex(
  `${S}(?:${[
    // English
    `(?:we|I|our (?:team|developers?|programmers?|devs?)|someone|previous (?:developer|admin|owner)|they)\\s+did\\s+(?:customi[sz]e|modify|patch|change|edit|rewrite|tweak)${E}`,
    `(?:we|I|our (?:team|developers?|programmers?|devs?)|someone|previous (?:developer|admin|owner)|they)\\s+(?:have\\s+|has\\s+|had\\s+|did\\s+)?(?:customi[sz]ed|modified|patched|forked|tweaked|hacked|reworked|extended)${E}`,
    `(?:customi[sz]ed|modified|patched|forked|custom)\\s+(?:[\\w-]+\\s+){0,2}?${CODE_OBJECT}${E}`,
    `(?:customi[sz]ations?|modifications?)\\s+(?:to|of|in)\\s+(?:the\\s+|our\\s+)?(?:\\w+\\s+){0,2}?${CODE_OBJECT}${E}`,
    `(?:changed|edited|altered|rewrote|rewritten|overrode|overridden|replaced|patched|modified)\\s+(?:the\\s+|our\\s+|some\\s+|a\\s+few\\s+|a\\s+)?(?:\\w+\\s+){0,2}?${CODE_OBJECT}${E}`,
    // "our client had a freelancer restyle the header and footer templates"
    `(?:had|got|paid|hired|asked)\\s+(?:a|an|our|the|some)\\s+(?:freelancer|developer|designer|contractor|agency|programmer)\\s+(?:to\\s+)?(?:restyle|redesign|rework|change|edit|modify|customi[sz]e|rewrite|tweak|patch)${E}`,
    // a file by its path ("He edited app/Http/Controllers/PayoutController.php")
    `(?:changed|edited|altered|rewrote|overrode|patched|modified)\\s+(?:the\\s+|our\\s+)?[\\w./\\\\-]{0,160}\\.(?:php|js|vue|css|scss|twig|tpl|html?)${E}`,
    // a change inside a named file ("I changed the rounding in app/Services/RateCalculator.php")
    `(?:changed|edited|altered|rewrote|overrode|patched|modified|tweaked)\\s+(?:the\\s+|our\\s+)?\\w+(?:\\s+\\w+){0,3}?\\s+in\\s+[\\w./\\\\-]{1,160}\\.(?:php|js|vue|css|scss|twig|tpl|html?)${E}`,
    // a class named by its role ("he edited OrderController")
    `(?:changed|edited|altered|rewrote|reworked|refactored|overrode|patched|modified|tweaked)\\s+(?:the\\s+|our\\s+)?\\w{0,40}(?:controller|service|model|repository|provider|middleware|helper)${E}`,
    // "we changed the colours and fonts of the public order page template"
    `(?:we|I)\\s+(?:have\\s+|had\\s+)?(?:changed|edited|modified|altered|reworked|restyled|tweaked)\\s[^.!?;\\n]{0,60}?${CODE_OBJECT}${E}`,
    `(?:freelancer|contractor|our (?:own )?(?:developer|programmer|dev|designer)|a (?:developer|programmer|designer)|third[- ]party developer|(?:previous|former|old|last|another|other) (?:developer|programmer|dev|admin|contractor|designer))${GAP}(?:changed|edited|modified|added|rewrote|made|did|done|wrote|built|installed|customi[sz]ed|restyled|redesigned|reworked|tweaked|patched|altered|touched|adjusted|fiddled with|hooked up|integrated|left|messed|broke|hacked|tinkered|tried to|to hook up|to integrate|to connect|to add|to change|to modify|to redesign|to rework|to restyle|to edit|to customi[sz]e)${E}`,
    `(?:module|plugin|extension|add-?on)s?\\s+(?:["«“][^"»”\\n]{1,40}["»”]\\s+)?(?:from|by)\\s+(?:another|other|an?\\s+external|external|a\\s+third[- ]party|third[- ]party)\\s+(?:developer|vendor|company|team)${E}`,
    `(?:unknown|custom|manual|own)\\s+changes\\s+(?:in|to)\\s+(?:the\\s+|our\\s+)?(?:\\w+\\s+){0,2}?(?:folder|files?|code|directory|templates?|app)${E}`,
    `(?:third[- ]party|own|our|custom)\\s+(?:module|plugin|extension|addon|add-on)s?${E}`,
    `(?:there (?:are|were)|we have|with)\\s+(?:some\\s+|a few\\s+|several\\s+)?(?:customi[sz]ations|modifications|custom changes)${E}`,
    // Russian
    `(?:доработал${LETTER}*|дорабатывал${LETTER}*|кастомизировал${LETTER}*|модифицировал${LETTER}*|кастомн${LETTER}*|доработанн${LETTER}*|модифицированн${LETTER}*)`,
    `(?:был${LETTER}*|есть|имеются|делал${LETTER}*|вносил${LETTER}*|сделал${LETTER}*|заказывал${LETTER}*)\\s+(?:${LETTER}+\\s+){0,1}?(?:доработ|модификац|кастомиз|изменени|правк)${LETTER}*`,
    `(?:доработк${LETTER}*|модификаци${LETTER}*|кастомизаци${LETTER}*)\\s+(?:${LETTER}+\\s+){0,1}?(?:шаблон|модул|код|ядр|контроллер|страниц|дизайн|в[её]рстк|функционал|движк)${LETTER}*`,
    `(?:изменил|поменял|менял|переписал|правил|поправил|подправил|отредактировал|дописал|переделал)(?:а|и)?\\s+(?:${LETTER}+\\s+){0,2}?(?:код|шаблон|контроллер|файл|ядро|ядре|исходник|стил|в[её]рстк|модел|миграци|модул|css|php|js|скрипт|движ)${LETTER}*`,
    `(?:правк|изменени|доработк)${LETTER}*\\s+(?:в|во)\\s+(?:${LETTER}+\\s+)?(?:код|шаблон|файл|ядр|модул|скрипт|контроллер|в[её]рстк|исходник|тем[уеы])${LETTER}*`,
    // "after his changes", "после его правок": someone's changes named as the start of the fault
    `(?:after|since)\\s+(?:his|her|their|the freelancer['’]s|the developer['’]s)\\s+(?:changes|edits|modifications|patch|code changes)${E}`,
    `(?:после|с)\\s+(?:его|её|ее|их)\\s+(?:правок|правки|изменений|доработок|доработки)${E}`,
    // "we had the main page CSS and two email templates changed by our designer"
    `${CODE_OBJECT}\\s+(?:\\w+\\s+){0,2}?(?:changed|edited|modified|customi[sz]ed|reworked|restyled|redesigned|rewritten|tweaked)\\s+by\\s+(?:our|a|an|the|some|my)${E}`,
    `(?:changes|edits|modifications|tweaks|patches)\\s+(?:to|in)\\s+(?:the\\s+|our\\s+)?(?:\\w+\\s+){0,2}?${CODE_OBJECT}${E}`,
    // "we use a modified version", "running a customized build"
    `(?:use|using|run|running|have|on)\\s+(?:a\\s+|an\\s+|our\\s+)?(?:heavily\\s+|slightly\\s+)?(?:modified|customi[sz]ed|patched|forked)\\s+(?:version|build|copy|install(?:ation)?|exchanger|script)${E}`,
    // not the vendor's own people asked to do it ("передайте разработчикам, пусть добавят")
    `(?<!(?:передайте|передать|вашим|ваши|вашему|вашего|вашими|ваш)\\s)(?:фрилансер|программист|прогер|програмер|разработчик|подрядчик|верстальщик|верстальщиц|дизайнер)${LETTER}*${GAP}(?<!${LETTER})(?:измен|помен|поправ|правил|перепис|добав|допис|сделал|дораб|передел|перерисов|ставил|установ|делал|делает|менял|прикручива|прикрутил)${LETTER}*`,
    `(?:перерисовывал|перерисовал|переделывал|переверстал|верстал)${LETTER}*\\s+(?:${LETTER}+\\s+){0,2}?(?:дизайнер|фрилансер|программист|верстальщ|разработчик)${LETTER}*`,
    `(?:ставили|установили|поставили|подключили|поставил|установил|подключил|поставила|установила|подключила)\\s+(?:${LETTER}+\\s+){0,2}?(?:модул|плагин|расширени)${LETTER}*`,
    `(?:шаблон|код|контроллер|модул|файл)${LETTER}*\\s+[\\w.-]{1,40}\\s+(?:правили|меняли|переделывали|переписали|изменили)${E}`,
    `(?:правк|правок|доработк|доработок|изменени)${LETTER}*\\s+(?:наш${LETTER}*\\s+)?(?:фрилансер|программист|разработчик|подрядчик|верстальщ)${LETTER}*`,
    `(?:шаблон|код|контроллер|модул|в[её]рстк|дизайн|файл|ядр|тем[уаы])${LETTER}*(?:\\s+${LETTER}+){0,3}?\\s+(?:переделан|переписан|доработан|изменен|модифицирован|переделыва|переделал|правил|изменял|изменил|дорабатыва|доработал|переписыва|переписал|менял|поменял)${LETTER}*`,
    `(?:переделыва|переделал|правил|изменял|дорабатыва|переписыва|делал)${LETTER}*\\s+(?:наш${LETTER}*\\s+|сторонн${LETTER}*\\s+)?(?:фрилансер|программист|разработчик|подрядчик|верстальщ)${LETTER}*`,
    `(?:сторонн|сво|сам|кастомн)${LETTER}*\\s+(?:модул|плагин|расширени|доработк)${LETTER}*`,
    `внесли\\s+(?:${LETTER}+\\s+){0,2}?(?:изменени|правк)${LETTER}*\\s+(?:в|во)\\s+(?:код|шаблон|файл|ядро|модул|скрипт)${LETTER}*`,
    // a theme of their own ("Тема оформления у нас своя", "our own theme", "the template is custom")
    `(?:у нас|стоит|стоят|используем|поставлен${LETTER}*)\\s+(?:${LETTER}+\\s+)?(?:сво[йяюеи]|собственн${LETTER}*|кастомн${LETTER}*|индивидуальн${LETTER}*)\\s+(?:${LETTER}+\\s+)?(?:тем[аыуе]|шаблон|дизайн|в[её]рстк)${LETTER}*`,
    `(?:тем[аы]|шаблон|дизайн(?!ер)|в[её]рстк)${LETTER}*(?:\\s+${LETTER}+){0,3}?\\s+(?:сво[йяеи]|собственн${LETTER}*|кастомн${LETTER}*|индивидуальн${LETTER}*)${E}`,
    `(?:our|its)\\s+own\\s+(?:\\w+\\s+)?(?:theme|template|templates|design|skin|layout)${E}`,
    `(?:theme|template|design|skin|layout)\\s+(?:is|was)\\s+(?:our\\s+own|custom|custom-made|bespoke)${E}`,
  ].join('|')})`,
);

/** Stems of the rarer disclosures below. */
const MORE_STEMS: readonly string[] = [
  'прогер', 'программер', 'кодер', 'девелопер', 'сторонн', 'поковыр', 'ковыр', 'подкрут', 'подпил', 'допил', 'залез', 'лазил',
  'полез', 'влез', 'phpmyadmin', 'adminer', 'sql', 'вручную', 'ставили', 'установили', 'поставили', 'подключили', 'купили',
  'coder', 'guy', 'hired', 'messed', 'tinkered', 'fiddled', 'played', 'database', 'db', 'table', 'ran$', 'executed',
  'manually', 'by hand', 'third', 'external', 'custom$', 'bought', 'purchased', 'guys', 'devs', 'studio', 'outside', 'forum', 'codecanyon', 'базе', 'бд', 'таблиц',
];

/**
 * Rarer disclosures, tried only near their own rarer stems: slang for who changed the code and how, direct edits of the
 * database, a module bought elsewhere.
 */
const CHANGED_MORE = wordRegex(
  `${S}(?:${[
    // slang for who did it and how ("наш прогер поковырял контроллер", "our coder messed with the controller")
    `(?:прогер|программер|кодер|девелопер|сторонн${LETTER}*\\s+(?:ребят|специалист|спец|студи|команд))${LETTER}*${GAP}(?:измен|помен|поправ|правил|перепис|добав|допис|сдела|дораб|передел|ставил|установ|делал|менял|ковыр|поковыр|лаз|залез|влез|полез|копал|подкрут|накрут|навертел)${LETTER}*`,
    `(?:поковыря|ковыря|подкрути|подпили|допили|залез|лазил|полез|влез)${LETTER}*\\s+(?:в\\s+|во\\s+)?(?:${LETTER}+\\s+){0,2}?(?:код|контроллер|шаблон|файл|ядр|модул|скрипт|исходник|баз|таблиц|в[её]рстк)${LETTER}*`,
    `(?:coder|dev guy|our guy|my guy|a guy we hired|someone we hired|hired (?:a\\s+)?(?:developer|programmer|dev|freelancer))${GAP}(?:changed|edited|modified|added|rewrote|made|did|wrote|tweaked|messed|hacked|patched|touched|to add|to change|to modify|to rewrite)${E}`,
    // custom work ordered: "we ordered custom work from a freelancer"
    `(?:ordered|commissioned|paid for|bought|had)\\s+(?:some\\s+)?custom\\s+(?:work|development|dev|changes|features?|modules?)${E}`,
    `(?:messed|tinkered|fiddled|played)\\s+(?:around\\s+)?with\\s+(?:the\\s+|our\\s+|some\\s+)?(?:\\w+\\s+){0,2}?${CODE_OBJECT}${E}`,
    // direct edits of the database ("через phpMyAdmin вручную поменяли тип поля", "ran an UPDATE query on the orders table")
    `(?:через|в)\\s+(?:phpmyadmin|adminer|консол${LETTER}*\\s+(?:бд|mysql)|sql)${GAP}(?:помен|измен|удал|добав|правил|поправ|отредакт|перепис|прописал|вписал|вставил)${LETTER}*`,
    `(?:помен|измен|удал|добав|правил|поправ|подправ|отредакт|прописал|вписал)${LETTER}*${GAP}(?:в\\s+(?:базе|бд|таблиц${LETTER}*|структур${LETTER}*\\s+(?:базы|бд))|через\\s+(?:phpmyadmin|adminer|sql))${E}`,
    `вручную\\s+(?:помен|измен|удал|добав|правил|поправ|подправ|отредакт|прописал|вписал)${LETTER}*${GAP}(?:баз|бд|таблиц|пол[ея]|колонк|запис)${LETTER}*`,
    `(?:via|through|in|using|with)\\s+(?:phpmyadmin|adminer)${GAP}(?:changed|edited|modified|altered|deleted|dropped|added|updated|renamed)${E}`,
    `(?:we|I|someone|somebody|our\\s+\\w+|they)\\s+(?:have\\s+|had\\s+)?(?:manually\\s+|directly\\s+|just\\s+)?(?:changed|edited|modified|altered|deleted|dropped|added|updated|renamed)${GAP}(?:(?:directly\\s+)?in\\s+(?:the\\s+)?(?:database|db|table)|(?:via|through|using|with)\\s+(?:phpmyadmin|adminer|an?\\s+sql|sql))${E}`,
    `(?:ran|run|executed|wrote)\\s+(?:an?\\s+|some\\s+|our\\s+own\\s+)?(?:custom\\s+|manual\\s+)?(?:sql|update|alter|delete|insert)\\s+(?:query|queries|statements?|scripts?)${E}`,
    `(?:manually|by hand)\\s+(?:changed|edited|modified|altered|deleted|updated)${E}`,
    // a module bought elsewhere ("Поставили AML-модуль от сторонних ребят", "installed a third-party KYC plugin")
    `(?:ставили|установили|поставили|подключили|купили)\\s+(?:[\\w${LETTERS}-]+\\s+){0,3}?(?:[\\w]+-)?(?:модул|плагин|расширени)${LETTER}*`,
    `(?:модул|плагин|расширени|доработк)${LETTER}*\\s+(?:от|у)\\s+(?:сторонн|других|другого|друг|внешн|левых|чужих)${LETTER}*`,
    `(?:third[- ]party|custom|external)\\s+(?:[\\w]+[- ]?){1}\\s*(?:module|plugin|extension|addon|add-on)s?${E}`,
    `(?:installed|added|bought|put|use|using)\\s+(?:an?\\s+|the\\s+|some\\s+)?(?:third[- ]party|external)${GAP}(?:module|plugin|extension|addon|add-on)s?${E}`,
    `(?:plugin|module|extension|add-?on)s?\\s+(?:\\w+\\s+){0,3}?(?:installed|added|put|downloaded)\\s+(?:from|off)\\s+(?:a\\s+|the\\s+|some\\s+)?(?:forum|marketplace|codecanyon|internet|github)${E}`,
    `(?:module|plugin|extension|add-?on)s?\\s+(?:(?:that|which)\\s+)?(?:we\\s+)?(?:from|by|made by|bought from|bought|got|purchased)\\s+(?:from\\s+)?(?:some\\s+|an?\\s+other\\s+|an?\\s+|other\\s+|another\\s+)?(?:guys|people|devs|developer|vendor|studio|freelancer|outside|external|third)${LETTER}*`,
  ].join('|')})`,
);
const CHANGED_MORE_NEAR = trigger(MORE_STEMS);

// Stems every phrase above contains: the phrases are only tried near them.
const CHANGED_NEAR = trigger([
  'customi', 'modifi', 'patch', 'fork', 'tweak', 'hack', 'rework', 'extended', 'custom', 'changed', 'edited', 'altered',
  'rewr', 'overr', 'replaced', 'freelanc', 'contractor', 'dev', 'programmer', 'module', 'plugin', 'extension', 'add-?on',
  'дораб', 'кастом', 'модифи', 'изменени', 'правк', 'изменил', 'поменял', 'переписал', 'правил', 'отредактир', 'дописал',
  'переделал', 'фрилансер', 'программист', 'прогер', 'програмер', 'разработчик', 'подрядчик', 'верстальщ', 'модул', 'плагин', 'расширени', 'внесли',
  'changes', 'edits', 'tweaks', 'patches', 'did (?:customi|modif|chang|edit|rewrit|tweak|patch)', 'переделыва', 'переделан', 'переписан', 'изменял',
  'менял', 'дорабатыва', 'переписыва', 'делал', 'дизайнер', 'перерисов', 'ставили', 'установили', 'подключили', 'верстал',
  'сво', 'собственн', 'индивидуальн', 'own', 'bespoke', 'designer', 'подправ', 'поправил', 'restyl', 'redesign',
]);
const UNCHANGED_NEAR = trigger([
  'nobody', 'no one', 'noone', 'допил', 'делал', 'никто не', 'родн', 'chang', 'modif', 'customi', 'mods', 'edit', 'touch', 'alter', 'custom', 'stock', 'vanilla', 'configur', 'adjust', 'set up',
  'меня', 'измен', 'трога', 'правил', 'правок', 'правк', 'дораб', 'модиф', 'кастомиз', 'станд', 'стандарт', 'стоков',
  'оригинальн', 'коробк', 'настроил', 'чист', 'unmodif', 'unchang', 'untouch', 'uncustom', 'standard', 'original', 'clean',
  'fresh', 'default', 'out of the box', 'nothing custom', 'no code', 'no custom', 'редактир', 'передел', 'не копал', 'не лез', 'не лазил', 'не ковырял', 'кастом',
]);

/** A negation just before a "changed" phrase turns it around ("did not customize", "без доработок"). */
const NEGATED_BEFORE = /(?:(?:^|[^a-zа-яё])(?:not|no|never|nothing|nobody|without|не|без|нет|никаких|ни|никто)|no one|n['’]t)\s+(?:[a-zа-яё]+\s+){0,2}$/i;
/**
 * A change made through the admin panel ("шаблон письма правили только через админку") is configuration; not one
 * whose clause has ended ("(верстальщик делал шаблон), но проблема в админке").
 */
const THROUGH_ADMIN_AFTER = /^(?:(?!,\s*(?:но|а|but|however)\s)[^.!?;)\n]){0,25}?(?:через\s+админ|в\s+админк|through\s+the\s+admin|via\s+the\s+admin|in\s+the\s+admin(?![a-z]))/i;
const THROUGH_ADMIN_WITHIN = /(?:through|via)\s+(?:the\s+)?admin|через\s+админ/i;
const NEGATED_AFTER =
  /^(?:\s+[a-zа-яё]+){0,3}?\s*[:—-]?\s+(?:нет|не\s+(?:был|дела|вносил|ставил|устанавлива|подключа|добавля|трогал|меня|правил)[а-яё]*|none|nothing|were not|was not)(?![a-zа-яё])/i;
/** A negation among the words a phrase spans ("код не меняли", "template was never edited"). */
const NEGATED_WITHIN = /(?:^|[^a-zа-яё])(?:not|no|never|nothing|не|ни|ничего|никто)\s/i;

const readings = new WeakMap<readonly Segment[], CustomizationReading>();

/** Whether the customer says the product was customized, either way (read once per thread: the checklist and a signal ask). */
export function readCustomization(segments: readonly Segment[]): CustomizationReading {
  let reading = readings.get(segments);
  if (!reading) {
    reading = read(segments);
    readings.set(segments, reading);
  }
  return reading;
}

/** A "changed" phrase the customer does not deny, and not a change made through the admin. */
function disclosed(match: RegExpExecArray, segment: Segment): boolean {
  const before = segment.text.slice(Math.max(0, match.index - 40), match.index);
  const after = segment.text.slice(match.index + match[0].length, match.index + match[0].length + 40);
  return (
    !NEGATED_BEFORE.test(before) &&
    !NEGATED_AFTER.test(after) &&
    !NEGATED_WITHIN.test(match[0]) &&
    !THROUGH_ADMIN_AFTER.test(after) &&
    !THROUGH_ADMIN_WITHIN.test(match[0])
  );
}

function read(segments: readonly Segment[]): CustomizationReading {
  const changed = firstMatch(segments, CHANGED, disclosed, { near: CHANGED_NEAR, before: 60, span: 180, atWordStarts: true });
  if (changed) return { state: 'changed', evidence: changed.evidence };
  const more = firstMatch(segments, CHANGED_MORE, disclosed, { near: CHANGED_MORE_NEAR, before: 60, span: 180, atWordStarts: true });
  if (more) return { state: 'changed', evidence: more.evidence };
  const unchanged = firstMatch(segments, UNCHANGED, undefined, { near: UNCHANGED_NEAR, before: 60, span: 180, atWordStarts: true });
  if (unchanged) return { state: 'unchanged', evidence: unchanged.evidence };
  return { state: 'unknown' };
}
