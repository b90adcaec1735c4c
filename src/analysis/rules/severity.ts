import type { Severity } from '../../policy/schema';
import { phraseBook, wordAfter } from '../phrases';

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
    // "admin panel throws 500 right after login, cant get in at all", "заявка не создаётся ни у кого"
    'throws|returns|gives|отдает|отдаёт|выдает|выдаёт * 500$|502$|503$ * after login|on login|at login|при$ входе|после входа|после логина|после авторизации', 'cant|can t|cannot|can not * get in|log in|login|sign in * at all',
    'заявка|заявки|обмен|обмены * не$ создается|не$ создаётся|не$ создаются|не$ проходит|не$ проходят|не$ оформляется|не$ оформляются * ни$ у$ кого|ни$ у$ одного|ни$ у$ одной|ни$ одна|ни$ один',
    'клиенты|пользователи|посетители|покупатели * * не$ могут * обменять|оформить|создать|купить|оплатить|войти|зайти',
    // "not a single client can create an order", "Automatic payouts stopped completely … all merchants"
    'not$ a single|not one|no$ * client|clients|customer|customers|user|users * can$|could * create|place|make|submit|complete|exchange',
    'payout|payouts|withdrawal|withdrawals|выплаты|автовыплаты * stopped|остановились|встали * completely|entirely|полностью|совсем', 'all merchants|all payment systems|все мерчанты|всех мерчантах|по всем мерчантам',
    'every order|each order * * hangs|hang|stuck|frozen|pending', 'nothing * goes out|go out|gets out|gets paid|is paid * to$ anyone|to$ anybody|at all',
    'every page|all pages * error|errors|500$|returns|blank', 'на$ всех страницах|на$ любой странице * ошибк|500$',
    'not$|cannot|can t|unable * create|exchange|order * * any|every|all * direction|directions', 'unavailable|not available * * every|all|any * direction|directions',
    'every new exchange|every new order|each new order|each new exchange * error|fails|ends', 'nothing new can be created|nothing can be created',
    'can t|cannot|can not * do$ anything', 'ничего не могут|ничего не можем * сделать|оформить',
    '500$|502$|503$|504$ * * у$ всех|for all$|for every|for everyone', 'у$ всех операторов|for all operators|for every operator',
    'shows|returns|gives|throws|displays|see$|sees|get$|getting|отдает|отдают|показывает|показывают|выдает|выдают|видят|получают * 502$|503$|504$|bad gateway|gateway timeout|service unavailable',
    'главная|главную|главной * * не$ открыва|не$ грузит|не$ загружа|недоступ|лежит|не$ работает',
    // every payment method or currency failing, no order going through, exchanges standing still
    'error|errors|fails|failing|failed|ошибк * * for$|on$|with$|для$|по$|на$ * every|each|all$|any|всех|каждом|любом|любой * method|methods|payment|payments|payment system|payment systems|currency|currencies|order|orders|exchange|exchanges|способ|способа|способах|платежк|платежн|валют|заявк|обмен',
    'none of them|not one of them|ни одна из них|ни один из них * get|gets|got|is$|are$|was|were|gets|не$ * paid|processed|completed|through|оплачен|проходит|проведен',
    // "none of our payouts go out", "ни одна выплата не уходит"
    'none of our|none of the * payouts|orders|exchanges|payments|transactions * go$|goes|went|get|gets|are$|is$|come|arrive|work',
    'обмены|обменник|работа|все$ * встал|встали|встало|встала', 'new ones|new orders|new exchanges|новые заявки|новые обмены * aren t|are not|not$|не$ * saved|created|stored|сохраня|созда',
    'lost|потеряли|пропали * all$|все$ * orders|exchanges|data|заявки|обмены|данные',
    'running|works|working|работает * without$|без$ * operators|admins|staff|операторов|админов',
    'clients|customers|users|visitors|people|nobody|no one * can t|cannot|can not|unable|are unable|not able * use$|access|open * it$|site|exchanger|service|website', 'некому * обрабатывать|обработать',
    'no$ any|not$ any|none * exchange|exchanges|order|orders * possible|posible|works|working|go$ through', 'can t|cannot|can not|unable to|not able to * process|do$|handle|work on|pay$ out|pay$|payout * anything', 'not$ a single|not one|no$ * order|orders|exchange|exchanges * has gone|have gone|went * through',
    'white screen', 'blank page', 'blank screen', 'white page|blank white', 'белая страниц|белую страниц|белой страниц',
    'can t even|cannot even|can not even * log|login|sign|get in|open|access', 'dead in the water', 'site|exchanger|exchange|everything * is$ dead|dead$ since|dead$ for',
    'сайт|обменник|все|всё * умер|мертв', '500 * all pages', 'error * all pages', 'error * every page',
    'site * stopped working', 'exchanger * stopped working', 'admin * stopped working',
    'nothing works', 'nothing is working', 'completely down', 'completely broken', 'stopped working completely',
    'exchange * completely',
    'whole|entire * site|exchange|exchanger|website * down$|broken|not$|doesn t|does not|error|errors|500$|502$|503$|blank|white|offline|unavailable|unreachable|inaccessible|gone|dead|stopped|crashed',
    // "сайт", "сайта", never "на сайте" (a place on the site, where one thing fails)
    'сайт$|сайта$ * не открыва|лежит|упал|недоступ|не загружа', 'сайт$ * не работает', 'сайт$|сайта$ * перестал * работать',
    // "админка не открывается", not "документы в админке не открываются" (a place where one thing fails)
    'админка$|админку$|админки$ * не открыва', 'админка$ * не работает', 'админка$|админки$ * недоступ', 'админка$|админки$ * не загружа', 'админ панел * не открыва',
    'обменник * не работает', 'обменник * лежит', 'обменник * упал', 'обменник * недоступ',
    'белый экран', 'пустая страниц', 'все страниц', 'весь сайт * лежит|не$|упал|недоступ|ошибк|белый|500$|502$', 'ничего не работает', 'полностью * не работает',
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
    'none of * * can$ log|login|sign|access|create|make', 'no$ client|no$ clients|no$ customer|no$ customers|no$ user|no$ users|no$ one * can$ create|make|place',
    'operators|staff|admins|managers * can t|cannot|can not|unable * work',
    'all directions * stopped|broken|down|fail|disappeared|gone|not$', 'все направления * не$|пропали|исчезли|встали|остановил',
    'no directions', 'none of * directions', 'no direction * works|available', 'нет направлений', 'нет доступных направлений',
    'ни по одному направлению', 'ни в одном направлении', 'ни на одном направлении', 'ни одно направление',
    // the order button does nothing, on every direction
    'does nothing|do nothing|did nothing|nothing happens|no reaction|не$ реагирует|не$ нажимается|ничего не происходит * on$|for$|in$ * every|all$|any * direction|directions|pair|pairs',
    'на$ всех|во$ всех|по$ всем|на$ любом|на$ любых * направлени|парах * не$ реагирует|не$ нажимается|ничего не происходит',
    'admin * not accessible|inaccessible|forbidden', 'all$ * admins|operators|administrators * can t|cannot|locked|lost|logged',
    'все$ * операторы|администраторы * не$ могут|потеряли|выкинуло', 'админк * недоступн|не доступн',
    'nobody|no one * can$ log|login|sign|access|create|make|submit|place|complete|exchange|use|open|process|handle|pay$',
    'can t|cannot|unable to * submit|place|complete * exchange|order', 'заявки|обмены * не$ создаются|не$ создают|не$ проходят|не$ оформляются',
    'operators|admins|administrators|managers|staff * can t|cannot|can not|unable * log|login|sign|access|get into|get in|enter',
    'операторы|администраторы|менеджеры * не$ могут * войти|зайти|авторизо', 'никто не может * войти|зайти|создать|оформить|сделать|провести|отправить',
    'никто|ни один * не$ может|могут * войти|зайти|попасть|создать|оформить|авторизоваться|работать', 'работать не можем|не можем работать|работаем вслепую',
    // the same, worded without "down": nobody / none of the staff can get in or work, said either way round
    'nobody|no one|noone|none of * has been able|have been able|was able * to$ * place|create|make|submit|complete|log|login|access|pay|exchange|open',
    'not$ a single|not one|no$ * order|orders|payout|payouts * has been|have been|was|were * paid|processed|completed|sent',
    'nobody|no one|noone|none of * can$|could|is able|are able * get into|get in|enter|reach|work|log|login|sign|access|open|use',
    'no client|no clients|no customer|no customers|no user|no users|not a single client|not one client * is able|are able|can$|could * to$ * create|place|make|submit|complete|exchange|pay',
    'none of * operators|admins|staff|managers|employees|accounts * can$|could|work|get|is able|are able',
    'operators|staff|admins|managers|employees * can t|cannot|can not|unable|are unable|not able * reach|open|use * admin|panel|dashboard',
    'can t|cannot|can not|unable to|no way to * get into|get in|enter|reach * admin|panel|dashboard|backend',
    'for nobody|for no one|for none of|for any of|for all$|for every * operator|operators|staff|admins|managers|accounts|employees',
    'all$|every|each * account|accounts * locked|blocked|disabled|suspended',
    'работать|войти|зайти|попасть|авторизоваться * никто|ни один * не$ может|не$ могут|не$ в$ состоянии',
    'ни у кого|ни у одного * не$ проходит|не$ работает|не$ получается|не$ открывается|не$ пускает|не$ заходит|не$ входит',
    'не$ попасть|не$ зайти|не$ войти|нельзя войти|нельзя зайти|невозможно войти|невозможно зайти|не$ пускает * в$ админ|в$ панель|в$ админку',
    'в$ админку|в$ админ панель|в$ панель управления * не$ попасть|не$ зайти|не$ войти|не$ пускает|никто',
    'админк|админ панел|панель управления * лежит|упала|упал|умерла|недоступ|перестал|не$ грузит|не$ пускает',
    // the site, the exchanger or the admin said after the verb ("Не работает сайт вообще")
    ...wordAfter(['не$ работает', 'не$ открывается', 'не$ грузится', 'лежит', 'упал', 'упала', 'недоступен', 'недоступна'], ['сайт$', 'обменник$', 'админка$']),
    'ни главная|ни сайт|ни админка|ни клиентская|neither the site|neither the main|neither the admin|neither the front * ни$|nor$',
    'the site and|both the site|site and|front and|frontend and * admin|backend * down$|not$|unavailable|error|errors|502$|503$|504$',
    // no order can be made or taken at all
    'can t|cannot|can not|unable to|not able to|couldn t * accept|create|make|place|submit|complete|process|take * any|single * order|orders|exchange|exchanges|request|requests|application|applications',
    'clients|customers|users|visitors|people * can t|cannot|can not|unable|are unable|not able * make|create|place|submit|complete|proceed * order|orders|exchange|exchanges|request|requests|application|applications|any$',
    'not$ a single|not one|zero|no$ new * order|orders|exchange|exchanges|request|requests * since|today|all day|this morning|overnight|created|came|come|coming|went|go$ through|for hours',
    'no$ new orders|zero new orders|0 new orders|zero orders|0 orders today',
    'не$ можем|не$ могут|нельзя|невозможно|не$ получается * принять|принимать|обработать|обрабатывать|оформить|сделать|провести|создать|создавать * заявки$|заявок$|обмены$|обменов$|ни одной|ни одного|ни один|ни одну',
    'заявки$|обмены$|заказы$ * обработать|принять|принимать|провести|оформить|создать * не$ можем|не$ могут|невозможно|нельзя|никто',
    'не$ могут|не$ может|не$ получается|невозможно|нельзя * оформить|сделать|провести|отправить|создать|создавать * заявк|обмен|заказ',
    'новых заявок * нет$|ноль|0$|не$ было|не$ поступает|не$ поступало', 'ноль|0$ * новых заявок|заявок$ за', 'ни одной новой|ни одного нового|ни одного обмена',
    'ни один обмен|ни один платеж|ни одна оплата|ни одна транзакция',
    'все заявки|все обмены|все выплаты * висят|стоят|застряли|зависли|не$ проходят', 'all of them|every one of them|все они|все до одной * hang|hangs|stuck|pending|висят|застряли|зависли',
    'nothing * gets|is$|get$ * processed|paid|paid out|through', 'ничего не$ * проходит|обрабатывается|выплачивается', 'all$ orders|all$ exchanges|all$ payouts * hang|hanging|stuck|frozen|pending',
    'every|each|all$|any * direction|directions|pair|pairs * unavailable|disabled|closed|not$ available|inactive',
    'каждое|любое|все$|во$ всех|на$ всех|по$ всем * направлени|парам|пары * недоступ|отключ|закрыт|не$ доступн|не$ активн',
    // payouts stopped for every order and currency
    'payout|payouts|withdrawal|withdrawals * all$ currencies|all$ coins|all$ orders|all$ directions|all$ payment|every currency|every order|every direction|each currency',
    'выплат|выплаты|автовыплат * по$ всем|по$ всем валютам|по$ всем заявкам|во$ всех валютах|все$ валюты|ни по одной|ни по одному|ни одной|вообще',
    'since|from|с$ * no$|ни одной|ни одна|ни одного * payout|payouts|withdrawal|withdrawals|выплат|автовыплат',
    'no$ * payout|payouts|withdrawal|withdrawals * since|at all|for hours|overnight|all day|anymore',
    'not$ a single|not one|none of the * payout|payouts|withdrawal|withdrawals',
  ],
  malfunction: [
    // a message the site shows: «Направление временно недоступно»
    'пишет|выдает|выдаёт|показывает|shows|says|displays * * * недоступн|unavailable|not available',
    // the site contradicting the settings: "the form shows 0.0001 BTC, while in Admin -> Directions the minimum is 50"
    'while in$ admin|while in$ the admin|whereas in$ the admin|although in$ the admin',
    // orders that never leave a status: "stay in 'Awaiting payout'", "остаются в статусе «Ожидает выплаты»"
    'stay|stays|remain|remains * in$ * awaiting|pending|processing|status', 'остаются|остается|остаётся|висят|висит|зависают * в$ * статус|ожидани|обработк',
    'а в$ админке|хотя в$ админке|но в$ админке|при этом в$ админке|а в$ настройках|хотя в$ настройках',
    'doesn t$|does not$|don t$|do not$|didn t$|did not$|won t$|will not$|isn t$|is not$|aren t$|are not$|wasn t$|can t$|cannot|can not$ * work|working|updat|send|sent|arriv|show|shown|display|load|open|save|saving|chang|calculat|receiv|creat|pay|process|appear|respond|import|export|sync|apply|count|match|correct|right|come|go$|going out|going through|get|log|login|access|connect|upload|decreas|increas|reduc|subtract|refresh|reflect|sort|filter|search|print|download|start|run$|trigger',
    'not work', 'not updat', 'not send', 'not arriv', 'not show', 'not display', 'not sav', 'not load', 'not chang',
    'not calculat', 'not receiv', 'no longer', 'stopped', 'stops', 'broken', 'broke$', 'wrong', 'incorrect', 'error', 'frozen|froze$',
    'fail', 'bug', 'empty', 'missing', 'instead of', 'delayed|with a delay|lags behind', 'disappear', 'stuck', 'hangs', 'freez', 'crash', 'shows 0', 'shows zero',
    'duplicat', 'twice', 'not correct', 'problem', 'issue$', 'glitch', 'exception',
    // a part left out of what arrives: "emails come without the amount", "письма приходят без суммы"
    'come|comes|arrive|arrives|go$|goes|show|shows|appear|appears * without', 'приходят|приходит|уходят|уходит|отображаются|отображается|показываются|показывается * без$', 'and then nothing|а дальше пусто|и дальше ничего',
    'не$ работа', 'не$ обновл', 'не$ приход', 'не$ отображ', 'не$ показыва', 'не$ отправля', 'не$ созда',
    'не$ открыва', 'не$ загружа', 'не$ сохраня', 'не$ счита', 'не$ выплач', 'не$ срабатыва', 'не$ меняет|не$ меняется|не$ меняются',
    'не$ провод', 'не$ прох', 'не$ подтягива', 'не$ получа', 'не$ отправ', 'не$ пересчит', 'не$ выгружа',
    'не$ грузит|не$ грузя', 'не$ старту', 'не$ отвеча', 'не$ видн', 'не$ учитыва', 'не$ применя', 'не$ начисля', 'не$ доход',
    'не$ уход', 'не$ тян', 'не$ понима', 'не$ вывод', 'беда', 'давности', 'как$ выбрано|как$ указано|как$ настроено * в$ настройках|в$ админке',
    'нет$ в$ списке|нет$ на$ сайте|нет$ на$ главной|не$ появляется|не$ появилось|не$ появился', 'not$ in$ the list|missing from the list|not$ on$ the site|doesn t appear|does not appear', 'не$ совпада', 'не$ прикрепл', 'не$ прикрепит', 'не$ добавляе|не$ добавляю', 'не$ удаляе|не$ удаляю', 'не$ редактируе|не$ редактирую',
    'не$ уменьша|не$ увеличива|не$ сортир|не$ фильтр|не$ скачива|не$ запуска', 'не$ импортир', 'не$ экспортир', 'не$ печата', 'не$ формир', 'не$ генерир', 'не$ переда', 'не$ заполня', 'не$ распозна', 'doesnt|dont|didnt|cant|isnt|wont * work|working|update|show|load|open|save',
    'reserve|резерв|balance|баланс|начислен|начисление|amount|сумма|rate|курс * * 0$|0 00|zero|ноль|нулев', 'не$ подключа', 'не$ зачисля', 'не$ списыва', 'не$ активир', 'не$ запуска', 'не$ обрабатыва', 'не$ синхрониз',
    'перестал', 'перестает', 'перестаёт', 'ошибк', 'ошибоч', 'неправильн', 'неверн', 'некорректн',
    'пуст$|пустой|пустая|пустое|пустые|пусто$|пустую', 'баг', 'сломал', 'слетел', 'завис', 'пропал', 'пропадает',
    'исчез', 'висит|висят|повисл * статус|уже|часов|этапе', 'дублирует|дублируют|задублир|дубли$|дублей', 'дважды', 'с задержкой|задерживает|задерживаются', 'вместо', 'проблем', 'сбой', 'глюч', 'криво',
    'shows|show|showing|lists * disabled|deleted|removed|hidden|inactive', 'still$ * show|shows|showing|visible|appear|appears',
    'показыва|отобража|видн * отключенн|удаленн|скрыт|неактивн', 'всё еще|все еще|по прежнему * показыва|отобража|видн|висит',
    'returns|shows|finds|gives|displays * nothing|no results', 'nothing is found|nothing found|no results found', 'ничего не$ находит|ничего не$ показывает|ничего не$ выдает|ничего не$ найдено|не$ находит',
    'old value|old rate|old rates|old data', 'outdated', 'stale', 'старое значение|старый курс|старые курсы|старые данные', 'устарев',
    // more things that fail to happen, and the headings of a bug report
    'doesn t$|does not$|don t$|do not$|didn t$|did not$|won t$|isn t$|is not$|aren t$|are not$|wasn t$|weren t$|were not$ * copy|copied|detect|recogni|confirm|credit|accept|redirect|react|trigger|execut|render|generat|charg|deduct|notif|verif|validat|complet|finish|reach',
    'anymore$|any more$', 'not$ * any longer', 'supposed to * but|instead|follow|show|be$',
    'how to reproduce|steps to reproduce|to reproduce|reproduction steps|expected result|expected behaviour|expected behavior|actual result|actual behaviour|actual behavior',
    'как воспроизвести|шаги воспроизведения|шаги для воспроизведения|для воспроизведения|как повторить|ожидаемое поведение|ожидаемый результат|фактический результат|фактическое поведение',
    'не$ копиру|не$ распозна|не$ определя|не$ выполня|не$ реагир|не$ подтвержд|не$ переход|не$ доходит|не$ уходит|не$ уходят|не$ списал|не$ зачисл|не$ проход|не$ принима',
    // an order or an amount unlike the one set: "reviews in random order", "наценка в 2 раза больше, чем задано"
    'random order|wrong order|в$ случайном порядке|вразнобой|перемешива', 'удваива|удвоен|в$ 2 раза|в$ два раза|doubled|double$ the',
    'больше|меньше|выше|ниже * чем$ задано|чем$ указано|чем$ стоит|чем$ выставлено|чем$ в$ настройках', 'more|less|higher|lower * than$ set|than$ configured|than$ in$ the settings|than$ in$ settings',
    // slowness and failed installs
    'тормоз|тупит|подвисает|подвиса|медленно|очень долго|долго грузит|долго открыва', 'slow$|slowly|sluggish|laggy|takes forever|takes ages|spins forever|keeps spinning',
    'не$ устанавлива|не$ ставится|не$ ставятся|не$ накатыва|не$ обновляется|не$ обновляются', 'won t$|doesn t$|does not$|can t$|cannot * install|update|upgrade',
    'округля|отличается от|расходится|расхождени', 'без учета|ignores$|ignoring|is ignored|are ignored', 'хотя|а$ * в$ настройках|в$ админке * стоит|указан|указано|выставлен|включен|включено', 'although * settings|admin * set$|says|shows|is$',
  ],
  question: [
    'how do', 'how can', 'how to', 'how should', 'how i can|how we can|how i could|how we could|how i should|how we should|how i must|how we must', 'is there', 'are there', 'where can', 'where do', 'where is',
    'what is', 'what are', 'which', 'can i', 'can we', 'is it possible', 'do we need', 'do i need', 'should i',
    'should we', 'possible to', 'explain how', 'question', 'where to', 'advise',
    'does|do * * support|allow|offer|include|handle|let$', 'поддерживает ли|позволяет ли|умеет ли|поддерживают ли',
    // asking for a guide, not following one ("updated by your instructions")
    'need|any|is there|send|share|where * guide|instruction|instructions|manual', 'guide|instruction|instructions * on how|for how',
    'как$', 'каким образом', 'подскажите', 'где$', 'можно ли', 'нужно ли', 'надо ли', 'возможно ли', 'есть ли',
    'нужна|нужен|есть ли|дайте|пришлите|скиньте|где * инструкц|мануал|гайд', 'инструкц * по$|для$|как$', 'вопрос', 'порядок',
  ],
};

/** The customer looks for a setting or a way ("can't find where…"): a question, whatever negation it holds. */
export const LOOKING_FOR: readonly string[] = [
  // a wish for something new: "Хотим подключить новый мерчант, её нет в списке" tells what is missing, not a fault
  'хотим|хотели бы|want to|would like to|we d like to * подключить|добавить|add$|connect$|integrate$ * новый|новую|новое|новые|new$',
  'can t|cannot|couldn t|could not * find|figure|understand|see how', 'don t know|do not know|not sure how|not sure where',
  'не могу|не можем|не получается|не получилось * найти|понять|разобраться|настроить', 'не нашел|не нашла|не нашли|не понимаю',
  'не понял|не поняла|не поняли|не разобрался|не разобралась|не разобрались',
  // a setting not seen where it was looked for: "такого переключателя в админке не вижу"
  'не$ вижу|не$ видим|не$ нахожу|не$ находим * такого|такой|такую|такие|где$|настройк|переключател|опци|галочк',
  'такого|такой|такую|таких|нужной|нужного|нужную * * не$ вижу|не$ видим|не$ нахожу|не$ находим',
  'don t|do not|can t|cannot * see|find * option|setting|switch|toggle|checkbox|such$',
  // whether a behaviour is expected under some setting: "…это нормально, если парсер отключён?"
  'это нормально|так и должно быть|is it normal|is this normal|is that normal|is this expected|is it expected|is that expected * если|когда|при$|if$|when$',
];

/**
 * Question words that ask nothing of the product: a bug report's headings ("How to reproduce:"), a polite follow-up
 * ("any news on this?", "есть ли новости?"). Questions in such sentences do not make the ticket a how-to.
 */
export const NOT_A_QUESTION: readonly string[] = [
  'how to reproduce|how to repeat|how to replicate|steps to reproduce|how it happens|how it happened|how to see it|how you can see it|how to check it',
  'как воспроизвести|как повторить|как это происходит|как это получилось|как проявляется|как воспроизводится|как выглядит|как она выглядит|как он выглядит|как это выглядит',
  'how it looks|how it happens|not sure how urgent|не знаю насколько срочно',
  // "как" that compares or gives a reason ("Ожидаю 98 USDT, как считает калькулятор", "так как сайт лежит")
  'как в$|как у$|как на$ * других|остальных|прошлой|предыдущей|старой|старом', 'так как|так же как|также как|как и$|как раньше|как обычно|как положено|как было|как всегда|как считает|как показывает|как написано|как указано|как в$ документации|как в$ инструкции',
  // the expected value compared with the admin ("Должно быть 5000, как в админке"), no question of how
  'должно|должна|должен|должны|should * * как$ в$ админке|как$ в$ настройках|как$ в$ панели|как$ выставлено|как$ задано|as$ in$ the$ admin|as$ set$|as$ configured',
  'any news|any update|any updates|any progress|any news on|news on this|update on this|updates on this|status on this|heard back',
  'when * be fixed|be resolved|fix it|fix this|hear back|get an answer|get a reply|you reply|you answer|you respond',
  'есть ли новости|есть новости|какие новости|какие-то новости|есть ли какие новости|есть подвижки|есть ли подвижки|что по моему|что с моим|по моему вопросу|по моему обращению|по моей заявке|по тикету',
  'когда * исправите|почините|ответите|ответят|будет ответ|решите|будет исправлено',
  'where is support|where is the support|where are you|anyone there|is anyone there|anybody there|где поддержка|где вы|есть кто|есть кто нибудь|ау$',
  'удалось * посмотреть|проверить|разобраться|глянуть|воспроизвести', 'did you|have you|were you able to|did anyone * manage|had a chance|get a chance|look at it|look into it|check it',
  // a client's complaint quoted by the operator ("Клиент пишет: где мои деньги?")
  'where is my|where are my * money|funds|coins|payout|payment|exchange', 'где мои|где мой|где моя * деньги|средства|монеты|выплата|обмен|оплата', 'где деньги',
];

/** The fault is over ("everything is fine now"): it tells the story, not the damage. */
export const RESOLVED: readonly string[] = [
  'fine now', 'is fine now', 'works now', 'working again', 'back up', 'everything works|all works|all good now|everything is fine now', 'resolved itself', 'already fixed', 'was their network',
  'уже работает', 'снова работает', 'заработал', 'всё нормально|все нормально * теперь|сейчас', 'уже починил', 'восстановил сам',
  'уже * * поправил|поправили|починили|исправил|исправили',
  // the customer takes the repair on: "Правки откатим сами, чинить их не нужно"
  'чинить|исправлять * * не нужно|не надо', 'no need to fix|nothing to fix|don t need to fix|do not need to fix',
];

/** A question that asks how to repair something reports the fault it names ("how do I fix the white screen?"). */
export const ASKS_FOR_FIX: readonly string[] = [
  'fix$|fixing', 'repair', 'solve', 'resolve', 'restore', 'why$', 'what to do', 'what should i|we do',
  'исправ', 'почин', 'решить', 'устранить', 'восстанов', 'почему', 'что делать', 'в чем причина', 'в чём причина',
];

/** The damage is limited to a part ("other directions work"): a malfunction even where stopped words appear. */
export const LIMITED_DAMAGE: readonly string[] = [
  'filter|button|field|tab$|section|report|sorting|search|export * in$ * admin', 'фильтр|кнопк|поле|вкладк|раздел|отчет|сортировк|поиск|выгрузк * в$ админк',
  'only * one|this * direction|currency|order',
  'one direction', 'still work|still works|still working|still go through',
  // payouts done by hand, or one merchant's route: "All payouts via the Tether merchant are stuck; manual payouts work"
  'manual|manually * payout|payouts|paid * work$|works|fine|ok$|go through|goes through', 'вручную|ручные|ручная * выплат|выплачиваем|выплачиваются * работают|нормально|проходят|получается|без проблем', 'via|through|через * one|the$|this|этот|один * merchant|мерчант', 'остальные|другие * работают|работает|в порядке|нормально|норм$|ок$|в норме|без проблем|проходят|обновляются|приходят|создаются',
  'по-прежнему|всё еще|все еще|до сих пор * работают|работает|проходят|создаются',
  // one page of the admin or of the user's account ("the Directions page in the admin", "страница верификации в личном кабинете")
  'page in$ the$ * admin|account|cabinet|dashboard', 'страниц * в$ * админк|кабинет',
  'other admin pages|other pages|остальные страницы|другие страницы|остальные разделы', 'в$ админк * * фильтр|кнопк|поле|вкладк|раздел|отчет|сортировк|поиск|выгрузк',
  'in$ the admin * * filter|button|field|tab$|section|report|sorting|search|export', 'только * одно|одном|этом * направлен|валют|заявк',
  'на направлении', 'в одном направлении', 'одно направление',
  // the same on another device or browser works
  'на$ android|на$ андроид|на$ ios|на$ iphone|на$ айфоне|в$ chrome|в$ хроме|в$ safari|в$ firefox|на$ компьютере|на$ десктопе|на$ пк * работает|работают|нормально|все ок',
  'works|fine|ok$ * on$|in$ * android|ios|iphone|chrome|safari|firefox|desktop|edge',
];

/**
 * Whatever else is named as working ("all other merchants confirm fine", "остальные направления отрабатывают
 * нормально"): the damage stops where it says, even beside "for every order" of the failing part.
 */
export const OTHERS_WORK: readonly string[] = [
  'other|others|the rest|everything else * work|works|fine|ok$|okay|without problems|open$|opens|load$|loads',
  'остальные|другие|остальное|всё остальное|все остальное * работают|работает|отрабатывают|отрабатывает|нормально|в$ порядке|без проблем|открываются|открывается|грузятся|загружаются',
];

/** "…and the manual button in the admin does nothing either", "…gives an error for every order": a part named as more of the damage, not its limit. */
export const ALSO: readonly string[] = [
  'тоже', 'также', 'даже', 'too$', 'also', 'as well', 'either$', 'even$',
  // the part fails for everything that passes through it
  'for every order|for all orders|for each order|every single order|for any order|по всем заявкам|по каждой заявке|для всех заявок|для любой заявки',
  'every page|all pages|any page|each page|все страницы|всех страницах|любая страница|любой странице|каждая страница|каждой странице',
];

/** "All directions same", "на любом направлении": the direction named is one example of a fault everywhere. */
export const EVERY_DIRECTION: readonly string[] = [
  'all$|every|any|each * direction|directions|pair|pairs', 'все$|всех|всем|любом|любых|любой|каждом|каждой * направлени|пар$|парах',
  'none of our|none of the * payouts|orders|exchanges|payments', 'every single order|every single payout',
  // "С другими направлениями то же самое", "same with the other pairs"
  'с$ другими|с$ остальными * направлениями|парами * то же|тоже|так же|аналогично', 'same * with|on$|for$ * other|all other * directions|pairs',
];

/** "остальные сайты на этом сервере работают": what works is outside the product, so it limits nothing. */
export const ELSEWHERE: readonly string[] = [
  'other|another * site|sites|website|websites|project|projects|domain|domains|server|servers',
  'остальн|другие|другой|соседн * сайт|сайты|проект|проекты|домен|домены|сервер|сервера',
];

/**
 * Fault words that tell no fault of the product: clients who do not pay ("clients create an order and then don't pay"),
 * the customer's slow hosting or internet, a business growing slowly, "works without problem".
 */
export const NOT_A_FAULT: readonly string[] = [
  'client|clients|customer|customers|user|users|people|buyer|buyers|visitors * * don t|do not|didn t|did not|never|won t * pay$|pay for|pay up',
  'клиент|клиенты|пользовател|покупател|люди * * не$ * платят|оплачивают|оплачивает|платит|оплатили|оплатил|доплачивают',
  'hosting|hoster|internet|connection|provider|хостинг|хостер|интернет|провайдер * * * slow|slowly|sluggish|медленн|тормоз',
  'slowly * going|growing|getting|improving|moving|picking|starting|developing|coming', 'business|sales|things * * slowly',
  'медленно|потихоньку * растет|растут|развива|набира|идет|идут',
  // "works without problem", "no problem": the fault word denied
  'without|no$|not$ a$|без$ * * problem|problems|issue|issues|error|errors|проблем|ошибок',
];

/** One compiled book of the severity words, keyed by severity, plus `limited` and `looking-for`. */
export const severityBook = () =>
  phraseBook(SEVERITY_PHRASES, () => [
    ...Object.entries(SEVERITY_PHRASES),
    ['limited', LIMITED_DAMAGE] as const,
    ['others-work', OTHERS_WORK] as const,
    ['also', ALSO] as const,
    ['elsewhere', ELSEWHERE] as const,
    ['every-direction', EVERY_DIRECTION] as const,
    ['looking-for', LOOKING_FOR] as const,
    ['asks-for-fix', ASKS_FOR_FIX] as const,
    ['resolved', RESOLVED] as const,
    ['not-question', NOT_A_QUESTION] as const,
    ['not-fault', NOT_A_FAULT] as const,
  ]);
