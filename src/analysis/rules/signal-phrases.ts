import type { Channel } from '../../policy/schema';

/**
 * Word lists of the signal detectors (phrase syntax of src/policy/schema.ts). The policy decides which signals
 * exist and which channels it refuses; these lists only say how customers word them, in English and Russian.
 */

/** How a customer names each channel. */
export const CHANNEL_NAMES: Record<Channel, readonly string[]> = {
  ticket: [],
  email: ['email', 'e mail', 'по почте', 'на почту', 'электронн почт'],
  telegram: ['telegram', 'телеграм', 'телеграмм'],
  chat: ['live chat', 'online chat', 'онлайн чат', 'в чат'],
  phone: ['phone$', 'telephone$', 'hotline', 'по телефону', 'на телефон', 'горяч линию', 'горяч линии'],
  skype: ['skype', 'скайп'],
  googletalk: ['google talk', 'googletalk', 'gtalk', 'hangouts', 'google chat'],
  forum: ['forum', 'форум'],
  social: [
    'facebook', 'fb$', 'twitter', 'instagram', 'linkedin', 'social media', 'social network', 'vk com', 'вконтакте',
    'вк$', 'фейсбук', 'твиттер', 'инстаграм', 'соцсет', 'социальн сет', 'vk$', 'vkontakte', 'odnoklassniki', 'одноклассник',
    'tiktok', 'тикток', 'reddit', 'реддит', 'youtube comments', 'комментариях на ютуб|комментариях на youtube',
    // messengers other than the channels named apart
    'whatsapp|whats app|ватсап|вотсап|вацап|воцап|ватсапе|вотсапе|viber|вайбер|wechat|imessage',
  ],
};

/** Past-tense "we contacted you" verbs; a channel name near one of them is a contact through that channel. */
export const CONTACT_VERBS: readonly string[] = [
  'wrote', 'written', 'messaged', 'posted', 'asked', 'contacted', 'reached', 'sent', 'chatted', 'pinged',
  'reported', 'raised', 'published', 'complained', 'left a', 'tried', 'i called$', 'we called$', 'described', 'mentioned',
  'opened a thread', 'started a thread', 'commented', 'texted', 'dmed', 'dm d', 'tweeted', 'tagged',
  'dropped you|dropped a|shot you|hit you up|hit up your|a dm$|sent a dm', 'скинул|скинули|кинул|кинули|черкнул|черканул',
  // the same ask sent through another channel as well: "пишу вам также в WhatsApp", "duplicated it on Skype"
  'пишу вам|пишем вам|дублирую|продублировал|продублировала|продублировали', 'also writing|writing you|duplicated|also messaging',
  'писал', 'написал', 'обращал', 'спрашивал', 'связывал', 'отправлял', 'отправил', 'выложил', 'опубликовал',
  'оставил', 'оставлял', 'задавал', 'жаловал', 'пожаловал', 'звонил', 'позвонил', 'описывал', 'описал', 'рассказывал',
  'was writing|were writing|been writing', 'explained', 'объяснял', 'обсуждал', 'созванивал', 'созвонил', 'говорил', 'разговаривал', 'общался|общалась|общались', 'переписывался|переписывалась|переписывались', 'discussed', 'talked', 'spoke',
  // the vendor's person answering there: "ваш менеджер в скайпе посоветовал написать сюда"
  'посоветовал|посоветовала|посоветовали|advised me|advised us|told me|told us',
  'постил', 'запостил', 'создал|создала|создали|создавал|завел|завёл|заводил', 'выкладывал', 'создавал тему', 'создал тему', 'комментировал', 'прокомментировал', 'отписал', 'отметил',
];

/** A call is itself the channel: "I called your sales", "звонил в отдел продаж". */
const PHONE_CALLS: readonly string[] = [
  'called$ you', 'called$ your', 'called$ * sales', 'called$ * support', 'called$ * office', 'called$ * manager',
  'i called$', 'we called$', 'i * called$ * and', 'phoned', 'rang$ * sales', 'rang$ you', 'call$ * to * sales',
  'phoning * you|your|sales|support|office|manager', 'calling * sales|hotline|office|manager', 'tried to phone|tried phoning|tried calling you|tried to call you',
  'talked to * sales', 'spoke to * sales', 'spoke with * sales', 'on the phone$', 'over the phone$', 'by phone$',
  'звонил * вам', 'звонили * вам', 'звонил * в * отдел', 'звонил * продаж', 'звонил * поддержк', 'звонил * менеджер',
  'звонила', 'я звонил', 'мы звонили', 'позвонил * вам', 'позвонил * в', 'позвонили * вам', 'дозвонит', 'дозвонил',
  'звонок * в * отдел', 'звонок * продаж', 'по телефону * сказал', 'по телефону * обещал', 'говорил * с * продаж',
];

/** Verbs that name their channel themselves: a call is the phone, a tweet is social media. */
export const SELF_NAMING: Partial<Record<Channel, readonly string[]>> = {
  phone: PHONE_CALLS,
  social: ['tweeted at|tweeted to|tweeted you|tweeted your|sent you a tweet|dm d you|dmed you|твитнул|твитнули'],
};

/** The site or project is down or lost: recovery is needed. */
export const PROJECT_DOWN: readonly string[] = [
  'site * down$', 'portal * down$', 'project * down$', 'site * not open', 'site * doesn t open', 'site * does not open',
  'site * won t open', 'site * won t load', 'site * not loading', 'site * unavailable', 'site * crashed',
  'portal * not open', 'portal * doesn t open', 'portal * unavailable', 'portal * not loading', 'site * broken after',
  'site * stopped working', 'portal * stopped working', 'white screen', 'blank page', 'blank screen',
  'whole|entire * website|site|portal * down$|broken|not$|doesn t|does not|error|errors|fatal|500$|502$|503$|blank|white|only$|offline|unavailable|unreachable|inaccessible|gone|dead|stopped|crashed',
  'весь|всего * сайт|портал * лежит|не$|упал|недоступ|ошибк|белый|500$|502$|только', 'site|portal|project * works again|work again|working again|running again', 'failed halfway|failed in the middle|прервалось на середине|обновилось не до конца',
  'get * back working|back online|back up and running', 'need * back asap|back as soon', 'вернуть * сайт|портал * в$ работу|к жизни',
  'white page', 'completely down|totally down|entirely down', 'down$ * after * update|upgrade', 'we need * project|site|portal * back',
  'белая страница', 'полностью * лежит|упал|недоступ', 'после * обновлени * сайт|портал * не$ работает|не$ открыва|лежит|упал',
  'lost * data', 'data * lost', 'data * deleted', 'deleted all|deleted everything', 'wiped', 'site|portal|project * hacked', 'hacked * site|portal',
  'сайт * не открыва', 'сайт * не работает', 'сайт * лежит', 'сайт * упал', 'сайт * недоступ', 'сайт * не загружа',
  'сайт|портал|магазин * лег$|слег|рухнул|накрылся|умер|помер|сдох',
  'сайт * перестал', 'портал * не открыва', 'портал * недоступ', 'портал * не работает', 'портал * перестал',
  'белый экран', 'пустая страниц', 'пропали * данные', 'потерял * данные', 'удалил * все$|всё$|весь$|всю$', 'удалились * все$|всё$',
  'взломали|взлом * сайт|портал', 'сайт|портал * взломали|взломан',
  // the database is gone from under the project, or the whole company stands still
  'ошибка подключения|ошибку подключения|не$ удается подключиться|не$ удаётся подключиться * к$ базе|к$ бд|к$ mysql|к$ серверу бд',
  'error establishing * database', 'database connection|db connection|mysql connection * error|failed|lost|refused',
  'can t|cannot|unable to * connect to * database|mysql|db$',
  'вся компания|весь офис|вся работа|все сотрудники * стоит|стоят|встала|встали|не$ может работать|не$ могут работать',
  'whole company|entire company|whole office|whole team|entire team|all our staff|all employees * can t|cannot|unable|is stuck|are stuck|stopped|standing still|blocked',
  // every page fails: the project is down whatever the words for it
  'every page|all pages|each page|any page * throws|shows|gives|returns|errors|error$|fatal|crashes|500$',
  'каждой странице|всех страницах|все страницы|любая страница|любой странице * ошибк|fatal|500$|белый|пада|выда|показыва',
  // part of the project lost: a partial recovery ("Part of the site is gone after the update")
  'part of * site|portal|project|store|shop|catalog|catalogue * is$|are$|went|has$ * gone|missing|lost|down$|broken|disappeared',
  'часть * сайта|портала|проекта|каталога|магазина * пропал|исчез|потерял|не$ открыва|лежит|сломал',
  'section|sections|catalog|catalogue|раздел|разделы|каталог * * gone|disappeared|vanished|пропал|пропали|исчез|исчезли',
  'deleted|removed|удалил|удалила|удалили * * section|catalog|catalogue|раздел|каталог',
];

/** A restore of the project: urgent unless it is a how-to or about a password. */
export const PROJECT_RESTORE: readonly string[] = [
  'restore * site', 'restore * portal', 'restore * project', 'restore * from * backup', 'restore * backup',
  'restore * database', 'recover * site', 'recover * portal', 'recover * project', 'recover * data',
  'recovery * site', 'recovery * portal', 'recovery * project', 'roll back', 'rollback', 'recover * from * backup|backups',
  'восстанов * сайт', 'восстанов * портал', 'восстанов * проект', 'восстанов * из * бэкап', 'восстанов * из * резервн',
  'восстанов * копи', 'восстанов * работ', 'восстанов * данн', 'восстанов * баз', 'откат',
  'восстановите * как можно скорее|срочно|поскорее|побыстрее|как можно быстрее|asap',
  'restore|recover * asap|urgently|immediately|as soon as possible|right away',
  'restore$|recover$ * it$|them$|everything|what was lost', 'restore|recover * catalog|catalogue|section|products', 'восстанов * каталог|раздел|товар', 'верните|восстановите * всё|все$|как было',
  'restored|recovered|rolled back * from$ a$ backup|from$ the$ backup|from$ backup', 'восстановил * из$ бэкапа|из$ резервной', 'bring * back$', 'вернуть * каталог|раздел|сайт|магазин * обратно',
];

/** Restores that are not urgent: password recovery and backup how-tos. */
export const RESTORE_UNLESS: readonly string[] = [
  'password', 'парол', 'how do', 'how to', 'how can', 'how does', 'is it possible', 'можно ли', 'каким образом',
  // one deleted item back from the recycle bin, and who may do it: "who is allowed to restore from it?"
  'who can|who is allowed|who may|who has the right', 'кто может|кто вправе|у кого есть право|у кого есть права', 'recycle bin|trash bin|корзин',
  // "как восстановить…?", not "восстановите как можно скорее"
  'как$ восстанов|как$ вернуть|как$ откат|как$ мне|как$ нам|как$ правильно|как$ сделать|как$ сохранить|как$ создать|как$ настроить',
];

/** A fall supposed, not told: "if the site went down…, would you…", "what if", "на случай, если портал упадёт". */
export const HYPOTHETICAL: readonly string[] = [
  'if$ * * went|goes|go$|were|crashes|crashed|breaks|broke|fails|failed|dies|died * down$|offline|wrong|after', 'what if', 'in case', 'just in case', 'suppose|supposing|hypothetically',
  'если * * упадет|упадёт|ляжет|сломается|перестанет|откажет|пропадет|пропадёт|слетит', 'на$ случай', 'в$ случае * * * ли$|будете|поможете|восстановите', 'допустим|предположим|гипотетически',
];

/** The customer refers to documentation (a link is looked for separately). */
export const DOC_MENTIONS: readonly string[] = [
  'followed * documentation', 'according to * documentation|docs$|manual$|help article|guide', 'in * documentation',
  'documentation * says|describes|described', 'the docs$', 'help article', 'knowledge base', 'in * manual$',
  'followed * guide|instructions|manual$', 'helpdesk article', 'help center', 'help centre',
  'по документац', 'в документац', 'согласно * документац|инструкц', 'по инструкц', 'в справке', 'в базе знаний',
  'в мануале', 'статье|статья|статью * документац|помощи|справк|базы знаний|хелпдеск|helpdesk|поддержк',
  'прочитал|прочитала|прочитали|читал|изучил|изучили * документаци|инструкци|мануал|справк', 'как там написано|как написано в',
  'read * documentation|docs$|manual$|guide', 'as the docs|as the documentation|as described in',
];

/** The customer says there is more than one issue. */
export const SEVERAL_ISSUES: readonly string[] = [
  'two problems', 'two issues', 'two questions', 'three problems', 'three issues', 'three questions',
  'few problems', 'few issues', 'few questions', 'several problems', 'several issues', 'several questions',
  'multiple issues', 'multiple problems', 'couple of problems', 'couple of issues', 'couple of questions',
  'another problem', 'another issue', 'another question', 'second problem', 'second issue', 'second question', 'second thing|second point|second matter',
  'one more problem', 'one more issue', 'one more question', 'unrelated', 'separate issue', 'separate question',
  'also * how do', 'also * how can', 'also * question', 'two things', 'few things', 'several things',
  'couple of things', 'and separately', 'another thing', 'one more thing', 'also$ * why|how|can you|is there',
  'plus$ * why|how|can you|is there', 'separately * * doesn t|does not|isn t|not$|stopped|fails|broken|error|why|how',
  'две проблемы', 'проблемы две', 'проблем две|проблем три|вопросов два|вопросов три|задач две', 'два вопроса', 'вопроса два', 'три вопроса', 'три проблемы', 'проблемы три',
  'несколько проблем', 'несколько вопросов', 'пара вопросов', 'пару вопросов', 'еще одна проблема', 'еще вопрос',
  'еще один вопрос', 'второй вопрос', 'вторая проблема', 'второй момент|другой вопрос', 'другая проблема', 'отдельный вопрос', 'не связан',
  'также * вопрос', 'пока писал|пока писала|вспомнил|вспомнила|вспомнили', 'у нас еще|у нас ещё * перестал|не$ работает|не$ приход|сломал|проблем|ошибк', 'и еще * вопрос', 'два момента', 'две вещи', 'и отдельно', 'еще момент', 'еще один момент',
  'и еще|а еще|также|заодно|кстати * почему|как$|где$|подскажите|не$ работает|не$ приход|вопрос',
  // "…записи пустые, а ещё почтовый ящик на яндексе отвалился"
  'а еще * * отвалил|отвалился|перестал|сломал|пропал|ошибк|не$ работает|не$ приход|не$ отправля|не$ загружа|не$ синхрон',
  'another request|one more request|second request|additional request|separate request|separate task|two requests|two tasks|do both|both things|both of these',
  'еще просьба|еще одна просьба|и еще просьба|вторая просьба|отдельная просьба|отдельная задача|две задачи|две просьбы|два дела|обе задачи|оба вопроса|и то и другое',
  'quick questions|some questions|a few questions|couple questions|few quick questions|есть вопросы|есть пара вопросов|вопросов несколько|вопросики',
  // "накопилось несколько вопросов", "a few questions have piled up"; not "накопилось 50 заявок" (one fault)
  'накопилось|накопились|накопилась * вопрос|вопросов|вопросы|проблем|проблемы|моментов|задач|задачи|всякого|разного',
  'questions|issues|problems|things * have piled up|piled up|have accumulated|accumulated',
  'while you re at it|while i m at it|while i am at it', 'by the way|btw * why|how|where|can you|is there|question', 'also$ * separately', 'и заодно|а заодно|and also * can you|could you|please|сделать|сделайте|настроить|перенести', 'another$ * question|problem|issue|bug',
];

/**
 * Words that open a sentence adding something new ("Also the designer won't save", "Кроме того, не приходят письма");
 * such a sentence that reports a problem of its own, after an earlier one, is a second issue.
 */
export const ADDING_OPENERS: readonly string[] = [
  'also$', 'additionally', 'in addition', 'besides$', 'apart from that', 'aside from that', 'on top of that', 'plus$',
  'separately', 'another thing', 'and another thing', 'one more thing', 'unrelated',
  'также', 'кроме того', 'кроме этого', 'помимо этого', 'помимо того', 'еще$', 'и еще', 'а еще', 'плюс$', 'заодно',
  'отдельно', 'к тому же', 'вдобавок', 'и вот еще', 'параллельно', 'второе$|во вторых|secondly|second of all',
];

/** An aside ("Oh and by the way, …", "Кстати, …"): what it reports comes on top of what the ticket is about. */
export const ASIDE_OPENERS: readonly string[] = [
  'by the way', 'btw', 'oh and', 'and oh', 'oh also', 'while you re here|while you are here|while you re at it|while you are at it',
  'also$ while you re|also$ while you are', 'пока вы здесь|пока вы тут|пользуясь случаем|и пока пишу|пока пишу|раз уж пишу', 'кстати', 'и кстати', 'а кстати', 'да кстати', 'ах да', 'да и еще',
];

/** A contradiction that tells a problem without a fault word ("says 100% used although we deleted 20 GB"). */
export const CONTRADICTION: readonly string[] = [
  'although', 'even though', 'even if', 'despite', 'in spite of', 'хотя$', 'несмотря на', 'при том что', 'притом что',
];

/** Words by which an added sentence tells more of the same problem ("Also the same error in Firefox"). */
export const SAME_ISSUE: readonly string[] = [
  'same$', 'too$', 'as well', 'either$', 'this error', 'this problem', 'this issue', 'that error', 'the error', 'it$ also',
  'тоже', 'то же', 'так же', 'такая же', 'такой же', 'такое же', 'та же', 'аналогичн', 'эта ошибка', 'эта проблема',
  'этой ошибк', 'ошибка та',
];

/** "…could you check this too?": "too" of a further ask, not of the same problem. */
export const FURTHER_ASK: readonly string[] = [
  'check|look at|look into|fix|see|have a look at * this|that|it$ * too$|as well', 'посмотрите|проверьте|гляньте|почините * тоже|и это|заодно',
];

/** A list item that starts with one of these is a reproduction step, not a separate issue. */
export const STEP_VERBS: readonly string[] = [
  'open', 'go', 'click', 'press', 'select', 'choose', 'enter', 'type', 'fill', 'navigate', 'log in', 'login', 'sign in',
  'add', 'create', 'set', 'save', 'submit', 'switch', 'upload', 'then', 'after', 'next', 'finally', 'first',
  'откр', 'перейд', 'переход', 'нажм', 'нажим', 'выбер', 'выбира', 'ввод', 'введ', 'заход', 'зайд', 'созда',
  'добав', 'укаж', 'указыва', 'сохран', 'загруз', 'затем', 'потом', 'после', 'далее', 'сначала',
];

/** Words of a caps-lock shout (an error message in capitals has few of them). */
export const SHOUT_WORDS: ReadonlySet<string> = new Set([
  'why', 'when', 'where', 'what', 'you', 'your', 'is', 'are', 'not', 'no', 'now', 'this', 'it', 'we', 'i', 'me', 'my',
  'our', 'do', 'does', 'fix', 'answer', 'hello', 'anyone', 'still', 'again', 'money', 'help', 'urgent', 'please',
  'почему', 'когда', 'где', 'вы', 'ваш', 'не', 'нет', 'сейчас', 'это', 'мы', 'я', 'нам', 'мне', 'срочно', 'ответьте',
  'деньги', 'опять', 'снова', 'сколько', 'можно', 'что', 'помогите',
]);

/** Words that demand an answer; with "!!!" they make the bursts of the fair-use rule. */
export const DEMANDS: readonly string[] = [
  'asap', 'answer', 'respond', 'reply', 'waiting', 'anyone', 'immediately', 'right now',
  'ответьте', 'ответ$', 'ждем', 'жду', 'сколько можно', 'срочно', 'немедленно', 'алло', 'ау$',
];

/** Aggressive words ("aggressive tone" of the fair-use rule). */
export const INSULTS: readonly string[] = [
  'wtf', 'scam', 'scammer', 'useless', 'idiot', 'incompetent', 'ridiculous', 'disgusting', 'pathetic', 'shame on',
  'worst support', 'terrible support', 'мошенни', 'развод', 'идиот', 'бездельн', 'безобраз', 'позор', 'отвратительн',
  'издевател', 'бардак', 'дебил', 'кидал',
];

/** Short messages that only chase an answer: "?", "hey", "ау", "алло". */
export const NUDGE_WORDS: ReadonlySet<string> = new Set([
  'hey', 'hello', 'helo', 'hi', 'anyone', 'anybody', 'there', 'up', 'answer', 'reply', 'respond', 'please', 'pls',
  'plz', 'guys', 'support', 'ау', 'алло', 'але', 'алё', 'эй', 'ну', 'ответьте', 'ответ', 'пожалуйста', 'плиз', 'кто',
  'нибудь', 'есть', 'тут', 'где', 'вы', 'и', 'and', 'so', 'well', 'ок', 'ok', 'still', 'waiting', 'жду', 'ждем',
]);
/** A nudge needs one of these (or a "?"/"!"): "hi" or "ok" alone is not chasing. */
export const NUDGE_CORE: ReadonlySet<string> = new Set(['hey', 'anyone', 'anybody', 'ау', 'алло', 'але', 'алё', 'эй', 'ну', 'ответьте']);
