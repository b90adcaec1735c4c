import type { Segment } from '../evidence';
import { phraseBook, Sentences, tokenize, type SentenceRef } from '../phrases';

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
];
const HOW_TO: readonly string[] = [
  'how do', 'how can i|we', 'how to', 'how should', 'where do', 'where can', 'where is', 'tell me how', 'explain how',
  'как$ * можно|мне|нам|сделать|настроить|поменять|изменить|добавить|включить|отключить|убрать|правильно|найти',
  'где$ * можно|найти|находится|настраивается|меняется|включается', 'каким образом', 'подскажите', 'расскажите как',
  'объясните как',
];

/** Russian polite imperatives ("поменяйте", "продлите"); greetings and apologies share the ending. */
const IMPERATIVE = /^[а-я]{3,}(?:йте|ите)$/;
const NOT_IMPERATIVE = new Set(['здравствуйте', 'извините', 'простите', 'поймите', 'учтите', 'подскажите', 'скажите', 'расскажите', 'объясните']);

/** Asks to repair the product or to explain it: a bug report's or a question's request, which names no work by itself. */
const FIXING: readonly string[] = [
  'fix', 'repair', 'help', 'check', 'look into', 'look at', 'investigate', 'solve', 'resolve', 'tell', 'explain',
  'advise', 'why$', 'restore', 'recover', 'undo', 'revert', 'roll back',
  'почин', 'исправ', 'помоги', 'помож', 'проверьт', 'посмотрит', 'разберит', 'решит', 'подскажите', 'скажите',
  'объясн', 'почему', 'восстанов', 'верните', 'вернуть', 'откат',
];

/** Asks put to the vendor outright: they stand even inside a question ("подскажите… и можете ли вы сами их поменять?"). */
const DIRECT: readonly string[] = [
  'can you', 'could you', 'would you', 'will you', 'можете ли вы', 'могли бы вы', 'сможете ли вы', 'можете вы', 'вы можете',
];

const book = () =>
  phraseBook(ASKING, () => [['asking', ASKING], ['direct', DIRECT], ['how-to', HOW_TO], ['fixing', FIXING]]);

export interface Requests {
  /** Sentences that ask the vendor to act. */
  any: Sentences;
  /** Of those, the ones that ask for work rather than a repair ("set up", "продлите", not only "please fix"). */
  work: Sentences;
}

export function requestSentences(segments: readonly Segment[]): Requests {
  const found = book().scan(segments);
  const howTo = new Sentences(found.filter((m) => m.key === 'how-to'));
  const any = new Sentences(found.filter((m) => (m.key === 'asking' && !howTo.has(m)) || m.key === 'direct'));
  const imperatives: SentenceRef[] = [];
  for (const segment of segments) {
    for (const word of tokenize(segment).words) {
      if (word.quoted || !IMPERATIVE.test(word.norm) || NOT_IMPERATIVE.has(word.norm)) continue;
      const ref = { segment, sentence: word.sentence };
      if (!howTo.has(ref)) any.add(ref);
      // A polite imperative that is not a repair verb is itself the work asked ("продлите", "настройте").
      if (!howTo.has(ref) && !FIXING_STEM.test(word.norm)) imperatives.push(ref);
    }
  }
  const fixing = new Sentences(found.filter((m) => m.key === 'fixing'));
  const work = new Sentences(imperatives);
  for (const m of found) if ((m.key === 'asking' || m.key === 'direct') && any.has(m) && !fixing.has(m)) work.add(m);
  return { any, work };
}

const FIXING_STEM = /^(?:почин|исправ|помог|помож|проверь|посмотр|разбер|реши|восстанов|верни|откат)/;
