import type { Severity } from '../../policy/schema';
import { phraseBook } from '../phrases';

/**
 * Words by which a customer tells how badly the product is hurt (see "Tier" in the analysis rules).
 * The gravest severity found wins, so `malfunction` words may also stand in stopped-product tickets.
 */
export const SEVERITY_PHRASES: Record<Severity, readonly string[]> = {
  stopped: [
    // the site or the admin panel is down
    'site * down$', 'site * is down$', 'website * down$', 'exchanger * down$', 'exchange * is down$', 'admin * down$',
    'site * not open', 'site * doesn t open', 'site * does not open', 'site * won t open', 'site * won t load',
    'site * not loading', 'site * doesn t load', 'site * unavailable', 'site * not available', 'site * offline',
    'admin * doesn t open', 'admin * does not open', 'admin * not open', 'admin * not loading', 'admin * unavailable',
    'admin * error 500$|500$ error', 'админк * ошибк * 500$', 'админк * 500$ ошибк',
    'every page|all pages * error|errors|500$|returns|blank', 'на$ всех страницах|на$ любой странице * ошибк|500$',
    'white screen', 'blank page', 'blank screen', '500 * all pages', 'error * all pages', 'error * every page', 'whole site',
    'entire site', 'site * stopped working', 'exchanger * stopped working', 'admin * stopped working',
    'nothing works', 'nothing is working', 'completely down', 'completely broken', 'stopped working completely',
    'whole exchange', 'entire exchange', 'exchange * completely',
    'сайт * не открыва', 'сайт * перестал * работать', 'сайт * не работает', 'сайт * лежит', 'сайт * упал', 'сайт * недоступ', 'сайт * не загружа',
    'админк * не открыва', 'админк * не работает', 'админк * недоступ', 'админк * не загружа', 'админ панел * не открыва',
    'обменник * не работает', 'обменник * лежит', 'обменник * упал', 'обменник * недоступ',
    'белый экран', 'пустая страниц', 'все страниц', 'весь сайт', 'ничего не работает', 'полностью * не работает',
    'полностью * встал', 'полностью останов', 'полностью лег',
    // no exchange can be created, all payouts stuck, operators locked out
    'can t create * exchange', 'cannot create * exchange', 'can t create * order', 'cannot create * order',
    'no one can create', 'nobody can create', 'no exchange * can be created', 'no orders * can be created',
    'clients can t * exchange', 'customers can t * exchange', 'users can t * exchange', 'clients cannot * exchange',
    'customers cannot * exchange', 'all payouts', 'all * payouts', 'payouts * all orders', 'all orders * stuck',
    'all * withdrawals', 'none of * orders', 'all * orders * stuck',
    'can t log in', 'cannot log in', 'can t login', 'cannot login', 'can t log into', 'unable to log in',
    'locked out', 'can t sign in', 'cannot sign in', 'can t access * admin', 'cannot access * admin',
    'не создают * заяв', 'не создает * заяв', 'не создаются * заяв', 'не создается * заяв',
    'не могут * создать * заяв', 'не может * создать * заяв', 'невозможно создать', 'нельзя создать * заяв',
    'по$ всем заявкам|по$ всем направлениям|на$ всех заявках', 'all orders|every order * stuck|not$|unpaid|pending',
    'все выплаты', 'все заявки * завис', 'все * выплаты', 'ни одна * заяв', 'ни одной * заяв', 'ни одна выплат',
    'все операторы', 'не можем войти', 'не могу войти', 'не могут войти', 'не получается войти', 'не пускает',
    'не можем * зайти', 'не могу * зайти', 'не могут * зайти', 'нет доступа * админ',
    'none of * can$ log|login|sign|access|create|make', 'no$ client|no$ clients|no$ customer|no$ customers|no$ user|no$ users|no$ one * can$ create|make|place',
    'operators|staff|admins|managers * can t|cannot|can not|unable * work',
    'all directions * stopped|broken|down|fail|disappeared|gone|not$', 'все направления * не$|пропали|исчезли|встали|остановил',
    'no directions', 'none of * directions', 'no direction * works|available', 'нет направлений', 'нет доступных направлений',
    'ни по одному направлению', 'ни в одном направлении', 'ни одно направление',
    'admin * not accessible|inaccessible|forbidden', 'all$ * admins|operators|administrators * can t|cannot|locked|lost|logged',
    'все$ * операторы|администраторы * не$ могут|потеряли|выкинуло', 'админк * недоступн|не доступн',
    'nobody|no one * can$ log|login|sign|access|create|make|submit|place|complete|exchange|use|open',
    'can t|cannot|unable to * submit|place|complete * exchange|order', 'заявки|обмены * не$ создаются|не$ создают|не$ проходят|не$ оформляются',
    'operators|admins|administrators|managers|staff * can t|cannot|can not|unable * log|login|sign|access|get into|get in|enter',
    'операторы|администраторы|менеджеры * не$ могут * войти|зайти|авторизо', 'никто не может * войти|зайти|создать|оформить|сделать|провести|отправить',
    'никто|ни один * не$ может|могут * войти|зайти|создать|оформить|авторизоваться|работать', 'работать не можем|не можем работать|работаем вслепую',
  ],
  malfunction: [
    'doesn t$|does not$|don t$|do not$|didn t$|did not$|won t$|will not$|isn t$|is not$|aren t$|are not$|wasn t$|can t$|cannot|can not$ * work|working|updat|send|sent|arriv|show|shown|display|load|open|save|saving|chang|calculat|receiv|creat|pay|process|appear|respond|import|export|sync|apply|count|match|correct|right|come|go$|get|log|login|access|connect|upload',
    'not work', 'not updat', 'not send', 'not arriv', 'not show', 'not display', 'not sav', 'not load', 'not chang',
    'not calculat', 'not receiv', 'no longer', 'stopped', 'stops', 'broken', 'broke$', 'wrong', 'incorrect', 'error',
    'fail', 'bug', 'empty', 'missing', 'instead of', 'delayed|with a delay|lags behind', 'disappear', 'stuck', 'hangs', 'freez', 'crash', 'shows 0', 'shows zero',
    'duplicat', 'twice', 'not correct', 'problem', 'issue$', 'glitch', 'exception', 'urgent',
    'не$ работа', 'не$ обновл', 'не$ приход', 'не$ отображ', 'не$ показыва', 'не$ отправля', 'не$ созда',
    'не$ открыва', 'не$ загружа', 'не$ сохраня', 'не$ счита', 'не$ выплач', 'не$ срабатыва', 'не$ меняет|не$ меняется|не$ меняются',
    'не$ провод', 'не$ прох', 'не$ подтягива', 'не$ получа', 'не$ отправ', 'не$ пересчит', 'не$ выгружа',
    'не$ грузит', 'не$ отвеча', 'не$ видн', 'не$ учитыва', 'не$ применя', 'не$ начисля', 'не$ доход',
    'не$ уход', 'не$ тян', 'беда', 'doesnt|dont|didnt|cant|isnt|wont * work|working|update|show|load|open|save',
    'reserve|резерв|balance|баланс|начислен|начисление|amount|сумма * 0$|0 00|zero|ноль|нулев', 'не$ подключа', 'не$ зачисля', 'не$ списыва', 'не$ активир', 'не$ запуска', 'не$ обрабатыва', 'не$ синхрониз',
    'перестал', 'перестает', 'перестаёт', 'ошибк', 'ошибоч', 'неправильн', 'неверн', 'некорректн',
    'пуст$|пустой|пустая|пустое|пустые|пусто$|пустую', 'баг', 'сломал', 'слетел', 'завис', 'пропал', 'пропадает',
    'исчез', 'дублирует|дублируют|задублир|дубли$|дублей', 'дважды', 'с задержкой|задерживает|задерживаются', 'вместо', 'проблем', 'сбой', 'глюч', 'криво', 'срочно',
    'shows|show|showing|lists * disabled|deleted|removed|hidden|inactive', 'still$ * show|shows|showing|visible|appear|appears',
    'показыва|отобража|видн * отключенн|удаленн|скрыт|неактивн', 'всё еще|все еще|по прежнему * показыва|отобража|видн|висит',
    'old value|old rate|old rates|old data', 'outdated', 'stale', 'старое значение|старый курс|старые курсы|старые данные', 'устарев',
  ],
  question: [
    'how do', 'how can', 'how to', 'how should', 'is there', 'are there', 'where can', 'where do', 'where is',
    'what is', 'what are', 'which', 'can i', 'can we', 'is it possible', 'do we need', 'do i need', 'should i',
    'should we', 'possible to', 'guide', 'instruction', 'explain how', 'question', 'where to', 'advise',
    'как$', 'каким образом', 'подскажите', 'где$', 'можно ли', 'нужно ли', 'надо ли', 'возможно ли', 'есть ли',
    'инструкц', 'вопрос', 'порядок',
  ],
};

/** The customer looks for a setting or a way ("can't find where…"): a question, whatever negation it holds. */
export const LOOKING_FOR: readonly string[] = [
  'can t|cannot|couldn t|could not * find|figure|understand|see how', 'don t know|do not know|not sure how|not sure where',
  'не могу|не можем|не получается|не получилось * найти|понять|разобраться|настроить', 'не нашел|не нашла|не нашли|не понимаю',
];

/** The fault is over ("everything is fine now"): it tells the story, not the damage. */
export const RESOLVED: readonly string[] = [
  'fine now', 'is fine now', 'works now', 'working again', 'back up', 'resolved itself', 'already fixed', 'was their network',
  'уже работает', 'снова работает', 'заработал', 'всё нормально|все нормально * теперь|сейчас', 'уже починил', 'восстановил сам',
];

/** A question that asks how to repair something reports the fault it names ("how do I fix the white screen?"). */
export const ASKS_FOR_FIX: readonly string[] = [
  'fix', 'repair', 'solve', 'resolve', 'restore', 'why$', 'what to do', 'what should i|we do',
  'исправ', 'почин', 'решить', 'устранить', 'восстанов', 'почему', 'что делать', 'в чем причина', 'в чём причина',
];

/** The damage is limited to a part ("other directions work"): a malfunction even where stopped words appear. */
export const LIMITED_DAMAGE: readonly string[] = [
  'filter|button|field|tab$|section|report|sorting|search|export * in$ * admin', 'фильтр|кнопк|поле|вкладк|раздел|отчет|сортировк|поиск|выгрузк * в$ админк',
  'other directions|other currencies|others * work|works|fine|ok$|okay', 'only * one|this * direction|currency|order',
  'one direction', 'остальные * работают|в порядке|нормально', 'только * одно|одном|этом * направлен|валют|заявк',
  'на направлении', 'в одном направлении', 'одно направление',
];

/** One compiled book of the severity words, keyed by severity, plus `limited` and `looking-for`. */
export const severityBook = () =>
  phraseBook(SEVERITY_PHRASES, () => [
    ...Object.entries(SEVERITY_PHRASES),
    ['limited', LIMITED_DAMAGE] as const,
    ['looking-for', LOOKING_FOR] as const,
    ['asks-for-fix', ASKS_FOR_FIX] as const,
    ['resolved', RESOLVED] as const,
  ]);
