import type { Segment } from '../evidence';
import { COLLEAGUE, forwardRange } from '../forwarded';
import { REFRAMING, RETRACTING, WITHDRAWING } from './withdrawal-phrases';
import { firstWordFrom, inQuestion, isStep, negated, phraseBook, Sentences, sentenceText, Spans, spanOf, tokenize, type PhraseMatch, type SentenceRef, type Span, type Word } from '../phrases';

/**
 * Sentences in which the customer asks the vendor to do something ("could you set up cron for us",
 * "продлите, пожалуйста, сертификат"). Such an ask stands on its own: context words elsewhere in the
 * message that make a mere mention in-scope ("after we moved servers…") do not cancel it.
 * A how-to question stays a question even with "please" ("подскажите, пожалуйста, как…").
 */
const ASKING: readonly string[] = [
  'please', 'pls', 'plz', 'could you', 'can you', 'would you', 'will you', 'need you to', 'want you to',
  'can u|could u|would u|will u', 'can t you$|cant you$|couldn t you$|couldnt you$|won t you$', 'is it possible * * have you|have your|for you|for your',
  'for us$', 'help us', 'help me', 'possible for you', 'could your', 'can your', 'would your', 'we d like you',
  'we would like you', 'i d like you', 'i would like you', 'kindly', 'request you|requesting you|i request|we request|we are requesting', 'need help|need some help|need your help|нужна помощь|нужна ваша помощь|требуется помощь|требуется ваша помощь',
  'пожалуйста', 'можете', 'можешь', 'могли бы', 'сможете', 'прошу', 'просим', 'за нас', 'для нас', 'нам$ нужно чтобы',
  'чтобы вы', 'хотим чтобы', 'хотели бы чтобы', 'нужно чтобы', 'хотелось бы чтобы', 'есть ли возможность',
  'готовы * оплатить|заплатить|платить', 'оплатим', 'we were wondering', 'wondering whether|wondering if', 'is there any chance',
  'your team could', 'you guys could', 'paid work', 'we ll pay|we will pay|we can pay|happy to pay|willing to pay',
  'still * need|needed|required|want|wanted', 'все еще|всё еще|по прежнему|еще * нужен|нужна|нужно|нужны|актуал', 'есть возможность', 'было бы здорово|было бы хорошо|было бы отлично|было бы неплохо|было бы удобно', 'если бы вы|если бы ваши', 'кто мог бы',
  'it would be great|it d be great|would be nice|would be great', 'who could', 'want * installed|set up|configured|done|moved|migrated|redesigned',
  // "Давайте делать", "go ahead": the work agreed to after a quote; "пусть объяснят": asked through the one who passes it on
  'давайте делать|давайте сделаем|делайте|go ahead|let s do it|let s proceed|please proceed', 'рассчитываем|рассчитываю', 'we count on you|we re counting on you|we are counting on you|we expect you to|we expect your team to', 'пусть * добавят|сделают|объяснят|расскажут|посмотрят|настроят|исправят|починят|перенесут|назовут',
  'pozhaluysta|pozhalujsta|pojaluista|pozhalusta', 'need$|needs$ * * installed|tuned|configured|upgraded|set up|moved|migrated|restyled|redesigned|rebuilt|reworked|redone|developed|designed|opened|unblocked|whitelisted|enabled|reconfigured', 'плиз|плз|пжл|пж$|пжлст',
  'could|can|would * someone|somebody|anyone * on|from * your side|your team|you guys', 'someone|somebody * on your side|from your side|on your team',
  'could someone|can someone|would someone|could somebody|can somebody|could anyone|can anyone', 'could|can|would|will * one of your|one of you', 'кто то * из вас|с вашей стороны',
  'под ключ', 'под нас', 'в рамках поддержки|за отдельную плату|за доплату',
  // "do you do such integrations?", "вы такое делаете?": whether the vendor takes the work on
  'do you do|do you offer|do you provide|do you take on|do you handle', 'is that something * you|your team * handle|handles|do$|offer|take on',
  'is$|would * * * something * you|your team|your guys|your people * handle|handles|do$|does|offer|offers|take on|could do|can do',
  'это к вам|это по вашей части|это вы делаете|is this for you|is that for you|is this your department|is that your department',
  // someone sought for the work, in a message to the vendor: "looking for someone to host the shop", "нужен человек, который перенесёт"
  'looking for|need$|we need|searching for * someone|somebody|a person|a specialist|an expert * to$|who$|that can|who can',
  'нужен|нужна|ищем|ищу|требуется * человек|специалист|кто то|кто нибудь|исполнитель * который|которая|кто$|чтобы',
  'is it possible you|is it possible your|is it possible for you to', 'we d love|we would love|i d love|i would love * you|your * to$',
  
  'вы такое|такое * делаете|берете|беретесь|берете ли',
  // the vendor as "your side": "возьмётся ли за такую разработку ваша сторона?", "would your side take this on?"
  'возьмется|возьмётся|займется|займётся|сделает|возьмутся|займутся|сделают * * * ваша сторона|ваша команда|ваша компания|ваши специалисты|ваши разработчики',
  'would|could|will|can * your side|your company * take|handle|do$|build|develop|implement', 'вы * * занимаетесь|беретесь|оказываете|предоставляете', 'нам бы|мне бы', 'реально ли|реально * такое|это$', 'может вы|может быть вы|а может вы', 'было бы круто|было бы классно',
  'можно * * вернуть|восстановить|откатить|починить|исправить',
  'could|can|would * that|this|it * be$ done|arranged|added|implemented|set up|built',
  // "Is it possible to get a referral program added?", "Это реально сделать?", "Можно ли у вас заказать…"
  'is it possible|would it be possible|could we|can we * get|have * * * added|built|made|developed|integrated|implemented|created|set up|redesigned|restyled|changed|moved|migrated|translated|done',
  'это реально|это возможно|это можно * сделать|реализовать|добавить|устроить', 'заказать у$ вас|у$ вас заказать|хотим заказать|хотели бы заказать|хочу заказать', 'можно ли|можно * у$ вас * заказать|оформить|купить',
  // a wish passed on: "my boss wants the form to ask…", "клиент просит, чтобы…"
  'boss|client|clients|customer|manager|management|director|owner|ceo * wants|insists|asks|needs|requires', 'клиент|клиенты|руководство|начальство|директор|шеф|владелец|заказчик * просит|просят|хочет|хотят|требует|требуют * чтобы|чтоб',
  'hope you can|hope you could|hoping you can|hoping you could|hopefully you can|надеюсь вы|надеемся что вы|надеюсь что вы',
  'something you can|something you could|something your team can', 'we ask you|i ask you|we are asking you|i am asking you|asking you to', 'need you guys|need you folks|need your guys|need your team',
  // the vendor's people as the ones to do it: "would one of your engineers be able to…", "can your guys hop into…"
  'your|you$ * engineers|engineer|admins|admin|developers|developer|devs|dev|team|guys|people|specialists|staff|support * could|can|would|be$ able|able to|take|handle|slot|fit',
  'what would it take|what will it take|what does it take|what would that take|what will that take|what would this take', 'would it be possible', 'would it be feasible|is it feasible|would it be doable|is it doable',
  'who * on your side|from your side|on your team|in your team|of your team|of you$', 'your * * devs|developers|engineers|admins|team * to$', 'i assume you can|i expect you to|count on you|i trust you can',
  'we d like|we would like|i d like|i would like * support|your team|your developers|bitrix24 support * to$',
  'ready to pay|prepared to pay|glad to pay',
  'any chance you|any chance your|is there any way you|is there a way you|is there a way your|is there a way for you|is there any way your|are you able to', 'would appreciate if you|we d appreciate it if|i d appreciate it if',
  'если не затруднит|если вам не сложно|вам не сложно|не затруднит ли|можно вас попросить|хочу вас попросить|хотим попросить|попросим вас',
  'буду благодарен если|буду благодарна если|будем благодарны если|была бы благодарна если',
  // the vendor's people named as the ones to do it ("кто-то из ваших админов подключится"); not the dative of
  // "писал вашему сотруднику", which tells whom they wrote
  'ваш$ специалист|ваш$ специалисты|ваш$ специалистов|ваш$ админ$|ваш$ админы|ваш$ админов|ваш$ администратор|ваш$ администраторы|ваш$ администраторов|ваш$ программист|ваш$ программисты|ваш$ программистов|ваш$ разработчик|ваш$ разработчики|ваш$ разработчиков|ваш$ дизайнер|ваш$ дизайнеры|ваш$ дизайнеров|ваш$ инженер|ваш$ инженеры|ваш$ инженеров|ваш$ сотрудник|ваш$ сотрудники|ваш$ сотрудников|ваши специалист|ваши специалисты|ваши специалистов|ваши админ$|ваши админы|ваши админов|ваши администратор|ваши администраторы|ваши администраторов|ваши программист|ваши программисты|ваши программистов|ваши разработчик|ваши разработчики|ваши разработчиков|ваши дизайнер|ваши дизайнеры|ваши дизайнеров|ваши инженер|ваши инженеры|ваши инженеров|ваши сотрудник|ваши сотрудники|ваши сотрудников|ваших специалист|ваших специалисты|ваших специалистов|ваших админ$|ваших админы|ваших админов|ваших администратор|ваших администраторы|ваших администраторов|ваших программист|ваших программисты|ваших программистов|ваших разработчик|ваших разработчики|ваших разработчиков|ваших дизайнер|ваших дизайнеры|ваших дизайнеров|ваших инженер|ваших инженеры|ваших инженеров|ваших сотрудник|ваших сотрудники|ваших сотрудников|вашего специалист|вашего специалисты|вашего специалистов|вашего админ$|вашего админы|вашего админов|вашего администратор|вашего администраторы|вашего администраторов|вашего программист|вашего программисты|вашего программистов|вашего разработчик|вашего разработчики|вашего разработчиков|вашего дизайнер|вашего дизайнеры|вашего дизайнеров|вашего инженер|вашего инженеры|вашего инженеров|вашего сотрудник|вашего сотрудники|вашего сотрудников|вашим специалист|вашим специалисты|вашим специалистов|вашим админ$|вашим админы|вашим админов|вашим администратор|вашим администраторы|вашим администраторов|вашим программист|вашим программисты|вашим программистов|вашим разработчик|вашим разработчики|вашим разработчиков|вашим дизайнер|вашим дизайнеры|вашим дизайнеров|вашим инженер|вашим инженеры|вашим инженеров|вашим сотрудник|вашим сотрудники|вашим сотрудников',
  'не глянете|не поможете|не посмотрите|не возьметесь|не сделаете|не могли бы', 'есть ли у вас возможность|у вас есть возможность',
  'у вас есть|у вас найдется|у вас найдутся * дизайнер|программист|разработчик|специалист|верстальщик', 'такое * возможно|реально|осуществимо',
  'было бы * спасение|здорово|замечательно|супер',
  'есть ли у вас * дизайнер|дизайнеры|разработчик|разработчики|программист|программисты|специалист|специалисты|верстальщик|люди',
  'do you have * * designer|designers|developer|developers|programmer|programmers|specialist|specialists|someone|anyone',
  'can|could|will|would * support|your team|your developers|your specialists|your engineers * do$|handle|take',
  'сделаете|возьметесь|займетесь|поможете|реализуете|настроите|подключите ли',
  'если платно|if it s paid|if paid', 'if you could', 'выставьте счет', 'send * invoice|quote', 'надо чтобы|надо чтоб|нужно чтоб|чтоб вы',
  // A need for something new is an ask of it: "the site needs a new header", "нужен редизайн витрины".
  'need|needs|require|requires * new$|redesign|rework', 'нужен|нужна|нужно|нужны * нов|редизайн|доработк',
  // a wish for how the product should be: "I want the homepage to show a live chart"
  'i want|we want|i d like|we d like|i would like|we would like * * to show|to have|to display|to look|to work like',
];
/** A price or a date asked for work: an ask even inside "подскажите, сколько будет стоить…". */
const PRICING: readonly string[] = [
  'сколько * стоит|стоить|будет стоить|обойдется|возьмете|берете', 'во сколько * обойдется|обойдутся',
  'how much * cost|costs|charge|would it cost', 'how much for|how much would you|how much will you|what do you charge for|what would you charge', 'what would it cost|what will it cost|what does it cost|what would that cost',
  'сроки и цена|цена и сроки|сроки и стоимость|стоимость и сроки|сроки и цену|цену и сроки|срок и цена|срок и стоимость',
  'price and timeline|timeline and price|price and time frame|cost and timeline|quote and timeline|price and eta',
  'how long would it take|how long will it take|how long does it take|how long would that take',
  'how much time|how many days|how many hours * take|takes|need|needs|would you|will you|for you',
  'what is the price|what s the price|what would be the price|what will be the price|what is your price',
  'сколько времени|сколько дней|сколько часов * нужно|понадобится|уйдет|уйдёт|займет|займёт', 'какая цена|какова цена|какая стоимость|какова стоимость',
  'по цене|по стоимости * скажите|подскажите|сориентируйте|напишите', 'цену|стоимость * скажите|назовите|напишите', 'сколько займет|сколько времени займет|за сколько сделаете|в какие сроки', 'сколько это по деньгам|сколько по деньгам|по деньгам и по срокам|по деньгам и срокам|во что это обойдется|во что это обойдётся', 'сколько по времени|по срокам|по времени сколько * займет|займёт|уйдет|уйдёт|понадобится',
];
const HOW_TO: readonly string[] = [
  'how do', 'how can i|how can we', 'how to', 'how should', 'where do', 'where can', 'where is', 'tell me how', 'explain how',
  'как$ * можно|мне|нам|сделать|настроить|поменять|изменить|добавить|включить|отключить|убрать|правильно|найти',
  'где$ * можно|найти|находится|настраивается|меняется|включается', 'где$ * * загрузить|поменять|изменить|добавить|настроить|включить|указать|задать',
  'where * * upload|change|set$|add$|configure|enable|find', 'каким образом', 'подскажите', 'расскажите как',
  'объясните как', 'что нужно|что надо|что требуется * настроить|сделать|поменять|указать|прописать|включить',
  'what do|what should * i|we * need to * set|configure|do$|change|enter',
];

/** A need stated outright ("we changed hosting and now need the same installation there"). */
const NEEDING: readonly string[] = ['need$|needs$|require|requires', 'нужно$|надо$|нужен$|нужна$|нужны$|требуется'];

/** "A site made for us by a partner": work done for the customer before, told, where "for us" asks nothing. */
const NARRATED: readonly string[] = [
  'made|built|developed|created|designed|done|did|set$ up|wrote|written|implemented|customized|customised|configured|installed * for$ us$|for$ me$',
  // "a freelancer changed the header and footer templates for us last year"
  'changed|edited|modified|redesigned|restyled|rewrote|reworked|tweaked|adjusted|added|moved|migrated|integrated|connected * * for$ us$|for$ me$',
  'сделали|сделал|сделан|сделанный|разработали|разработан|создали|создан|настроили|написали|внедрили|делали|делал * для$ нас|для$ меня',
  // "last year we paid your frontend team to build our theme": the vendor's team hired before, not asked now
  'paid|hired|commissioned|contracted * your * * devs|developers|engineers|designers|team * to$',
  // someone's ongoing work told: "(they still maintain the design for us)"
  'maintain|maintains|maintained|supports|handles|manages|runs * * * for$ us$', 'ведут|ведет|поддерживают|обслуживают|сопровождают * * * для$ нас|нам$',
  // told for the vendor's information: "тут претензий нет, просто чтобы вы знали"
  'чтобы|чтоб вы$ * знали|понимали|учитывали|курсе', 'so$ you * know|are aware',
  // another's work to come: "we've contacted a partner and they'll build it for us"
  'they ll|they will|he ll|he will|she ll|she will * * for$ us$|for$ me$', 'сделают|сделает|напишут|напишет|настроят|настроит * * для$ нас|нам$',
];

/** "We have no idea how to do it": no question of how, but the reason the work is asked of the vendor. */
const HELPLESS: readonly string[] = [
  'no idea how', 'don t know how|do not know how|dont know how|not sure how', 'не знаем как|не знаю как|понятия не имеем как',
  'не умеем|не умею|не разбираемся * как',
];

/** Russian polite imperatives ("поменяйте", "продлите"); greetings and apologies share the ending. English ones open a sentence. */
const IMPERATIVE = /^[а-я]{3,}(?:йте|ите|ьте)$/;
const NOT_IMPERATIVE = new Set(['здравствуйте', 'извините', 'простите', 'поймите', 'учтите', 'подскажите', 'скажите', 'расскажите', 'объясните']);

/** Asks to repair the product: a bug report's request, which names no work by itself. */
const REPAIRING: readonly string[] = [
  // "help" as a plea, not "that would help a lot"
  'need help|need some help|need your help|нужна помощь|нужна ваша помощь|требуется помощь|требуется ваша помощь', 'fix', 'repair', 'help$ me|help$ us|help$ with|help$ please|help$ to$|please help|you help|help$ asap', 'check$|checking', 'look into', 'look at', 'investigate', 'solve', 'resolve', 'restore', 'recover', 'undo',
  'revert', 'roll back', 'clean up', 'have a look|take a look|a quick look', 'гляньте|глянуть|взгляните',
  // a plea for urgency names no work: "please treat it as a priority"
  'treat * as$ * priority|urgent|emergency', 'prioritize|prioritise|asap|as soon as possible', 'в приоритет|приоритетно|побыстрее|поскорее',
  'почин', 'исправ', 'помоги', 'помож', 'проверьт', 'посмотрит', 'разберит', 'решит', 'восстанов', 'верните', 'вернуть', 'откат',
];
/** Asks for an answer: a question's request, which names no work either. */
const ANSWERING: readonly string[] = [
  'tell', 'explain', 'advise', 'tips|tip$|hints', 'ответьте|отпишитесь|отзовитесь|answer$|reply$|respond$', 'describe', 'why$', 'know', 'understand', 'introduction|intro$|overview', 'walk * through', 'teach|train$', 'научит|обучит|введение|обзор',
  'what|which * * should we|should i', 'should i$|should we$', 'which one|which is better|what is better|what s better|что лучше|какой лучше|какой вариант лучше', 'recommend|suggest', 'advice|advise$', 'совет|советы$', 'какую|какой|какие|что * * поставить|выбрать|лучше|стоит', 'посоветуйте|порекомендуйте|посоветуете|порекомендуете|посоветовали|порекомендовали|посоветовать|порекомендовать', 'подскажите', 'подскажете|расскажете', 'подсказать', 'скажите', 'сказать', 'объясн', 'пояснит', 'почему', 'расскажите',
  'проконсультир|консультир|consult$', 'знать', 'понять', 'провел|провёл|провели|провести|проведите * * по$ шагам|шагам$|инструкции', 'как думаете|как вы думаете|ваше мнение|мнение экспертов|what do you think|your opinion|in your experience',
  // a call or a message asked for is an answer by another way, no work: "Перезвоните мне на +7…", "call me back"
  'перезвоните|позвоните|наберите|свяжитесь со мной|call me|call us|ring me|give me a call|contact me|reach me|text me|message me',
  'напишите|write * * в$ whatsapp|в$ вотсап|в$ ватсап|в$ telegram|в$ телеграм|в$ личку|on whatsapp|on telegram|на$ почту|на$ email|me back|мне в$|мне на$',
  'do you think|would you say|do you believe|do you reckon', 'вам виднее|you know better|you d know better',
  // a question put for advice: "Всё-таки спрошу ещё раз: делать ли нам бесплатную доставку?", "should we…"
  'спрошу|спрашиваю|хочу спросить|хотел спросить|хотела спросить|let me ask|i want to ask|i d like to ask|my question is',
  'стоит ли|делать ли|ставить ли|снижать ли|поднимать ли|вводить ли|is it worth|is it a good idea', 'what|which * * converts|sells|works|performs * better|best', 'что|какой|какая|какие * * лучше|больше * конвертир|продает|продают|работает|зайдет',
];
/** "We don't need you to touch the server": the customer rules the work out. */
const REFUSING: readonly string[] = [
  'don t|do not|dont * need|want * you', 'no need', 'не нужно|не надо|не требуется|не просим * * вас|вы|чтобы',
  'please don t|please do not|don t|do not * touch|change|modify * anything|there$|it$', 'ничего * * не нужно|не надо|не требуется',
  'за нас * * не нужно|не надо',
  // an offer told and turned down: "A freelancer offered to add a bot for us, we declined"
  'we declined|we refused|we said no|мы отказались|отказались от', 'we turned * down$',
];

/**
 * Work named outright: a sentence that asks for it asks for work even beside a plea to check or fix
 * ("can you bump PHP and check the extensions are there").
 */
const WORKING: readonly string[] = [
  'set$ up', 'set$ * up$', 'setup$', 'onto$', 'add$', 'get$|getting * installed|set up|running', 'install$', 'configure$', 'bump$', 'upgrade$', 'downgrade$', 'migrate$', 'renew$', 'deploy$',
  'change$|adjust$|edit$|modify$|tweak$ * * settings|setting|config|configuration|parameters|params|values|limits|directives', 'поменяйте|измените|поправьте|подправьте * * настройк|параметр|конфиг|лимит|значени',
  'log into|login to|log in to|ssh into|зайдите * * на$ сервер|на$ наш сервер|по$ ssh',
  'put * in$|on$', 'increase$', 'extend$', 'tune$', 'optimize$|optimise$', 'redesign$|restyle$|rebrand$', 'develop$', 'integrate$',
  'настройт|настроит|донастро|перенастро', 'установит|поставьт|поставит', 'перенесит|перенест', 'продлит', 'разверн', 'увеличьт|увеличит',
  'расширьт|расширит', 'разместит|размещени', 'host$', 'пропишит|прописат', 'закиньт|закинут', 'сверста', 'доработайт|доработат', 'оптимизир',
  'сделат|сделайт * чтобы|чтоб', 'make$ * * so that|so it',
  'переключит|переключат', 'switch$', 'подключит|подключат', 'connect$', 'write$|напишит|написат',
  'take over|maintain$|maintenance|upkeep|take ownership|look after|keep an eye|сопровожд|возьмите на поддержку|взять на поддержку',
  'возьмете|возьмёте|взять|возьмите * на$ себя', 'take * on$ yourselves|on$ your side',
  'take$ * over$', 'keep * * working|running|alive|up to date',
  'carry * across|over$|get * up$ * on$|swap$ * for$|flip$|hop$ into|jump$ on|open it up',
  // "Is this something your support could do?", "can you do that for us?": the work named just before, taken on
  'could do$|can do$|do$ this|do$ that|do$ it|do$ such',
];

/** Asks put to the vendor outright: they stand even inside a question ("подскажите… и можете ли вы сами их поменять?"). */
const DIRECT: readonly string[] = [
  'can you', 'could you', 'would you', 'will you', 'can u|could u|would u|will u', 'можете ли вы', 'могли бы вы', 'сможете ли вы', 'можете вы', 'вы можете',
  // someone of the vendor's asked for by name of the deed: "не подскажете, кто мог бы у вас поменять…"
  'кто мог бы|кто бы мог|кто сможет|who could|who would be able',
];

/** A direct ask for an answer ("could you tell me why…") is a question all the same. */
const DIRECT_QUESTION: readonly string[] = [
  'can|could|would|will * you * tell|explain|advise|describe|clarify|recommend|suggest|name$|point', 'можете|могли|сможете * подсказать|сказать|объяснить|рассказать|пояснить',
];

const book = () =>
  phraseBook(ASKING, () => [
    ['asking', ASKING],
    ['pricing', PRICING],
    ['direct', DIRECT],
    ['direct-question', DIRECT_QUESTION],
    ['how-to', HOW_TO],
    ['repairing', REPAIRING],
    ['answering', ANSWERING],
    ['refusing', REFUSING],
    ['withdrawing', WITHDRAWING],
    ['retracting', RETRACTING],
    ['reframing', REFRAMING],
    ['helpless', HELPLESS],
    ['narrated', NARRATED],
    ['needing', NEEDING],
    ['working', WORKING],
  ]);

export interface Requests {
  /** Sentences that ask the vendor to act. */
  any: Sentences;
  /** Of those, the ones that ask for work: neither a plea to repair the product nor a question ("set up", "продлите"). */
  work: Sentences;
  /** Work, or a plea to repair ("please fix what he broke"), but not a question ("could you explain…"). */
  workOrRepair: Sentences;
  /** Asks for an answer ("объясните, как устроен фронт на Vue", "how do I write this join"): for work that is itself an answer. */
  answers: Sentences;
  /** Work or an answer, not a plea to repair ("what discount should we give for Black Friday?"). */
  workOrAnswers: Sentences;
  /** Every ask: work, repair or answer. */
  all: Sentences;
  /** Needs stated outright: the story told before one ("we changed hosting and now need…") does not make its ask a bug report. */
  needs: PhraseMatch[];
  /** Sentences that take an earlier ask back ("never mind the migration", "просьбу снимаю"). */
  withdrawals: Sentences;
  /** Of those, the ones that need not name the work again ("OK, drop that request"). */
  retractions: Sentences;
  /** Of those, the ones that take back every earlier ask even where they name a part ("tested on a clean install: the same"). */
  reframings: Sentences;
  /** Where a retraction names who takes the work over ("ищем у другого партнёра", "наш фрилансер сделает"), not the work. */
  retractionEnds: Spans;
  /** The words that put each ask ("is it possible to have your developers…"): no context of a how-to question. */
  askingWords: Spans;
  /** Whether a sentence stands in a forward passed on without an ask of the customer's own. */
  passedOn: (ref: SentenceRef) => boolean;
}

const WITHDRAWING_IMPERATIVE = /^(?:забудьте|обращайте|отмените|отменяйте|снимите|игнорируйте|проигнорируйте|закрывайте|закройте)$/u;
const IMPERSONAL_NEED = /^(?:нужно|надо|требуется)$/iu;
const FALLBACK = /(?<![\p{L}])(?:or\s+(?:at\s+least|just|else|if\s+not)|или\s+(?:хотя\s+бы|просто|же)|если\s+нет)(?![\p{L}])/iu;
/** "Нужно поменять цвет кнопок": a change of the product wanted, said impersonally, right after the need. */
const CHANGE_AFTER_NEED = /^\s+(?:поменять|изменить|заменить|сменить|переделать|перекрасить|передвинуть|сдвинуть|добавить|убрать)(?![\p{L}])/iu;

/** A sentence that speaks of the forward below it ("вопрос коллеги (письмо ниже)", "the request in the mail below"). */
const POINTS_AT_FORWARD = /(?<![\p{L}])(?:below|ниже|письм\p{L}*|mail|e-mail|email)(?![\p{L}])/iu;
/**
 * "Про баннер — игнорируйте, это он сам сделает", "you can disregard his SSL question", "forwarding it just for context,
 * we are NOT asking you for any of that": the forward, or part of it, set aside.
 */
const SETS_FORWARD_ASIDE =
  /(?<![\p{L}])(?:ignore|disregard|skip|never\s*mind|don['’]?t\s+worry\s+about|(?:are|am)\s+not\s+asking|not\s+asking\s+you|(?:just\s+)?for\s+(?:context|your\s+information|reference)|игнорируйте|проигнорируйте|пропустите|не\s+обращайте\s+внимани\p{L}*|не\s+смотрите\s+на|не\s+(?:просим|прошу)|(?:просто\s+)?для\s+(?:контекста|сведения|информации))(?![\p{L}])/iu;
/** An ask that takes on what the forward asks: "Can you do what they say below?", "можете сделать то, что он описал?". */
const TAKES_ON_FORWARD =
  /(?<![\p{L}])(?:below|ниже|письм\p{L}*|mail|e-mail|email|forward\p{L}*|пересыла\p{L}*|what\s+(?:they|he|she)|то,?\s+что\s+(?:он|она|они)|(?:их|его|ее|её)\s+(?:просьб|требовани|рекомендаци)\p{L}*|(?:their|his|her)\s+(?:request|instructions|recommendations))(?![\p{L}])/iu;

export function requestSentences(segments: readonly Segment[]): Requests {
  // Quoted text is someone else's words: "…get a red message: "Please reload the page and try again."" asks nothing.
  const found = book()
    .scan(segments)
    .filter((m) => !m.quoted);
  const heard = readRequests(segments, found, () => true);
  // A forward passed on with no ask of the customer's own ("Below is what our registrar replied") asks the vendor
  // nothing: its "please update your DNS records" was put to the customer. "Can you do what they say below?" takes it on.
  // The customer's own ask may come before the forward or after its closing line ("…Конец пересылаемого сообщения.
  // Сможете сами всё перенастроить?").
  const passedOnIn = new Map<Segment, { first: number; last: number }>();
  for (const segment of segments) {
    const range = forwardRange(segment);
    if (!range) continue;
    const inside = tokenize(segment).words.filter((w) => w.start >= range.start && w.start < range.end);
    if (inside.length === 0) continue;
    const first = inside[0]!.sentence;
    const last = inside[inside.length - 1]!.sentence;
    // "Вопрос коллеги (письмо ниже) уже не актуален": an ask forwarded below and taken back above asks nothing, a
    // colleague's included.
    const takenBack = [...heard.withdrawals.refs()].some(
      (ref) => ref.segment === segment && ref.sentence < first && POINTS_AT_FORWARD.test(sentenceText(ref)),
    );
    // The customer's own ask takes the forward on only where it, or the sentence before it, speaks of the forward:
    // "…не приходят уведомления. Посмотрите, пожалуйста" asks about their own fault, not the hoster's list.
    const takesOn = (ref: SentenceRef) =>
      TAKES_ON_FORWARD.test(sentenceText(ref)) || (ref.sentence > 0 && TAKES_ON_FORWARD.test(sentenceText({ segment, sentence: ref.sentence - 1 })));
    const ownAsk = [...heard.any.refs()].some((ref) => ref.segment === segment && (ref.sentence < first || ref.sentence > last) && takesOn(ref));
    // Where the customer sets some of it aside, what the forward asks is theirs only as they ask it in their own words.
    const setAside = SETS_FORWARD_ASIDE.test(segment.text.slice(0, range.start)) || SETS_FORWARD_ASIDE.test(segment.text.slice(range.end));
    if (takenBack || setAside || (!ownAsk && !COLLEAGUE.test(segment.text.slice(0, range.start)))) passedOnIn.set(segment, { first, last });
  }
  if (passedOnIn.size === 0) return heard;
  const passedOn = (ref: SentenceRef) => {
    const range = passedOnIn.get(ref.segment);
    return range !== undefined && ref.sentence >= range.first && ref.sentence <= range.last;
  };
  return { ...readRequests(segments, found.filter((m) => !passedOn(m)), (ref) => !passedOn(ref)), passedOn };
}

/** A denial the phrase itself does not carry ("сами не разберёмся"), or the vendor as the doer ("если бы вы сами настроили"). */
const DENIAL = /(?<![\p{L}])(?:not|no|never|не|ни)(?![\p{L}])|n['’]t(?![\p{L}])/iu;
const VENDOR_DOER_BEFORE = /(?<![\p{L}])(?:вы|you)\s+$/iu;
/** "Фрилансер поправил шаблон, и теперь кнопка не работает": work done elsewhere that broke something settles nothing. */
const BROKE_AFTER =
  /^[^.!?\n]{0,100}?(?<![\p{L}])(?:(?:и|но|and|but)\s+(?:теперь|now|since then|после этого)|сломал\p{L}*|broke|broken|не работает|перестал\p{L}*|stopped working)(?![\p{L}])/iu;
/** "GoDaddy says they reissued it, but it is still expired": a claim passed on and denied, not the ask settled. */
const CONTRADICTED_AFTER = /(?<![\p{L}])(?:but|however|yet|still|но|однако|всё ещё|все еще|до сих пор)(?![\p{L}])/iu;
const REPORTED_BEFORE = /(?<![\p{L}])(?:says|said|claims?|claimed|говорит|говорят|утвержда\p{L}*)\s+(?:that\s+|что\s+)?(?:\p{L}+\s+){0,2}$/iu;
function takesBack(m: PhraseMatch): boolean {
  const start = m.evidence.at.start - m.segment.start;
  return (
    !(DENIAL.test(m.evidence.text) && !DENIAL.test(m.phrase)) &&
    !VENDOR_DOER_BEFORE.test(m.segment.text.slice(Math.max(0, start - 6), start)) &&
    !(REPORTED_BEFORE.test(m.segment.text.slice(Math.max(0, start - 40), start)) && CONTRADICTED_AFTER.test(m.segment.text.slice(start, start + 120))) &&
    !BROKE_AFTER.test(m.segment.text.slice(start, start + 120)) &&
    !AT_EASE.test(m.segment.text.slice(start, start + m.evidence.text.length + 24)) &&
    // "We can't find another agency right now"
    !(!DENIAL.test(m.phrase) && negated(m))
  );
}
/** "За деньги не просим", "we are not asking": the asking verb itself denied ("не могли бы вы" still asks). */
const ASKING_VERB = /^(?:просим|прошу|ask|asking|request|requesting)$/iu;
function deniedAsk(m: PhraseMatch): boolean {
  return ASKING_VERB.test(m.evidence.text) && negated(m);
}
/** "No problem then, go ahead", "тогда без проблем", "No, then it fails again": consent or an answer, not an ask dropped. */
const AT_EASE = /^(?:no|без)\s+(?:problem|problems|worries|issue|issues|doubt|hurry|rush|проблем|вопросов)(?![\p{L}])|^(?:тогда|значит|ну)\s+без\s+(?:проблем|вопросов|понятия|разницы)(?![\p{L}])|^no[\s,]+then(?![\p{L}])/iu;

function readRequests(segments: readonly Segment[], matches: PhraseMatch[], heard: (ref: SentenceRef) => boolean): Requests {
  const found = matches.filter((m) => (m.key !== 'withdrawing' && m.key !== 'retracting' && m.key !== 'reframing') || takesBack(m));
  const of = (key: string) => new Sentences(found.filter((m) => m.key === key));
  const helpless = new Spans(found.filter((m) => m.key === 'helpless').map(spanOf));
  const howTo = new Sentences(found.filter((m) => m.key === 'how-to' && !helpless.startsInside(m)));
  const repairing = of('repairing');
  const answering = of('answering');
  const refusing = of('refusing');
  const narrated = new Spans(found.filter((m) => m.key === 'narrated').map(spanOf));
  // "Please forget about moving the server", "пожалуйста, забудьте": the plea takes an ask back, it puts none.
  const withdrawing = new Spans(found.filter((m) => m.key === 'withdrawing' || m.key === 'retracting' || m.key === 'reframing').map(spanOf));
  const pleaToWithdraw = (m: PhraseMatch) => withdrawing.overlaps(m.segment, m.evidence.at.end, m.evidence.at.end + 3);
  // "Please fix the app or tell me how to make it work again": the plea to act stands beside the how-to after it.
  const acting = new Spans(found.filter((m) => m.key === 'repairing' || m.key === 'working').map(spanOf));
  const pleaToAct = (m: PhraseMatch) => acting.overlaps(m.segment, m.evidence.at.end, m.evidence.at.end + 3);
  // "Is this something your support could do, or at least tell me which files to change and how?": the how-to is
  // the fallback, the ask before it stands.
  const howToMatches = found.filter((m) => m.key === 'how-to');
  const howToOnlyAsFallback = (m: PhraseMatch) =>
    howToMatches.every(
      (h) =>
        h.segment !== m.segment ||
        h.sentence !== m.sentence ||
        (h.evidence.at.start > m.evidence.at.end &&
          FALLBACK.test(m.segment.text.slice(m.evidence.at.end - m.segment.start, h.evidence.at.start - m.segment.start))),
    );
  const any = new Sentences(
    found.filter(
      (m) =>
        ((m.key === 'asking' && (!howTo.has(m) || pleaToAct(m) || howToOnlyAsFallback(m)) && !narrated.startsInside(m) && !pleaToWithdraw(m) && !deniedAsk(m)) ||
          m.key === 'direct' ||
          m.key === 'pricing') &&
        !refusing.has(m),
    ),
  );
  // "Нужно перенести обменник на новую машину": an impersonal need of work, right before the work, asks for it.
  const workVerbs = found.filter((m) => m.key === 'working');
  for (const need of found) {
    if (need.key !== 'needing' || !IMPERSONAL_NEED.test(need.evidence.text) || negated(need) || inQuestion(need)) continue;
    if (howTo.has(need) || refusing.has(need) || !heard(need)) continue;
    const end = need.evidence.at.end;
    const verbNext = workVerbs.some((w) => w.segment === need.segment && w.evidence.at.start >= end && w.evidence.at.start - end <= 2);
    if (verbNext || CHANGE_AFTER_NEED.test(need.segment.text.slice(end - need.segment.start, end - need.segment.start + 40))) any.add(need);
  }
  for (const segment of segments) {
    const { words } = tokenize(segment);
    for (const [k, word] of words.entries()) {
      if (word.quoted) continue;
      const russian = (IMPERATIVE.test(word.norm) && !NOT_IMPERATIVE.has(word.norm) && !tellsOfYou(words, k)) || russianOffer(segment, words, k);
      if (!russian && !englishOrder(segment, words, k)) continue;
      // "Доработку забудьте": an imperative that takes an ask back puts none.
      if (WITHDRAWING_IMPERATIVE.test(word.norm)) continue;
      const ref = { segment, sentence: word.sentence };
      if (howTo.has(ref) || refusing.has(ref) || !heard(ref)) continue;
      any.add(ref);
      // A polite imperative is itself the act asked: work ("продлите"), or a repair ("почините").
      if (REPAIR_STEM.test(word.norm)) repairing.add(ref);
    }
  }
  const directQuestion = of('direct-question');
  const direct = new Sentences(found.filter((m) => m.key === 'direct' && !directQuestion.has(m)));
  // "напишите в WhatsApp" asks for a message, not for code written
  const answeringWords = new Spans(found.filter((m) => m.key === 'answering').map(spanOf));
  const working = new Sentences(found.filter((m) => m.key === 'working' && !answeringWords.startsInside(m)));
  const pricing = of('pricing');
  const work = new Sentences();
  const workOrRepair = new Sentences();
  // "…so we don't need advice on that" asks for none.
  const answers = new Sentences(
    found.filter(
      (m) => (m.key === 'how-to' || (m.key === 'answering' && !negated(m)) || m.key === 'direct-question') && !refusing.has(m),
    ),
  );
  for (const ref of any.refs()) {
    // "…скажите, что он поломал" beside "почините" and "подскажите… можете ли вы сами поменять?" still ask to act.
    if (answering.has(ref) && !repairing.has(ref) && !direct.has(ref) && !working.has(ref) && !pricing.has(ref)) continue;
    workOrRepair.add(ref);
    if (!repairing.has(ref) || working.has(ref)) work.add(ref);
  }
  // What a lead-in asks for, after its colon or in the list under it: work unless it is itself a question or a plea.
  const askedUnderLead = (ref: SentenceRef, notWork: Sentences) => {
    if (!heard(ref) || refusing.has(ref)) return;
    any.add(ref);
    workOrRepair.add(ref);
    if (!notWork.has(ref)) work.add(ref);
  };
  for (const ref of askedAfterLeadIn(segments)) askedUnderLead(ref, answering);
  for (const { lead, items } of listsAsked(segments)) {
    if (!work.has(lead) && !(LEAD_IN.test(sentenceText(lead)) && !answering.has(lead) && !repairing.has(lead))) continue;
    for (const item of items) askedUnderLead(item, repairing);
  }
  const all = new Sentences([...workOrRepair.refs(), ...answers.refs()]);
  const workOrAnswers = new Sentences([...work.refs(), ...answers.refs()]);
  const askingWords = new Spans(found.filter((m) => m.key === 'asking' || m.key === 'direct').map(spanOf));
  const needs = found.filter((m) => m.key === 'needing');
  const retracting = found.filter((m) => m.key === 'retracting');
  const reframing = found.filter((m) => m.key === 'reframing');
  const reframings = new Sentences(reframing);
  const retractions = new Sentences([...retracting, ...reframing]);
  const retractionEnds = new Spans(retracting.flatMap(whoSpans));
  const withdrawals = new Sentences([...of('withdrawing').refs(), ...retractions.refs()]);
  return { any, work, workOrRepair, answers, workOrAnswers, all, needs, withdrawals, retractions, reframings, retractionEnds, askingWords, passedOn: () => false };
}

/** "What we need from your team", "От вас нужно": the customer says what they want from the vendor. */
const ASKED_FROM_YOU = String.raw`(?:need|want|would like|['’]d like|expect|require)\s+(?:[\p{L}-]+\s+)?from\s+(?:you|your|the)(?:\s+(?:side|team|end))?(?:\s+is)?|(?:нужно|надо|требуется|хотим|просим)\s+от\s+вас|от\s+вас\s+(?:нужно|надо|требуется|просим)`;
/** "What we need from your team:", "for the relaunch we need:", "Просим сделать следующее:": a lead-in that asks for the work its list names. */
const LEAD_IN = new RegExp(
  `(?<![\\p{L}])(?:${ASKED_FROM_YOU}|(?:do|the)\\s+following|(?:нужно|надо|требуется|хотим|просим)\\s+(?:сделать\\s+)?следующее)(?![\\p{L}])|(?:we|i)\\s+(?:need|want|require)\\s*$|(?:нам|мне)\\s+(?:нужно|надо|требуется)\\s*$`,
  'iu',
);
/** A line ending in a colon, then list items ("- …", "• …", "1. …") under it. */
const LIST_UNDER_LEAD = /^([^\n]*\S)[ \t]*:[ \t]*\n((?:[ \t]*(?:[-*•—–]|\d{1,2}[.)])[ \t]+[^\n]*(?:\n|$))+)/gm;
const ITEM_START = /^[ \t]*(?:[-*•—–]|\d{1,2}[.)])[ \t]+/gm;
/** Most text has no line ending in a colon: the list search is skipped there. */
const COLON_AT_LINE_END = /:[ \t]*\r?\n/;

/** "So what we'd need from you: move the whole thing…", "От вас нужно: перенести…": the ask after a lead-in's colon. */
const LEAD_IN_COLON = new RegExp(`(?<![\\p{L}])(?:${ASKED_FROM_YOU})[ \\t]*:[ \\t]*(?=\\p{L})`, 'giu');
/** The cheap test before the lead-in search: most text asks nothing "from you". */
const FROM_YOU = /from\s+(?:your?|the)(?![\p{L}])|от\s+вас/iu;
function askedAfterLeadIn(segments: readonly Segment[]): SentenceRef[] {
  const out: SentenceRef[] = [];
  for (const segment of segments) {
    if (!segment.text.includes(':') || !FROM_YOU.test(segment.text)) continue;
    const { words } = tokenize(segment);
    for (const m of segment.text.matchAll(LEAD_IN_COLON)) {
      const k = firstWordFrom(words, m.index + m[0].length);
      // "…what I need from you: is there a place in the admin…?" asks a question, which the question reader reads.
      if (k < words.length && !endsInQuestion(segment, words, k)) out.push({ segment, sentence: words[k]!.sentence });
    }
  }
  return out;
}

/** Lead-in sentences ending in a colon and the sentences of the list items under each. */
function listsAsked(segments: readonly Segment[]): { lead: SentenceRef; items: SentenceRef[] }[] {
  const out: { lead: SentenceRef; items: SentenceRef[] }[] = [];
  for (const segment of segments) {
    if (!COLON_AT_LINE_END.test(segment.text)) continue;
    const { words } = tokenize(segment);
    const sentenceAt = (offset: number) => words[firstWordFrom(words, offset)]?.sentence;
    for (const m of segment.text.matchAll(LIST_UNDER_LEAD)) {
      const leadEnd = m.index + m[1]!.length;
      const leadWord = firstWordFrom(words, leadEnd) - 1;
      if (leadWord < 0 || words[leadWord]!.start < m.index) continue;
      const listStart = m.index + m[0].length - m[2]!.length;
      const items = [...m[2]!.matchAll(ITEM_START)]
        .map((item) => sentenceAt(listStart + item.index + item[0].length))
        .filter((sentence): sentence is number => sentence !== undefined)
        .map((sentence) => ({ segment, sentence }));
      out.push({ lead: { segment, sentence: words[leadWord]!.sentence }, items });
    }
  }
  return out;
}

/** Who takes the work over, as a retraction names them ("ищем у другого партнёра", "это наш фрилансер сделает"). */
const WHO =
  /(?:\p{L}+(?:ого|его|ому|ему|ой|ей|ым|им)\s+|(?:other|another|new|external|outside|local|third-party)\s+)?(?:наш\p{L}*\s+|сво\p{L}*\s+|our\s+|my\s+|their\s+)?(?<![\p{L}])(?:админ|сисадмин|системщик|айтишник|администратор|программист|прогер|разработчик|фрилансер|дизайнер|верстальщик|подрядчик|партн[её]р|интегратор|агентств|студи|хостер|регистратор|провайдер|исполнител|маркетолог|admin|sysadmin|developer|dev|programmer|freelancer|designer|contractor|partner|integrator|agency|studio|hoster|registrar|provider|vendor)\p{L}*/giu;
function whoSpans(m: PhraseMatch): Span[] {
  return [...m.evidence.text.matchAll(WHO)].map((w) => ({ segment: m.segment, start: m.evidence.at.start + w.index, end: m.evidence.at.start + w.index + w[0].length }));
}

/** "а вы молчите", "что вы хотите": after "а/но/что… вы" the imperative's ending tells, not orders ("может, вы посмотрите" still asks). */
const TELLING_BEFORE_YOU = new Set(['а', 'но', 'и', 'что', 'чего', 'когда', 'если', 'как', 'пока', 'почему', 'зачем', 'вообще']);
function tellsOfYou(words: readonly Word[], k: number): boolean {
  const you = words[k - 1];
  const before = words[k - 2];
  return you?.norm === 'вы' && before !== undefined && before.sentence === words[k]!.sentence && TELLING_BEFORE_YOU.has(before.norm);
}

const REPAIR_STEM = /^(?:почин|чини|исправ|помог|помож|проверь|посмотр|разбер|реши|восстанов|верни|откат|fix$|repair$|check$|restore$|help$|solve$)/;

/**
 * An English verb that opens a sentence as an order: not a step of a numbered list ("2. edit BTC → USDT") or of a
 * walk through the product ("Change the markup and press Save: …"), not a question ("Do we need…?"), not "make sure we…".
 */
function englishOrder(segment: Segment, words: readonly Word[], k: number): boolean {
  const word = words[k]!;
  if (!ENGLISH_IMPERATIVE.has(word.norm)) return false;
  const first = k === 0 || words[k - 1]!.sentence !== word.sentence;
  const softened = !first && SOFTENERS.has(words[k - 1]!.norm) && (k === 1 || words[k - 2]!.sentence !== word.sentence);
  if (!first && !softened) return false;
  const next = words[k + 1]?.norm ?? '';
  // "Build 1043, domain …" names the product's build.
  if (SUBJECT_AFTER.has(next) || /^\d/.test(next)) return false;
  const lineStart = segment.text.lastIndexOf('\n', word.start - 1) + 1;
  if (/^\s*(?:\d|[-*•])/.test(segment.text.slice(lineStart, word.start))) return false;
  return !endsInQuestion(segment, words, k) && !isStep({ segment, sentence: word.sentence }, true);
}

/** Whether the sentence of word k ends with a question mark. */
function endsInQuestion(segment: Segment, words: readonly Word[], k: number): boolean {
  let last = k;
  while (last + 1 < words.length && words[last + 1]!.sentence === words[k]!.sentence) last++;
  return segment.text.slice(words[last]!.end, last + 1 < words.length ? words[last + 1]!.start : undefined).includes('?');
}

/**
 * "Переедете нас на новый сервер?", "Возьмётесь?": a question opened by a verb of "вы" offers the vendor the work
 * (not one that asks what they know or see: "Знаете, в чём дело?").
 */
function russianOffer(segment: Segment, words: readonly Word[], k: number): boolean {
  const word = words[k]!;
  if (!YOU_FUTURE.test(word.norm) || NOT_AN_OFFER.test(word.norm)) return false;
  const before = k > 0 && words[k - 1]!.sentence === word.sentence ? words[k - 1]! : undefined;
  // It opens the sentence or a clause after a dash or comma ("…по нашему макету — нарисуете?"), "вы" allowed before it.
  const opensAfter = (w: Word | undefined) => w === undefined || /[—–:,-]/.test(segment.text.slice(w.end, word.start));
  const opens = opensAfter(before) || (before!.norm === 'вы' && opensAfter(k > 1 && words[k - 2]!.sentence === word.sentence ? words[k - 2] : undefined));
  return opens && endsInQuestion(segment, words, k);
}
const YOU_FUTURE = /^[а-я]{4,}(?:ете|етесь|итесь)$/;
const NOT_AN_OFFER = /^(?:подска|скаж|расскаж|объясн|поясн|зна|понима|вид|дума|счита|помн|получа|слыш|увер|нужд|будет|може|смож|есть|хоч)/;
const SUBJECT_AFTER = new Set(['we', 'you', 'i', 'they', 'he', 'she', 'sure', 'not']);

/** English verbs that open a sentence as an order ("Fix it today.", "Do it.", "Set up the cron."). */
const ENGLISH_IMPERATIVE = new Set([
  'fix', 'do', 'make', 'set', 'install', 'configure', 'change', 'add', 'renew', 'move', 'migrate', 'put', 'upgrade',
  'create', 'build', 'develop', 'connect', 'integrate', 'restore', 'repair', 'check', 'help', 'replace', 'enable',
  'increase', 'transfer', 'deploy', 'redesign', 'implement', 'write', 'rewrite', 'solve', 'sort', 'give', 'send', 'provide',
  'remove', 'reinstall', 'optimize', 'optimise', 'tune', 'unblock',
]);
/** Words that may soften an order before its verb: "Just give us the file name", "Please fix it", "Then add it". */
const SOFTENERS = new Set(['just', 'please', 'pls', 'kindly', 'then', 'so', 'now', 'also', 'ok', 'okay']);
