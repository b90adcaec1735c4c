import type { Policy, ScopeCategory } from '../policy/schema';
import type { ScopeFlag, Ticket } from '../ticket/schema';
import { agentDeclines, declinedAndAskedAgain, declinedAsked } from './declined';
import type { Evidence, Segment } from './evidence';
import { hostMentions } from './links';
import {
  byKey,
  firstWordAfter,
  inQuestion,
  isStep,
  negated,
  phraseBook,
  Sentences,
  sentenceBounds,
  sentenceText,
  Spans,
  spanOf,
  tokenize,
  type PhraseMatch,
  type SentenceRef,
} from './phrases';
import { partStarts } from './rules/multiple-issues';
import { requestSentences, type Requests } from './rules/requests';
import { inLink } from './in-link';
import { comesAfter, dropsOutright, namesReplacedThing, NUMBERED_POINT, repeatsTheAsk, samePoint, takesBackTheAsk } from './withdrawals';

const inScopeKey = (n: number) => `in-scope:${n}`;
const askKey = (id: string) => `ask:${id}`;
const unlessKey = (id: string) => `unless:${id}`;
const topicKey = (id: string) => `topic:${id}`;

function scopeBook(policy: Policy) {
  return phraseBook(policy.scope, function* () {
    for (const [n, item] of policy.scope.inScope.entries()) yield [inScopeKey(n), item.phrases] as const;
    for (const c of policy.scope.outOfScope) {
      yield [askKey(c.id), c.phrases] as const;
      yield [unlessKey(c.id), c.unless] as const;
      yield [topicKey(c.id), c.topics] as const;
    }
  });
}

/**
 * A test of a sentence's whole text, run once per sentence: run per match, a long sentence full of matches would be
 * read again for each.
 */
function perSentence<T>(read: (ref: SentenceRef) => T): (ref: SentenceRef) => T {
  const seen = new Map<Segment, Map<number, T>>();
  return (ref) => {
    let bySentence = seen.get(ref.segment);
    if (!bySentence) seen.set(ref.segment, (bySentence = new Map()));
    if (!bySentence.has(ref.sentence)) bySentence.set(ref.sentence, read(ref));
    return bySentence.get(ref.sentence)!;
  };
}

/** How many sentences after naming a topic the request may come ("Our CRM is SuiteCRM. You have no connector. Could you set it up?"). */
const TOPIC_REACH = 4;

/**
 * The sentence of a match and the next `reach` sentences of the customer's own words, on into the following
 * messages (a chat asks in bursts: "SSL on our site expired" / "fix it now"): a pasted error line between the topic
 * and the request ("«SQLSTATE[22003]…»" before "Верните как было") does not count.
 */
function sentencesFrom(m: SentenceRef, reach: number, segments: readonly Segment[]): SentenceRef[] {
  const refs: SentenceRef[] = [{ segment: m.segment, sentence: m.sentence }];
  for (let s = Math.max(0, segments.indexOf(m.segment)); s < segments.length && refs.length <= reach; s++) {
    const segment = segments[s]!;
    const { words } = tokenize(segment);
    let last = segment === m.segment ? m.sentence : -1;
    for (let k = segment === m.segment ? firstWordAfter(words, m.sentence) : 0; k < words.length && refs.length <= reach; k++) {
      const word = words[k]!;
      if (word.quoted || word.sentence === last) continue;
      last = word.sentence;
      refs.push({ segment, sentence: word.sentence });
    }
  }
  return refs;
}

/** "…the initial installation, and while you are there please also set up a firewall": a further ask the in-scope item does not keep. */
const FURTHER =
  /(?<![\p{L}])(?:also|as well|additionally|in addition|plus|while you(?:['’]re| are) at it|заодно|также|а ещё|а еще|кроме того|плюс)(?![\p{L}])/iu;
/** "…в каком контроллере считается комиссия, и как на Laravel добавить middleware": a further question opens after the comma. */
const NEXT_QUESTION = /,\s*(?:и|а|and)\s+(?:как|где|какой|какие|how|where|which|what)\s[^,]{0,60}$/iu;
function furtherAsk(kept: PhraseMatch, ask: PhraseMatch): boolean {
  const [first, second] = kept.evidence.at.start < ask.evidence.at.start ? [kept, ask] : [ask, kept];
  const offset = first.segment.start;
  return FURTHER.test(first.segment.text.slice(first.evidence.at.end - offset, second.evidence.at.start - offset));
}

/** "Paid for the license today. Please install it, server is empty": the install asked is of the item the sentence before names. */
const ANAPHOR = /^(?:install|deploy|set\s+up|установите|установить|поставьте|поставить|разверните|развернуть)\s+(?:it|them|его|её|ее|их)(?![\p{L}])/iu;

/** "(первичную установку вы уже делали в марте)": the free item is spent, so it keeps nothing in scope. */
const ALREADY_USED =
  /^[^.!?;\n]{0,24}?(?<![\p{L}])(?:уже|already|was done|were done|was made|was completed|was performed|you did|you have done|last year|в прошлом году|вы\s+(?:нам\s+|мне\s+)?(?:уже\s+)?делали)(?![\p{L}])/iu;
function alreadyUsed(kept: PhraseMatch): boolean {
  const start = kept.evidence.at.start - kept.segment.start;
  const end = kept.evidence.at.end - kept.segment.start;
  return ALREADY_USED.test(kept.segment.text.slice(end, end + 40)) || USED_BEFORE.test(kept.segment.text.slice(Math.max(0, start - 40), start));
}
/** "You already did our free installation", "your engineer made the installation": the same said before the item. */
const USED_BEFORE =
  /(?<![\p{L}])(?:уже|already|did|made|performed|completed|finished|you have done|делали|сделали|провели|выполнили)\s+(?:\p{L}+\s+){0,3}$/iu;

/**
 * A match's sentence around it, at most `REACH` characters either side (a page-long sentence costs no more): where
 * a denial, a purpose clause or a "not for you" stands.
 */
const REACH = 160;
function around(m: PhraseMatch): { before: string; after: string } {
  const bounds = sentenceBounds(m) ?? { start: 0, end: 0 };
  const start = m.evidence.at.start - m.segment.start;
  const end = start + m.evidence.text.length;
  return {
    before: m.segment.text.slice(Math.max(bounds.start, start - REACH), start),
    after: m.segment.text.slice(end, Math.max(end, Math.min(bounds.end, end + REACH))),
  };
}

/**
 * "We don't need any custom development — I just want…", "we are NOT asking you to migrate anything": the customer
 * denies asking for it, up to a break or a "but/just" that turns to what they do want.
 */
const DENIED_BEFORE = new RegExp(
  '(?:(?<![\\p{L}])(?:do|does|did|are|am|is)(?:\\s+not|n[\'’]t)|(?<![\\p{L}])no)\\s+(?:really\\s+)?(?:need|want|asking|ask|expect|looking for|require)(?![\\p{L}])' +
    '|(?<![\\p{L}])(?:no need (?:for|to)|not asking|не (?:нужн\\p{L}*|надо|требуется|просим|прошу|хотим)|нам не нужн\\p{L}*)(?![\\p{L}])',
  'iu',
);
const TURN = /[—–;:()]|(?<![\p{L}])(?:but|just|only|instead|rather|however|но|а|только|просто|лишь|зато)(?![\p{L}])/iu;
/** A sentence that opens by turning to what is wanted: "Just name the method", "Только подскажите файл". */
const TURN_OPENS = /^(?:but|just|only|instead|rather|но|только|просто|лишь)(?![\p{L}])/iu;
/** "…это не вопрос к вам", "that part is not for you": the sentence says the work is not asked of the vendor. */
const NOT_FOR_YOU =
  /(?<![\p{L}])(?:не вопрос к вам|не к вам|не для вас|не ваша забота|not a question for you|not for you|not your (?:concern|problem|job)|(?:i|we) (?:know|understand|reali[sz]e) (?:that )?(?:you|your support|your team) (?:don['’]t|do not|can['’]t|cannot|won['’]t) (?:cover|support|handle|help with|do)|(?:знаю|знаем|понимаю|понимаем),? что (?:вы )?(?:это |такое )?не (?:поддерживаете|обслуживаете|делаете|покрываете|помогаете)|not asking you|no need to (?:involve|bother) you|no help (?:is )?(?:needed|required)|(?:don['’]t|do not) need (?:any |your )?(?:help|advice|assistance|tips|consulting)|(?:совет\p{L}*|консультаци\p{L}*) (?:по этому |тут |здесь |там )?не (?:нужн\p{L}*|требуется)|помощь (?:тут |здесь |там )?не (?:нужна|требуется)|не нужна помощь|nothing (?:is )?(?:needed|required) (?:there|here|on (?:that|this|it))|ничего (?:там |тут |здесь )?не (?:нужно|надо|требуется))(?![\p{L}])/iu;

/**
 * "…our own admin will install the SSL certificate … himself", "мы сами настроим SSL": the customer's side says it
 * will do that work, so it is not asked of the vendor ("вы сами этим занимаетесь?" still asks).
 */
const WILL_DO_BEFORE =
  /(?<![\p{L}])(?:we|i|he|she|they|admin|developer|dev|guy|team)(?:\s+(?:will|are going to|am going to|is going to|plan to|can|want to|intend to|(?:are|am|is) planning to)|\s*['’](?:ll|re going to|re planning to|m going to|m planning to))\s+(?:\p{L}+\s+){0,2}$/iu;
/** "Our admin will configure the firewall", "наш админ сам настроит": the customer's own people named as the doers. */
const OUR_PEOPLE_WILL_BEFORE =
  /(?<![\p{L}])(?:our|my|наш\p{L}*|мой|моя)\s+(?:own\s+)?(?:admins?|sysadmins?|developers?|devs?|programmers?|team|designers?|agency|freelancers?|guy|it\s+(?:guy|team|department)|админ\p{L}*|сисадмин\p{L}*|программист\p{L}*|разработчик\p{L}*|дизайнер\p{L}*|айтишник\p{L}*)\s*(?:\s(?:will|is going to|are going to|сам|сама|сами|будет)|['’]ll)\s+$/iu;

/** "Our junior dev is building a custom report", "наш программист сейчас пишет модуль": work under way on their side. */
const OWN_WORK_UNDER_WAY_BEFORE =
  /(?<![\p{L}])(?:(?:(?:our|my)\s+(?:(?:own|junior|senior|in-house|new|lead)\s+)*(?:devs?|developers?|programmers?|team|designers?|admins?|freelancers?)\s+(?:is|are)|(?:we|i)(?:['’]re|['’]m|\s+are|\s+am))\s+(?:currently\s+|now\s+|already\s+)?(?:building|writing|developing|making|creating|coding|designing)|(?:наш\p{L}*|мой|моя)\s+(?:\p{L}+\s+)?(?:программист|разработчик|дизайнер|админ|фрилансер)\p{L}*\s+(?:сейчас\s+|уже\s+)?(?:пишет|делает|разрабатывает|верстает|рисует)|мы\s+(?:сейчас\s+|уже\s+)?(?:пишем|делаем|разрабатываем|верстаем))\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** "We customized our theme ourselves": the customer's side told as the doer of the work. */
const SUBJECT_BEFORE = /(?<![\p{L}])(?:we|i|he|she|they|our (?:admin|developer|dev|team))(?:\s+(?:are|am|is|will be)|['’](?:re|m|s))?\s+$/iu;
const THEMSELVES_AFTER =
  /^[^.!?;\n]{0,80}?(?<![\p{L}])(?:ourselves|myself|himself|herself|themselves|on our own|with our own|by our own|in house|in-house|своими силами|сами)(?![\p{L}])/iu;
/** "…if we ever reinstall it", "если мы когда-нибудь переедем": the customer's own act, put as a condition. */
const IF_WE_BEFORE = /(?<![\p{L}])(?:if|when|once|если|когда)\s+(?:we|i|мы|я)\s+(?:\p{L}+\s+){0,2}$/iu;
/** "Доработки были: фрилансер менял шаблон", "modifications were made last year": changes disclosed, not asked. */
const CHANGES_TOLD =
  /^(?:доработк|правк|изменени|модификаци|кастомизаци|customi[sz]ations?|modifications?|changes)\p{L}*\s+(?:были|вносились|делались|were\s+made|were\s+done)(?![\p{L}])(?!\s+бы(?![\p{L}]))/iu;
/** "По доработкам сразу скажу: …", "As for customizations: …": the changes made, told under a heading, not asked. */
const CHANGES_HEADING_BEFORE = /(?<![\p{L}])(?:по|про|насч[её]т|касательно|что касается|as for|as to|regarding|re)\s+$/iu;
const CHANGES_WORD = /^(?:доработк|изменени|кастомизац|модификац|правк|customi[sz]ation|modification|changes)/iu;
/**
 * "Стоит модуль СДЭК от стороннего разработчика, но дело не в нём", "…но мы его на время отключили": the thing is named
 * only to rule it out.
 */
const NOT_THE_CAUSE_AFTER =
  /^[^.!?;\n]{0,150}?(?<![\p{L}])(?:дело не в (?:н[её]м|ней|них|этом)|(?:никакого\s+)?отношения\s+не\s+имеет|(?:but|но)\s+(?:this|it|the\s+(?:problem|issue|bug|error)|это|проблема|ошибка|баг)\s+(?:only\s+|только\s+)?(?:(?:happens|is|occurs|shows)\s+)?(?:in|on|в|на)\s+[^,.!?;\n]{1,40},?\s+(?:and\s+)?(?:not|а\s+не)\s+(?:in|on|в|на)(?![\p{L}])|не\s+имеет\s+(?:никакого\s+)?отношения|(?:никак\s+)?не\s+относится|не\s+связан\p{L}*|unrelated|(?:does\s+not|doesn['’]t)\s+(?:affect|touch)|не в (?:н[её]м|ней|них) дело|(?:он|она|оно|они) (?:тут |здесь )?(?:ни|не) при ч[её]м|(?:it|this|that)(?: is|['’]s)(?: not|n['’]t) (?:the cause|the problem|the issue|related)|(?:is|are)(?: not|n['’]t) (?:the cause|the problem|the issue|related|involved)|has nothing to do with|(?:но\s+)?(?:мы\s+)?(?:его|её|ее|их)\s+(?:на\s+время\s+|временно\s+|уже\s+)?(?:отключили|выключили|удалили|убрали|деактивировали|снесли)|(?:but\s+)?(?:we|i)(?:['’]ve|\s+have)?\s+(?:temporarily\s+|already\s+)?(?:disabled|removed|turned\s+off|deactivated|uninstalled)\s+(?:it|them|both|those|all\s+of\s+them)|(?:isn['’]t|is\s+not|aren['’]t|are\s+not)\s+connected)(?![\p{L}])/iu;
/** "I don't think it's cron", "дело не в хостинге": a cause put to them ruled out, so not the work asked. */
const NOT_THE_CAUSE_BEFORE =
  /(?<![\p{L}])(?:(?:don['’]?t|do\s+not|doesn['’]?t)\s+(?:think|believe)\s+(?:it['’]?s|it\s+is|this\s+is|that['’]?s|the\s+(?:problem|issue)\s+is)|(?:it['’]?s|it\s+is|this\s+is|that['’]?s)\s+not|не\s+думаю,?\s+что\s+(?:это|дело\s+в|проблема\s+в)|(?:дело|проблема)\s+не\s+в|это\s+не)\s+(?:the\s+|a\s+|an\s+|your\s+|our\s+)?$/iu;
/** "ExchangeLab says the error is on your side", "хостер говорит, что проблема в вашем продукте": handed back to the vendor. */
const SENT_BACK =
  /(?<![\p{L}])(?:says?|said|claims?|insists?|tells?\s+us|told\s+us|говорит|говорят|сказал\p{L}*|утверждает|утверждают|ответил\p{L}*)[,:]?\s+(?:that\s+|что\s+)?(?:[\p{L}-]+\s+){0,4}?(?:(?:on|at)\s+your\s+(?:side|end)|(?:is\s+)?your\s+(?:problem|bug|issue|fault)|in\s+your\s+(?:product|code|software|platform|core)|на\s+вашей\s+стороне|(?:в|во)\s+вашем\s+(?:продукте|коде|ядре)|ваш\p{L}*\s+(?:проблем|ошибк|баг))/iu;

/** "We did customize the theme colours", "мы уже перенесли": the customer tells work done on their side, not asked. */
const DONE_BEFORE = /(?<![\p{L}])(?:we|i|they|мы|я)\s+(?:did|have|['’]ve|had|already|уже)\s+(?:already\s+)?$/iu;
/** "В прошлом году мы у вас заказывали платный переезд", "we paid for your migration service last year", "вы нам делали платную доработку": bought before. */
const ORDERED_BEFORE =
  /(?<![\p{L}])(?:(?:we|i)\s+(?:ordered|bought|purchased|paid for)|заказывали|заказали|оплачивали|оплатили|покупали|купили|(?:вы|you)\s+(?:(?:нам|мне|us|for us|уже|already)\s+){0,2}(?:делали|сделали|разрабатывали|built|made|developed))\s+(?:\p{L}+\s+){0,2}$/iu;
const SELF_BEFORE = /(?<![\p{L}])(?:мы|я|он|она|админ\p{L}*|программист\p{L}*|разработчик\p{L}*)\s+(?:сами|сам|сама|самостоятельно)\s+(?:\p{L}+\s+){0,2}$/iu;

/** "Last year we paid a freelancer to change the design", "thinking to hire a freelancer to build": someone else's work. */
const HIRED_BEFORE =
  /(?<![\p{L}])(?:paid|hired|hire|hiring|asked|got|had|commissioned|contracted|engaged|заплатили|наняли|нанимали|нанять|наймем|наймём|попросили|просили|заказали|заказывали|поручили)\s+(?:(?:a|an|the|our|my|your|one|some|local|external|another|outside|freelance|нашему|нашего|своему|своего|вашей|вашему|вашим|одному|одного|знакомому|знакомого)\s+)?(?:(?:frontend|front-end|backend|dev|design|web)\s+)?(?:freelancers?|developers?|devs?|designers?|programmers?|team|agency|studio|contractors?|guy|someone|somebody|company|фрилансер\p{L}*|программист\p{L}*|разработчик\p{L}*|дизайнер\p{L}*|студи\p{L}*|агентств\p{L}*|подрядчик\p{L}*|верстальщик\p{L}*)\s*(?:to\s+|,?\s*(?:чтобы|чтоб)\s+(?:\p{L}+\s+)?)?$/iu;

/** "We are thinking to hire a freelancer…", "we don't have the budget for a partner": the one to be hired is named, not asked for. */
const TO_HIRE_BEFORE = /(?<![\p{L}])(?:hire|hiring|budget for|afford|money for|нанять|нанимать|наймем|наймём|нанимаем|бюджета на|денег на)\s+(?:(?:a|an|the|some|one|another|our|own)\s+)?$/iu;

/** "Do I need to reinstall anything after?", "нужно ли переустанавливать": a step the customer asks whether to take. */
const OWN_STEP_BEFORE =
  /(?<![\p{L}])(?:(?:do|should|must|shall)\s+(?:i|we)(?:\s+(?:need|have)\s+to)?|(?:нужно|надо|стоит)\s+ли(?:\s+(?:мне|нам))?|(?:должен|должна|должны)\s+ли\s+(?:я|мы))\s+$/iu;

/** "Can you recommend a web studio that can make our website?": the work is for someone the vendor only names. */
const SOMEONE_ELSE_BEFORE =
  /(?<![\p{L}])(?:recommend|suggest|name|advise|know|посоветуйте|порекомендуйте|посоветуете|порекомендуете|подскажите|знаете)\s+(?:(?:me|us|мне|нам)\s+)?(?:\p{L}+\s+){0,3}?(?:studio|agency|partner|developer|company|freelancer|integrator|contractor|specialist|someone|somebody|студию|агентство|партн[её]ра|разработчика|компанию|фрилансера|интегратора|подрядчика|специалиста|кого[\s-]?нибудь|кого[\s-]?то),?\s+(?:that|who|which|которая|который|которые|кто)\s+(?:\p{L}+\s+){0,2}$/iu;

/** "Our admin can't configure the firewall", "сами не можем перенести": not a denial but why the work is asked. */
const UNABLE_BEFORE =
  /(?<![\p{L}])(?:can['’]?t|cannot|can not|couldn['’]?t|could not|unable to|not able to|не\s+(?:можем|могу|может|могут|смогли|смог|смогла|умеем|умею|умеет|получается|получилось|в\s+состоянии))\s+(?:\p{L}+\s+)?$/iu;
function unable(m: PhraseMatch): boolean {
  return UNABLE_BEFORE.test(around(m).before);
}

/** "…out of the box, or would that need custom work?", "…или нужна доработка?": whether the work would be needed, asked. */
const WOULD_IT_BEFORE = /(?<![\p{L}])(?:(?:would|will|does|do|did)\s+(?:that|it|this|they)|или)\s+$/iu;

/** Whether the customer's own words around a match say the work is not asked of the vendor: denied, or theirs to do. */
function disclaimed(m: PhraseMatch): boolean {
  const { before, after } = around(m);
  if (NOT_FOR_YOU.test(before + m.evidence.text + after) || SELF_BEFORE.test(before) || DONE_BEFORE.test(before) || ORDERED_BEFORE.test(before) || OWN_STEP_BEFORE.test(before) || SOMEONE_ELSE_BEFORE.test(before) || OUR_PEOPLE_WILL_BEFORE.test(before) || OWN_WORK_UNDER_WAY_BEFORE.test(before) || HIRED_BEFORE.test(before) || TO_HIRE_BEFORE.test(before)) return true;
  if (WOULD_IT_BEFORE.test(before) && inQuestion(m)) return true;
  if (NOT_THE_CAUSE_AFTER.test(after) || NOT_THE_CAUSE_BEFORE.test(before) || CHANGES_TOLD.test(m.evidence.text + after) || IF_WE_BEFORE.test(before)) return true;
  if (CHANGES_HEADING_BEFORE.test(before) && CHANGES_WORD.test(m.evidence.text)) return true;
  const denial = DENIED_BEFORE.exec(before);
  if (denial !== null && !TURN.test(before.slice(denial.index + denial[0].length))) return true;
  return (WILL_DO_BEFORE.test(before) || SUBJECT_BEFORE.test(before)) && THEMSELVES_AFTER.test(after);
}


/**
 * Context that does not make the ask a bug report: in a purpose clause ("…настроить supervisor, чтобы после ребута
 * всё стартовало" says what the work is for) or the reason for the wish ("…была зелёная, а то в стандартной теме
 * серая"), or someone else's thing ("у неё есть своё API", "their own API").
 */
const PURPOSE_OR_OWN =
  /(?<![\p{L}])(?:чтобы|чтоб|а то|so that|in order to|so it|so the)(?![\p{L}])|(?<![\p{L}])(?:сво[её]|свой|свою|свои|its own|their own|our own)\s+$/iu;

/** "…change mbstring as the system check wants", "по требованиям": context named as the standard the work must meet. */
const STANDARD_BEFORE = /(?<![\p{L}])(?:as(?: per)?|per|according to|in line with|согласно|в соответствии с|по)\s+(?:the\s+)?$/iu;

/** "Переделал шаблон на основе стандартной темы": the standard theme named as the start of their own, no bug report. */
const DERIVED_BEFORE = /(?<![\p{L}])(?:на основе|на базе|based on|derived from|built on|copied from|a copy of|копи\p{L}*)\s+(?:the\s+|a\s+|your\s+)?$/iu;

/** "Стандартные темы нам не подходят", "None of the stock themes really fit": context the customer turns down makes no bug report of the ask. */
const REJECTED_AFTER =
  /^\s*(?:\p{L}+\s+)?(?:не\s+(?:подход\p{L}*|устраива\p{L}*|нрав\p{L}*)|(?:do|does)(?:\s+not|n['’]t)\s+(?:really\s+)?(?:suit|fit|work for)|(?:is|are)(?:\s+not|n['’]t)\s+(?:enough|good enough))(?![\p{L}])/iu;
const NONE_BEFORE = /(?<![\p{L}])(?:none of (?:the|your)|ни одна из|ни один из|ни одна|ни один)\s+$/iu;
const FITS_AFTER = /^\s*(?:\p{L}+\s+)?(?:really\s+)?(?:fits?|suits?|match(?:es)?|works? for|подходит|устраивает)(?![\p{L}])/iu;
const rejected = (before: string, after: string) => REJECTED_AFTER.test(after) || (NONE_BEFORE.test(before) && FITS_AFTER.test(after));

/** "add it for us", "сделайте это": work asked on the thing just named. */
const WORK_ON_IT =
  /(?<![\p{L}])(?:(?:add|build|make|do|implement|develop|integrate|set\s+up|create|write|move|migrate|install|configure|renew|transfer)\s+(?:it|this|that|one|such|them)|(?:сделайте|сделать|добавьте|добавить|реализуйте|реализовать|доработайте|доработать|настройте|настроить|напишите|написать|разработайте|разработать|перенесите|перенести|установите|установить|продлите|продлить)\s+(?:это|его|её|ее|такое|такую|такой|их))(?![\p{L}])/iu;

/** "We are not asking you to set it up now", "мы не просим вас ничего делать": nothing in the message is asked as work. */
const NOT_ASKING =
  /(?<![\p{L}])(?:(?:are|am|is|['’]m|['’]re)\s+not\s+asking\s+(?:you|for)|not\s+asking\s+you\s+to|(?:мы\s+|я\s+)?не\s+(?:просим|прошу)(?:\s+(?:вас|ничего)|(?=\s*[.!;]))|ничего\s+(?:\p{L}+\s+)?не\s+(?:просим|прошу))(?![\p{L}])/iu;

/** Whether the support covers the work: "входит ли в поддержку…", "is SSL renewal part of our plan", "…или это к хостеру?". */
const COVERAGE_QUESTION =
  /(?<![\p{L}])(?:(?:входит|входят|входило\s+бы|относится|относятся|покрывает|покрываете)\s+ли|(?:входит|входят)\s+в\s+(?:поддержку|техподдержку|тариф|лицензию|стоимость)|(?:is|are|would)\s+(?:\p{L}+\s+){0,6}?(?:covered|included|part\s+of\s+(?:the\s+|your\s+|our\s+)?(?:support|plan|service|license|subscription))|(?:does|do|would)\s+(?:your\s+|the\s+|our\s+)?(?:support|plan|service|license|subscription)\s+(?:cover|include)|или\s+это\s+(?:к|для|у)\s+(?:хостер|хостинг|провайдер|партн[её]р|админ)\p{L}*|or\s+(?:is\s+it|is\s+that|should\s+we\s+ask)\s+(?:for\s+)?(?:our\s+|the\s+)?(?:hosting|host|hoster|provider|partner|admin))(?![\p{L}])/iu;

/** "Хостинг говорит, что у них всё работает", "I asked our hosting provider and they say it's fine": the topic names who speaks, not the matter. */
const SPEAKS_AFTER =
  /^\s*(?:(?:support|team|provider|company|поддержка|провайдер|компания)\s+)?(?:(?:and|,|и)\s*(?:they|he|she|они|он|она)\s+)?(?:говорит|говорят|ответил\p{L}*|отвечает|отвечают|пишет|пишут|написал\p{L}*|сказал\p{L}*|утверждает|утверждают|уверяет|уверяют|say|says|said|replied|answered|told|claim|claims|claimed|insist|insists|insisted)(?![\p{L}])/iu;

/** "…do I have to re-activate the license after the files are on the new server?": the topic tells when the question applies. */
const WHEN_CLAUSE_BEFORE =
  /(?<![\p{L}])(?:after|once|when|as soon as|после того,? как|когда|как только)\s[^,;:.!?]{0,60}$/iu;
function tellsWhen(m: PhraseMatch): boolean {
  const { before, after } = around(m);
  return inQuestion(m) && WHEN_CLAUSE_BEFORE.test(before) && /^[^,;:]{0,40}[,;:]/u.test(after);
}

/** "It's not DNS, the store domain resolves fine", "сервер работает нормально": the topic named as working, not asked. */
const WORKS_FINE_AFTER =
  /^\s*(?:resolves|works|loads|opens|responds|is|работает|открывается|отвечает)\s+(?:just\s+)?(?:fine|ok|okay|correctly|normally|нормально|корректно|в\s+порядке)(?![\p{L}])/iu;

/** "Доступ в панель хостинга: логин …": the topic names where the access given leads, not work asked. */
const ACCESS_GIVEN_AFTER = /^[^.!?\n]{0,30}:\s*(?:логин|login|user(?:name)?|пользователь|пароль|password|root)(?![\p{L}])/iu;

/** Context that only names a time: "после переноса", "after the move". */
const TIME_CONTEXT = /^(?:после|с момента|after|since)(?![\p{L}])/iu;

/** "Если входит — как вам передать доступ?", "if so, what access do you need?": the work wanted if it is covered. */
const IF_COVERED = /(?<![\p{L}])(?:если\s+(?:да|входит|входят|так|это\s+входит|можно)|if\s+(?:yes|so|it\s+is|it['’]s\s+covered|covered|included|that['’]s\s+covered))(?![\p{L}])/iu;

/** "…if so, what access do you need?" hands the work over; "If yes, where is the setting?" asks how to do it oneself. */
const HANDING_OVER = /(?<![\p{L}])(?:вам|вас|you|your|доступ\p{L}*|access|оплат\p{L}*|pay|счет|сч[её]т|invoice|quote)(?![\p{L}])/iu;
function handsOverIfCovered(ref: SentenceRef): boolean {
  const text = sentenceText(ref);
  return IF_COVERED.test(text) && HANDING_OVER.test(text);
}

/** "we just want to", "хотим": the customer's wish, theirs to carry out when they then ask how. */
const WANT_TO_BEFORE = /(?<![\p{L}])(?:(?:we|i)\s+(?:just\s+|only\s+)?(?:want|need|would like|['’]d like|wish)\s+to|(?:мы\s+|я\s+)?(?:хотим|хочу|хотели бы|хотел бы|хотела бы))\s+(?:["'«“]?[\p{L}\d@._-]+["'»”]?\s+){0,6}$/iu;

/** "Я не утверждаю, что это баг": a bug report the customer says this is not. */
const NOT_CLAIMED_BEFORE =
  /(?<![\p{L}])(?:не\s+(?:утверждаю|утверждаем|говорю|говорим|считаю|считаем)|(?:i['’]?m|i am|we['’]re|we are)\s+not\s+(?:saying|claiming)|not\s+(?:saying|claiming))[\s,]+(?:что|that)?\s*(?:это|тут|здесь|it['’]s|it is|this is|there['’]s|there is)?\s*(?:a\s+)?$/iu;

/** "It's not one of your partner integrations", "не из ваших встроенных": context the customer says does not apply. */
const CONTEXT_DENIED_BEFORE =
  /(?<![\p{L}])(?:(?:is|are|it['’]s|that['’]s)\s+not|isn['’]t|aren['’]t|not\s+(?:one|any)\s+of|не\s+(?:из|среди|входит\s+в)|не)\s+(?:(?:one|any)\s+of\s+|among\s+|part\s+of\s+|число\s+|список\s+)?(?:your|the|an?|its|ваших|ваш\p{L}*)?\s*(?:official\s+|официальн\p{L}*\s+)?$/iu;

/** "Шаблон стандартный, добавили только этот скрипт", "Default theme, we only added our calculator": standard, but for their own addition. */
const OWN_ADDITION_AFTER =
  /^[\s,;:—–-]*(?:(?:но|only|but|just)\s+)?(?:(?:мы|we|we['’]ve|we have)\s+)?(?:(?:только|лишь|просто|only|just)\s+)?(?:добавили|вставили|подключили|прикрутили|добавлен\p{L}*|added|inserted|embedded|plugged in)(?![\p{L}])/iu;

const CLAUSE_BREAK = /\s[—–-]+\s|;\s/u;

/** Where the first ask of each sentence starts, by segment and sentence. */
function firstAskPerSentence(asks: readonly PhraseMatch[]): Map<Segment, Map<number, number>> {
  const first = new Map<Segment, Map<number, number>>();
  for (const a of asks) {
    const bySentence = first.get(a.segment) ?? new Map<number, number>();
    bySentence.set(a.sentence, Math.min(bySentence.get(a.sentence) ?? Infinity, a.evidence.at.start));
    first.set(a.segment, bySentence);
  }
  return first;
}

const messagesOf = (matches: readonly PhraseMatch[]) => new Set(matches.map((m) => m.segment.message));

/** The number of the list item ("1.", "2)" opening a line, or "2)" inside one) a match stands in; 0 outside any. */
const ITEM_OPENING = /(?:^|\n)[ \t]*(\d{1,2})[.)][ \t][^\n]*$/;
const INLINE_ITEM = /(?<=^|[\s:])(\d{1,2})\)[ \t]/g;
function listItemOf(m: PhraseMatch): number {
  const before = m.segment.text.slice(Math.max(0, m.evidence.at.start - m.segment.start - 400), m.evidence.at.start - m.segment.start);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  const inline = [...line.matchAll(INLINE_ITEM)].at(-1);
  if (inline) return Number(inline[1]);
  const item = ITEM_OPENING.exec(before);
  return item ? Number(item[1]) : 0;
}

/**
 * "Default theme, we didn't touch it. … Also — our marketer's countdown script died": a part opened by "also" reports
 * a matter of its own, which the context told before it does not cancel.
 */
function partOf(m: PhraseMatch): number {
  const offset = m.evidence.at.start - m.segment.start;
  return partStarts(m.segment).filter((start) => start < offset).length;
}
/** Where in a message a match stands: its list item and its part; context cancels asks of the same place only. */
const partKey = (m: PhraseMatch) => `${m.segment.message}:${listItemOf(m)}:${partOf(m)}`;

/**
 * A category fires on a phrase of its own (an ask for out-of-scope work, neither negated nor inside quoted error text) unless
 * the same sentence holds a phrase of an in-scope item ("the initial installation" — a later "reinstall" stays out of
 * scope) or one of its `unless` phrases (the context that makes it a bug report), or the same message holds such a
 * phrase while the ask is not put to the vendor as a request ("could you set up cron for us?" stands whatever the
 * message says around it).
 */
export function detectScope(policy: Policy, segments: Segment[], ticket?: Ticket): { outOfScope: boolean; flags: ScopeFlag[] } {
  let read: Requests | undefined;
  const requests = () => (read ??= requestSentences(segments));
  const book = scopeBook(policy);
  const categoryOf = (key: string) => policy.scope.outOfScope.find((c) => key === askKey(c.id) || key === topicKey(c.id));
  const declines = ticket ? agentDeclines(ticket, segments, (agent) => book.scan(agent), categoryOf) : [];
  const flags = askedFlags(policy, segments, requests);
  for (const { category, evidence } of declinedAndAskedAgain(declines, requests, policy, flags)) {
    if (!flags.some((f) => f.category === category.id)) flags.push(flagFor(category, evidence));
  }
  for (const { category, evidence } of declinedAsked(declines, requests, flags, segments)) flags.push(flagFor(category, evidence));
  return { outOfScope: flags.length > 0, flags };
}

function flagFor(category: ScopeCategory, evidence: Evidence): ScopeFlag {
  const { id, label, clause } = category;
  return { category: id, label: label.en, clause: clause.ref, quote: clause.quote, evidence: evidence.text, at: evidence.at };
}

/** The flags of the customers' own asks. */
function askedFlags(policy: Policy, segments: Segment[], readRequests: () => Requests): ScopeFlag[] {
  const found = byKey(scopeBook(policy).scan(segments));
  // Most bug reports name no ask or topic at all: the requests and host names are read only when one is there.
  const anyNamed = policy.scope.outOfScope.some((c) => found.has(askKey(c.id)) || found.has(topicKey(c.id)));
  if (!anyNamed) return [];
  // Pasted text, links and host names ask nothing ("violet-swap.ru" names no swap file), nor words the category's own
  // context reads otherwise; a category with no ask or topic left is not read further (most bug reports).
  const mentions = hostMentions(segments);
  const hosts =
    mentions.length > 0
      ? new Spans(mentions.map((h) => ({ segment: h.segment, start: h.segment.start + h.index, end: h.segment.start + h.index + h.text.length })))
      : undefined;
  const inHost = (m: PhraseMatch) => !!hosts && (hosts.has(m.segment, m.evidence.at.start) || hosts.has(m.segment, m.evidence.at.end - 1));
  const requests = readRequests();
  const candidates = policy.scope.outOfScope.flatMap((category) => {
    // "Is it possible" that opens "is it possible to have your developers write…" asks; it is no how-to context.
    const context = (found.get(unlessKey(category.id)) ?? []).filter((m) => {
      if (requests.askingWords.startsInside(m)) return false;
      const { before, after } = around(m);
      return !NOT_CLAIMED_BEFORE.test(before) && !DERIVED_BEFORE.test(before) && !CONTEXT_DENIED_BEFORE.test(before) && !OWN_ADDITION_AFTER.test(after) && !rejected(before, after);
    });
    // Context on the very words of a match reads them otherwise ("PHP-скрипт" is no JavaScript), whatever clause it stands in.
    const contextSpans = context.length > 0 ? new Spans(context.map(spanOf)) : undefined;
    const own = (m: PhraseMatch, paths: boolean) =>
      !m.quoted &&
      !inLink(m, paths) &&
      !inHost(m) &&
      !requests.passedOn(m) &&
      !contextSpans?.overlaps(m.segment, m.evidence.at.start, m.evidence.at.end);
    const asks = (found.get(askKey(category.id)) ?? []).filter((m) => own(m, false));
    const topics = (found.get(topicKey(category.id)) ?? []).filter((m) => own(m, true));
    return asks.length + topics.length > 0 ? [{ category, asks, topics, context }] : [];
  });
  if (candidates.length === 0) return [];
  // What keeps each category in scope: the in-scope items that cover it (an item covering nothing named covers all).
  const keeping = (id: string) =>
    policy.scope.inScope.flatMap((item, n) => (item.covers.length === 0 || item.covers.includes(id) ? (found.get(inScopeKey(n)) ?? []) : []));
  const storyBeforeNeed = (m: PhraseMatch) =>
    requests.needs.some((n) => n.segment === m.segment && n.sentence === m.sentence && n.evidence.at.start >= m.evidence.at.end) ||
    askAfterBreak(m);
  // "Is there a way to send orders to our HubSpot CRM? If not built in, we'd like you to add it": the question's thing,
  // asked for as work just after without being named again.
  const askedForAfter = (m: PhraseMatch) =>
    sentencesFrom(m, 2, segments).some(
      (ref) => ref.sentence !== m.sentence && requests.work.has(ref) && !named.has(ref) && WORK_ON_IT.test(sentenceText(ref)),
    );
  // "We just want to replace the logo. Where do I upload it?": the customer's own plan, and a how-to question after it.
  // The question may come first when it only asks where or how ("Where can I switch on maintenance mode? We want to
  // show a banner at night"); "Could you explain this code? We want to understand it" puts the wish to the vendor.
  const ownPlanAskedHow = (m: PhraseMatch) => {
    if (!WANT_TO_BEFORE.test(around(m).before)) return false;
    const next = { segment: m.segment, sentence: m.sentence + 1 };
    const previous = { segment: m.segment, sentence: m.sentence - 1 };
    if (requests.answers.has(next) && !requests.work.has(next)) return true;
    if (!requests.answers.has(previous)) return false;
    for (let sentence = 0; sentence < m.sentence; sentence++) if (requests.any.has({ segment: m.segment, sentence })) return false;
    return true;
  };
  // "Just for planning, NOT asking you to do anything: is SSL renewal part of our plan?" — the message asks for no
  // work but what it asks outright ("Please move the server" would still stand); where the work is an answer ("ничего
  // дорабатывать не просим, только объяснить"), the denial leaves it asked.
  const denying = new Set(segments.filter((segment) => NOT_ASKING.test(segment.text)));
  // "I'm not asking you to change a thing. Just name the method…": a sentence that turns to what is wanted stands.
  const askDeniedInMessage = (m: PhraseMatch) => denying.has(m.segment) && !requests.work.has(m) && !TURN_OPENS.test(sentenceText(m));
  // "Входит ли в поддержку настройка почтового сервера, или это к хостеру?" asks what the support covers, not for the work.
  // "…If yes, please move it this week" asks for the work after all.
  const asksCoverage = perSentence((ref) => COVERAGE_QUESTION.test(sentenceText(ref)));
  const wantedIfCovered = new Set(segments.filter((segment) => IF_COVERED.test(segment.text)));
  const coverageAsked = (m: PhraseMatch) =>
    asksCoverage(m) && inQuestion(m) && !requests.work.has(m) && !askedForAfter(m) && !wantedIfCovered.has(m.segment);
  // "We switched hosting again — can you do the same migration?": the story ends at the dash; the ask after it stands.
  const askAfterBreak = (m: PhraseMatch) => {
    const { after } = around(m);
    const pause = CLAUSE_BREAK.exec(after);
    if (!pause) return false;
    const end = m.evidence.at.end;
    return requests.askingWords.overlaps(m.segment, end + pause.index + pause[0].length, end + after.length);
  };
  // A topic names the work only where no explicit ask (of any category) already covers its words
  // ("optimize MySQL" is server work, not a MySQL lesson), and no in-scope item (the free first installation) speaks.
  const explicit = policy.scope.outOfScope.flatMap((c) => found.get(askKey(c.id)) ?? []);
  const covered = (m: PhraseMatch) =>
    explicit.some((e) => e.segment === m.segment && e.evidence.at.start <= m.evidence.at.start && m.evidence.at.end <= e.evidence.at.end);

  // A later request that asks for another category's work outright is that work's request, not this topic's
  // ("Merchant says the firewall blocks them. Open the ports, please" asks for no merchant integration); so is one
  // earlier in the topic's own sentence ("walk us through the code — … where the merchant API is called").
  // A later sentence takes the topic only with an ask put as a request: "Посоветуйте, как оптимизировать MySQL" asks how,
  // and leaves the topic its question.
  const firstAsks = new Map(candidates.map(({ category, asks }) => [category.id, firstAskPerSentence(asks)]));
  const firstRequested = new Map(
    candidates.map(({ category, asks }) => [category.id, firstAskPerSentence(asks.filter((a) => requests.any.has(a)))]),
  );
  // In the topic's own sentence, an earlier ask takes it unless "and also" just before the topic turns to a further ask
  // ("…на новый хостинг и заодно сделать редизайн").
  // A further request for work that names only another category's is that work's request ("На главной цифры съехали.
  // … И заодно перенастройте нам крон, пожалуйста" asks no change of the homepage); a plain request may still reach
  // back ("фрилансер переделывал шаблон. Можете поправить шаблон…?" asks to fix the freelancer's work).
  let namedPerSentence: Map<string, Sentences> | undefined;
  const topicsPerSentence = () =>
    (namedPerSentence ??= new Map(candidates.map(({ category, asks, topics }) => [category.id, new Sentences([...asks, ...topics])])));
  const namesOnlyOther = (id: string, ref: SentenceRef) =>
    requests.work.has(ref) &&
    FURTHER.test(sentenceText(ref)) &&
    !topicsPerSentence().get(id)!.has(ref) &&
    [...topicsPerSentence()].some(([other, named]) => other !== id && named.has(ref));
  const askedOtherThan = (id: string, ref: SentenceRef, topic: PhraseMatch) => {
    const own = ref.segment === topic.segment && ref.sentence === topic.sentence;
    if (!own && namesOnlyOther(id, ref)) return true;
    const asked = [...(own ? firstAsks : firstRequested)].some(([other, first]) => {
      const at = other === id ? undefined : first.get(ref.segment)?.get(ref.sentence);
      return at !== undefined && (!own || at < topic.evidence.at.start);
    });
    return asked && !(own && (FURTHER.test(around(topic).before) || NEXT_QUESTION.test(around(topic).before)));
  };

  const sentBackAfter = (ref: SentenceRef) =>
    segments.some((segment) => segment.message > ref.segment.message && SENT_BACK.test(segment.text));
  const handsOver = perSentence(handsOverIfCovered);
  const pointOf = perSentence((ref) => NUMBERED_POINT.exec(sentenceText(ref)));
  const replaced = perSentence((ref) => namesReplacedThing(sentenceText(ref)));
  const topicAsk = (id: string, m: PhraseMatch, asking: Sentences, keptMessages: Set<number>) => {
    const { after } = around(m);
    if (keptMessages.has(m.segment.message) || SPEAKS_AFTER.test(after) || ACCESS_GIVEN_AFTER.test(after) || WORKS_FINE_AFTER.test(after)) return false;
    // A topic after another category's outright ask in its sentence is that ask's matter ("модуль стороннего
    // разработчика … чем калькулятор СДЭК"), whatever is requested later.
    if (covered(m) || askedOtherThan(id, m, m)) return false;
    // "Входит ли в поддержку разработка шаблона? … Если входит — как передать вам макеты?" asks for it if covered.
    return sentencesFrom(m, TOPIC_REACH, segments).some(
      (ref) => (asking.has(ref) || handsOver(ref)) && !askedOtherThan(id, ref, m),
    );
  };
  // An outright ask stands on a request in its sentence, or on a request for work just after it ("…настроить nginx. Сделаете?").
  // Where the work is an answer, a question put in its sentence requests it ("И подскажите заодно, какие ключевые слова…").
  const requested = (m: PhraseMatch, asking: Sentences) =>
    requests.any.has(m) || asking.has(m) || sentencesFrom(m, TOPIC_REACH, segments).some((ref) => requests.work.has(ref));
  // Read once per match (in a plain map, dropped with the call): it is asked of the same match several times, and its
  // searches reach far.
  const disclaimedMatches = new Map<PhraseMatch, boolean>();
  const disclaimedOnce = (m: PhraseMatch) => {
    let known = disclaimedMatches.get(m);
    if (known === undefined) disclaimedMatches.set(m, (known = disclaimed(m)));
    return known;
  };
  // Sentences that name some category's work (not work the customer disclaims): a retraction there takes back only what it names.
  const named = new Sentences(
    candidates.flatMap(({ asks, topics }) => [...asks, ...topics].filter((m) => !requests.retractionEnds.startsInside(m) && !disclaimedOnce(m))),
  );
  // "Скрипт поставит наш админ" after "установите скрипт… И посоветуйте, как выставить цены": a retraction that repeats
  // the words of another category's ask, told apart from this one's, and not this one's words, takes back that one only.
  const meansAnotherAsk = (ref: SentenceRef, asked: PhraseMatch, id: string) =>
    !repeatsTheAsk(ref, asked) &&
    candidates.some(
      ({ category, asks }) =>
        category.id !== id &&
        asks.some((a) => a.segment.message < ref.segment.message && !topicsPerSentence().get(id)!.has(a) && repeatsTheAsk(ref, a)),
    );
  const flagged: { asked: PhraseMatch; flag: ScopeFlag }[] = [];
  const withdrawnAsks: PhraseMatch[] = [];
  for (const { category, asks, topics, context } of candidates) {
    // "1. …наш JavaScript-калькулятор… 2. API возвращает 401": context in another point of a list reports that point only.
    const cancelled = new Set(context.map(partKey));
    const cancelledHere = new Sentences(
      context.filter((m) => {
        // "После переноса сможете перенастроить крон?": a time named before work asked outright tells when, not a bug.
        if (storyBeforeNeed(m) || (requests.work.has(m) && TIME_CONTEXT.test(m.evidence.text))) return false;
        const { before } = around(m);
        return !PURPOSE_OR_OWN.test(before) && !STANDARD_BEFORE.test(before);
      }),
    );
    const kept = keeping(category.id).filter((k) => !alreadyUsed(k));
    // Where the work is itself an answer (a Laravel lesson), a question after the wish asks for that very work.
    const answerIsNotTheWork = category.topicRequests === 'work' || category.topicRequests === 'any';
    const keptMessages = messagesOf(kept);
    const keptBy = (m: PhraseMatch) =>
      kept.some(
        (k) => k.segment === m.segment && (k.sentence === m.sentence || (k.sentence === m.sentence - 1 && ANAPHOR.test(m.evidence.text))) && !furtherAsk(k, m),
      );
    // "Please forget about moving the server" names the work to take it back, and asks nothing.
    const stands = (m: PhraseMatch) =>
      (!negated(m) || unable(m)) &&
      !(requests.withdrawals.has(m) && !requests.all.has(m)) &&
      !disclaimedOnce(m) &&
      !keptBy(m) &&
      (!cancelledHere.has(m) || askedForAfter(m)) &&
      !(answerIsNotTheWork && ownPlanAskedHow(m)) &&
      !(answerIsNotTheWork && askDeniedInMessage(m)) &&
      !coverageAsked(m) &&
      !tellsWhen(m);
    // "The SSL certificate expired. Renew it, please." — the work asked names the category's topic, here or just before.
    const asking = {
      work: requests.work,
      any: requests.workOrRepair,
      answers: requests.answers,
      'work-or-answers': requests.workOrAnswers,
      all: requests.all,
    }[category.topicRequests];
    // Unrequested, an outright ask stands unless the message tells it as a bug report, or its sentence is a reproduction step.
    const ask = asks.find((m) => stands(m) && (requested(m, asking) || (!cancelled.has(partKey(m)) && !isStep(m))));
    // A topic is asked by a request in its sentence or just after it ("Возвращаюсь к полю Telegram… Давайте делать").
    const topicAsked = (m: PhraseMatch) => topicAsk(category.id, m, asking, keptMessages);
    const asked = ask ?? topics.find((m) => topicAsked(m) && stands(m));
    if (!asked) continue;
    // A later message that names the work again to take it back ("never mind the migration, we did it ourselves"),
    // or takes back what it does not name ("Понял, сверстаем сами, просьбу снимаю", "forget about the countdown thing"),
    // or names other work in the ask's own words ("WordPress поставим сами" of "поставьте на хостинг WordPress").
    const later = (ref: SentenceRef) => ref.segment.message > asked.segment.message;
    const retractions = [...requests.withdrawals.refs()].filter(
      (ref) =>
        later(ref) &&
        (!named.has(ref) || requests.reframings.has(ref) || repeatsTheAsk(ref, asked)) &&
        samePoint(pointOf(ref), asked) &&
        (requests.retractions.has(ref) || (!replaced(ref) && takesBackTheAsk(ref, asked))) &&
        !meansAnotherAsk(ref, asked, category.id),
    );
    // An ask put again after the retraction stands, and so does one the other side sends back ("ExchangeLab says
    // the error is on your side").
    const retracted = () => {
      const askedAgain = [...asks, ...topics.filter((m) => requests.any.has(m) || asking.has(m) || topicAsked(m))].filter(stands);
      const last = askedAgain.reduce((latest, m) => Math.max(latest, m.segment.message), -1);
      return retractions.some((ref) => ref.segment.message > last && !sentBackAfter(ref));
    };
    // One that names the work takes it back unless the category is asked again after it ("SSL is still needed though").
    const namedWithdrawal = [...asks, ...topics].find((m) => later(m) && requests.withdrawals.has(m) && !replaced(m));
    // A topic counts as asked again only as the category's topics are asked ("хотим, чтобы письма приходили от shop@
    // нашего домена" names the domain in a how-to, it asks no DNS work).
    const askedAfter = (w: PhraseMatch) =>
      [...asks, ...topics].some(
        (m) =>
          comesAfter(m, w) &&
          !requests.withdrawals.has(m) &&
          (asks.includes(m) ? requests.any.has(m) || asking.has(m) : asking.has(m) || topicAsked(m)) &&
          stands(m),
      );
    // "…could you also move us to a faster server? Actually no, scrap that": taken back at once, in the next sentences.
    const droppedAtOnce = [...requests.retractions.refs()].some(
      (ref) =>
        ref.segment === asked.segment &&
        ref.sentence > asked.sentence &&
        ref.sentence <= asked.sentence + 2 &&
        !named.has(ref) &&
        dropsOutright(sentenceText(ref)) &&
        ![...asks, ...topics].some((m) => comesAfter(m, ref) && stands(m)),
    );
    const withdrawn =
      (namedWithdrawal !== undefined && !askedAfter(namedWithdrawal)) || (retractions.length > 0 && retracted()) || droppedAtOnce;
    if (withdrawn) {
      withdrawnAsks.push(asked);
      continue;
    }
    flagged.push({ asked, flag: flagFor(category, asked.evidence) });
  }
  // One ask read as two categories ("explain which lines of FeeCalculator.php": the code, and PHP) is taken back as one.
  const withdrawnWords = new Spans(withdrawnAsks.map(spanOf));
  return flagged
    .filter(({ asked }) => !withdrawnWords.overlaps(asked.segment, asked.evidence.at.start, asked.evidence.at.end))
    .map(({ flag }) => flag);
}
