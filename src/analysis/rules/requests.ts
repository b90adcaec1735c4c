import type { Segment } from '../evidence';
import { phraseBook, Sentences, tokenize } from '../phrases';

/**
 * Sentences in which the customer asks the vendor to do something ("could you set up cron for us",
 * "продлите, пожалуйста, сертификат"). Such an ask stands on its own: context words elsewhere in the
 * message that make a mere mention in-scope ("after we moved servers…") do not cancel it.
 * A how-to question stays a question even with "please" ("подскажите, пожалуйста, как…").
 */
const ASKING: readonly string[] = [
  'please', 'pls', 'plz', 'could you', 'can you', 'would you', 'will you', 'need you to', 'want you to',
  'for us$', 'help us', 'help me', 'possible for you', 'could your', 'can your', 'would your', 'we d like you',
  'we would like you', 'i d like you', 'i would like you', 'kindly',
  'пожалуйста', 'можете', 'можешь', 'могли бы', 'сможете', 'прошу', 'просим', 'за нас', 'для нас', 'нам$ нужно чтобы',
  'чтобы вы', 'хотим чтобы', 'хотели бы чтобы', 'нужно чтобы', 'хотелось бы чтобы', 'есть ли возможность',
  'готовы * оплатить|заплатить|платить', 'оплатим', 'we were wondering', 'wondering whether|wondering if', 'is there any chance',
  'your team could', 'you guys could', 'paid work', 'we ll pay|we will pay|we can pay|happy to pay|willing to pay',
  'сколько * стоит|стоить|будет стоить|обойдется', 'how much * cost|costs|charge|would it cost',
  'было бы здорово|было бы хорошо|было бы отлично|было бы неплохо|было бы удобно', 'если бы вы|если бы ваши', 'кто мог бы',
  'it would be great|it d be great|would be nice|would be great', 'who could', 'want * installed|set up|configured|done|moved|migrated|redesigned',
  'pozhaluysta|pozhalujsta|pojaluista|pozhalusta',
];
const HOW_TO: readonly string[] = [
  'how do', 'how can i|how can we', 'how to', 'how should', 'where do', 'where can', 'where is', 'tell me how', 'explain how',
  'как$ * можно|мне|нам|сделать|настроить|поменять|изменить|добавить|включить|отключить|убрать|правильно|найти',
  'где$ * можно|найти|находится|настраивается|меняется|включается', 'каким образом', 'подскажите', 'расскажите как',
  'объясните как',
];

/** Russian polite imperatives ("поменяйте", "продлите"); greetings and apologies share the ending. */
const IMPERATIVE = /^[а-я]{3,}(?:йте|ите)$/;
const NOT_IMPERATIVE = new Set(['здравствуйте', 'извините', 'простите', 'поймите', 'учтите', 'подскажите', 'скажите', 'расскажите', 'объясните']);

/** Asks to repair the product: a bug report's request, which names no work by itself. */
const REPAIRING: readonly string[] = [
  'fix', 'repair', 'help', 'check', 'look into', 'look at', 'investigate', 'solve', 'resolve', 'restore', 'recover', 'undo',
  'revert', 'roll back', 'clean up',
  'почин', 'исправ', 'помоги', 'помож', 'проверьт', 'посмотрит', 'разберит', 'решит', 'восстанов', 'верните', 'вернуть', 'откат',
];
/** Asks for an answer: a question's request, which names no work either. */
const ANSWERING: readonly string[] = [
  'tell', 'explain', 'advise', 'describe', 'why$', 'know', 'understand', 'подскажите', 'скажите', 'объясн', 'почему', 'расскажите',
  'знать', 'понять',
];
/** "We don't need you to touch the server": the customer rules the work out. */
const REFUSING: readonly string[] = [
  'don t|do not|dont * need|want * you', 'no need', 'не нужно|не надо|не требуется|не просим * * вас|вы|чтобы',
];

/** Asks put to the vendor outright: they stand even inside a question ("подскажите… и можете ли вы сами их поменять?"). */
const DIRECT: readonly string[] = [
  'can you', 'could you', 'would you', 'will you', 'можете ли вы', 'могли бы вы', 'сможете ли вы', 'можете вы', 'вы можете',
];

/** A direct ask for an answer ("could you tell me why…") is a question all the same. */
const DIRECT_QUESTION: readonly string[] = [
  'can|could|would|will * you * tell|explain|advise|describe|clarify', 'можете|могли|сможете * подсказать|сказать|объяснить|рассказать|пояснить',
];

const book = () =>
  phraseBook(ASKING, () => [
    ['asking', ASKING],
    ['direct', DIRECT],
    ['direct-question', DIRECT_QUESTION],
    ['how-to', HOW_TO],
    ['repairing', REPAIRING],
    ['answering', ANSWERING],
    ['refusing', REFUSING],
  ]);

export interface Requests {
  /** Sentences that ask the vendor to act. */
  any: Sentences;
  /** Of those, the ones that ask for work: neither a plea to repair the product nor a question ("set up", "продлите"). */
  work: Sentences;
  /** Work, or a plea to repair ("please fix what he broke"), but not a question ("could you explain…"). */
  workOrRepair: Sentences;
}

export function requestSentences(segments: readonly Segment[]): Requests {
  const found = book().scan(segments);
  const of = (key: string) => new Sentences(found.filter((m) => m.key === key));
  const howTo = of('how-to');
  const repairing = of('repairing');
  const answering = of('answering');
  const refusing = of('refusing');
  const any = new Sentences(
    found.filter((m) => ((m.key === 'asking' && !howTo.has(m)) || m.key === 'direct') && !refusing.has(m)),
  );
  for (const segment of segments) {
    for (const word of tokenize(segment).words) {
      if (word.quoted || !IMPERATIVE.test(word.norm) || NOT_IMPERATIVE.has(word.norm)) continue;
      const ref = { segment, sentence: word.sentence };
      if (howTo.has(ref) || refusing.has(ref)) continue;
      any.add(ref);
      // A polite imperative is itself the act asked: work ("продлите"), or a repair ("почините").
      if (REPAIR_STEM.test(word.norm)) repairing.add(ref);
    }
  }
  const directQuestion = of('direct-question');
  const direct = new Sentences(found.filter((m) => m.key === 'direct' && !directQuestion.has(m)));
  const work = new Sentences();
  const workOrRepair = new Sentences();
  for (const ref of any.refs()) {
    // "…скажите, что он поломал" beside "почините" and "подскажите… можете ли вы сами поменять?" still ask to act.
    if (answering.has(ref) && !repairing.has(ref) && !direct.has(ref)) continue;
    workOrRepair.add(ref);
    if (!repairing.has(ref)) work.add(ref);
  }
  return { any, work, workOrRepair };
}

const REPAIR_STEM = /^(?:почин|исправ|помог|помож|проверь|посмотр|разбер|реши|восстанов|верни|откат)/;
