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
];
const HOW_TO: readonly string[] = [
  'how do', 'how can i|we', 'how to', 'how should', 'where do', 'where can', 'where is', 'tell me how', 'explain how',
  'как$', 'где$', 'каким образом', 'подскажите', 'расскажите как', 'объясните как',
];

/** Russian polite imperatives ("поменяйте", "продлите"); greetings and apologies share the ending. */
const IMPERATIVE = /^[а-я]{3,}(?:йте|ите)$/;
const NOT_IMPERATIVE = new Set(['здравствуйте', 'извините', 'простите', 'поймите', 'учтите', 'подскажите', 'скажите', 'расскажите', 'объясните']);

const book = () => phraseBook(ASKING, () => [['asking', ASKING], ['how-to', HOW_TO]]);

export function requestSentences(segments: readonly Segment[]): Sentences {
  const found = book().scan(segments);
  const howTo = new Sentences(found.filter((m) => m.key === 'how-to'));
  const asking = new Sentences(found.filter((m) => m.key === 'asking' && !howTo.has(m)));
  for (const segment of segments) {
    for (const word of tokenize(segment).words) {
      if (word.quoted || !IMPERATIVE.test(word.norm) || NOT_IMPERATIVE.has(word.norm)) continue;
      const probe = { segment, sentence: word.sentence };
      if (!howTo.has(probe)) asking.add(probe);
    }
  }
  return asking;
}
