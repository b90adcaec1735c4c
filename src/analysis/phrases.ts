import { evidenceIn, type Evidence, type Segment } from './evidence';

/**
 * The phrase matcher behind every word rule (see `phraseSchema` in src/policy/schema.ts):
 * a phrase is a run of words, each matching the start of a word of the text (case-insensitive, ё = е),
 * `word$` (and any word of one or two characters) matching the whole word only, `*` standing for up to three words of anything, and `|` separating
 * alternatives of the words between two `*`.
 * A match never crosses the end of a sentence. Text is cut into words once; every phrase word sits in a
 * trie, so each text word is looked up in time bounded by the longest phrase word, whatever the input.
 */

const WORD = /[\p{L}\p{N}\p{M}_]+/gu;
/** Quote marks (by character code) and their closing marks. */
const CLOSER = new Map([[34, '"'], [0xab, '»'], [0x201c, '”'], [0x201e, '“'], [96, '`'], [39, "'"]]);
const ANY_QUOTE = /["«“„`']/g;

/**
 * Quoted or code text on one line, as [start, end) ranges; an apostrophe inside a word ("don't") opens no quote.
 * Linear: the next position of each closing mark and of the line break is searched forward only, never again.
 */
function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const nextAt = new Map<string, number>();
  const next = (ch: string, from: number): number => {
    let at = nextAt.get(ch);
    if (at === undefined || (at !== -1 && at < from)) {
      at = text.indexOf(ch, from);
      nextAt.set(ch, at);
    }
    return at;
  };
  // Jumps from quote mark to quote mark; a quote that closes moves the search past its end.
  ANY_QUOTE.lastIndex = 0;
  for (let m = ANY_QUOTE.exec(text); m; m = ANY_QUOTE.exec(text)) {
    const k = m.index;
    const closer = CLOSER.get(text.charCodeAt(k))!;
    if (closer === "'" && k > 0 && isWordChar(text, k - 1)) continue;
    const end = next(closer, k + 1);
    const lineEnd = next('\n', k + 1);
    if (end === -1 || (lineEnd !== -1 && lineEnd < end)) continue;
    if (closer === "'" && end + 1 < text.length && isWordChar(text, end + 1)) continue;
    ranges.push([k, end + 1]);
    ANY_QUOTE.lastIndex = end + 1;
  }
  return ranges;
}

/**
 * Pasted log or error lines ("PHP Fatal error: … in /var/www/…", "[2026-06-16 …] production.ERROR: …", "[Error] Cannot write…", "#0 /app/…"),
 * as [start, end) ranges: their words are the program's, not the customer's, quoted or not. Only line starts are tried.
 */
function pastedLineRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    PASTED_LINE.lastIndex = start;
    if (PASTED_LINE.test(text)) ranges.push([start, end]);
    start = end + 1;
  }
  return ranges;
}
// Sticky, tried at each line start; `[ \t]*`, not `\s*`, so a run of empty lines is not rescanned from each.
const PASTED_LINE =
  /[ \t]*(?:PHP\s+)?(?:Fatal error|Parse error|Warning:|Notice:|Deprecated:|Uncaught\s|Stack trace|#\d{1,3}\s|\[\d{4}-\d{2}-\d{2}|\[(?:[Ee]rror|ERROR|[Ff]atal|FATAL|[Ww]arn(?:ing)?|WARN(?:ING)?|[Cc]ritical|CRITICAL)\]\s|SQLSTATE\[|[\w\\]{2,80}(?:Exception|Error):|at\s+\S+\.(?:php|js|ts|py)|in\s+\/)/y;

/** Quoted text, pasted log lines and fenced code, ordered by start (a quote may sit inside a pasted line or a fence). */
function pastedRanges(text: string): [number, number][] {
  const quotes = quotedRanges(text);
  const lines = pastedLineRanges(text);
  const fences = text.includes('```') ? fencedRanges(text) : [];
  return lines.length + fences.length === 0 ? quotes : [...quotes, ...lines, ...fences].sort((a, b) => a[0] - b[0]);
}

/** Fenced code blocks ("```php … ```"), over any number of lines, their language tag included. */
function fencedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (let open = text.indexOf('```'); open !== -1; ) {
    const close = text.indexOf('```', open + 3);
    if (close === -1) break;
    ranges.push([open, close + 3]);
    open = text.indexOf('```', close + 3);
  }
  return ranges;
}
const GAP_WORDS = 3;

/**
 * Short Russian words that start other words without being their stem ("под" of "поддержку", "нас" of "настройка",
 * "про" of "проблема"): a phrase word of these matches only itself, as words of two letters do.
 */
const WHOLE_WORDS = new Set(['под', 'нас', 'вас', 'нам', 'вам', 'над', 'без', 'при', 'про', 'его', 'мне']);

export interface Word {
  /** Normalised text of the word. */
  norm: string;
  /** The normalised text's number in this page's vocabulary (-1 once that is full): books look words up by it. */
  vocab: number;
  start: number;
  end: number;
  sentence: number;
  /** Clause number: a sentence turns at ", just / but / только…", and no phrase gap reaches past the turn. */
  clause: number;
  /** Inside quotes or backticks, or on a pasted log line: error text rather than the customer's own words. */
  quoted: boolean;
}

export interface TokenizedText {
  segment: Segment;
  words: Word[];
}

export interface PhraseMatch {
  /** Key of the list the phrase belongs to. */
  key: string;
  phrase: string;
  evidence: Evidence;
  /** Sentence number inside the segment, to relate matches of the same sentence. */
  sentence: number;
  segment: Segment;
  /** The match starts inside quotes (pasted text, an error message). */
  quoted: boolean;
}

export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('ё') ? lower.replace(/ё/g, 'е') : lower;
}

/**
 * Each segment's words, kept on the segment under a private key: a WeakMap of the many short-lived segments
 * of every analysis made the collector's ephemeron work cost as much as the tokenizing.
 */
const TOKENS = Symbol('tokens');
type Tokenized = Segment & { [TOKENS]?: TokenizedText };

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

/** A character of a word (as WORD): ASCII, Latin and Cyrillic by code, anything else by its Unicode class. */
function isWordChar(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
  if ((c >= 0x400 && c <= 0x52f) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) return true;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return LETTER_OR_DIGIT.test(text[k]!);
}

/** Whether the text between two words ends a sentence: a line break, or . ! ? ; … before a space. */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) return true;
    if ((c === 46 || c === 33 || c === 63 || c === 59 || c === 0x2026) && k + 1 < text.length && /\s/.test(text[k + 1]!)) return true;
  }
  return false;
}

/**
 * Every word seen, numbered once: each phrase book then finds what a word matches by an array index instead of
 * hashing the word again (four books read every word). Bounded, so hostile text cannot grow it without end.
 */
const VOCABULARY = new Map<string, number>();
const MAX_VOCABULARY = 100_000;
function vocabularyNumber(norm: string): number {
  let n = VOCABULARY.get(norm);
  if (n === undefined) {
    if (VOCABULARY.size >= MAX_VOCABULARY) return -1;
    n = VOCABULARY.size;
    VOCABULARY.set(norm, n);
  }
  return n;
}

/** "…with our own agency, just confirm which template": what follows the turn is another thought. */
const TURNS = new Set(['just', 'only', 'but', 'however', 'просто', 'только', 'но', 'однако']);
const CLAUSE_MARK = /[,—–]|\s-\s/;

/**
 * What kind of word a vocabulary word is for the tokenizer, judged once per word: a plain one, a turn after a comma,
 * a negation written without its apostrophe, or a class name split where its code suffix starts (CLASS_NAME + cut).
 */
const PLAIN_WORD = 1;
const TURN_WORD = 2;
const NO_APOSTROPHE_WORD = 3;
const CLASS_NAME = 4;
const WORD_KINDS: number[] = [];
function wordKind(norm: string, vocab: number): number {
  const known = vocab >= 0 ? WORD_KINDS[vocab] : undefined;
  if (known !== undefined) return known;
  const kind = TURNS.has(norm)
    ? TURN_WORD
    : NO_APOSTROPHE.has(norm)
      ? NO_APOSTROPHE_WORD
      : norm.length > 9 && CODE_SUFFIX.test(norm)
        ? CLASS_NAME + norm.search(CODE_SUFFIX) + 1
        : PLAIN_WORD;
  if (vocab >= 0) WORD_KINDS[vocab] = kind;
  return kind;
}

/** English negations written without their apostrophe. */
const NO_APOSTROPHE = new Set(
  'cant dont doesnt didnt wont isnt arent wasnt werent couldnt shouldnt wouldnt havent hasnt hadnt aint'.split(' '),
);

const CODE_SUFFIX = /[a-z](?:controller|service|repository|middleware|provider|component|listener|observer|helper)s?$/;

export function tokenize(segment: Segment): TokenizedText {
  const cached = (segment as Tokenized)[TOKENS];
  if (cached) return cached;
  const { text } = segment;
  // Lowercased once; where lowercasing changes the length (rare letters) each word is normalised alone.
  const lower = normalizeWord(text);
  const aligned = lower.length === text.length;
  const words: Word[] = [];
  const quotes = pastedRanges(text);
  let quote = 0;
  let sentence = 0;
  let clause = 0;
  let turning = false;
  let prevEnd = 0;
  let start = -1;
  for (let k = 0; k <= text.length; k++) {
    const inWord = k < text.length && isWordChar(text, k);
    if (inWord && start < 0) start = k;
    if (inWord || start < 0) continue;
    if (endsSentence(text, prevEnd, start)) sentence++;
    while (quote < quotes.length && quotes[quote]![1] <= start) quote++;
    const quoted = quote < quotes.length && quotes[quote]![0] < start;
    const norm = aligned ? lower.slice(start, k) : normalizeWord(text.slice(start, k));
    const vocab = vocabularyNumber(norm);
    const kind = wordKind(norm, vocab);
    if (turning) clause++;
    turning = kind === TURN_WORD && CLAUSE_MARK.test(text.slice(prevEnd, start));
    if (kind === NO_APOSTROPHE_WORD) {
      // "cant", "dont": read as "can't", "don't" are, two words, so every phrase written for those finds them.
      const stem = norm.slice(0, -1);
      words.push({ norm: stem, vocab: vocabularyNumber(stem), start, end: k - 1, sentence, clause, quoted });
      words.push({ norm: 't', vocab: vocabularyNumber('t'), start: k - 1, end: k, sentence, clause, quoted });
    } else if (kind >= CLASS_NAME) {
      // "ExchangeController", "PayoutService": the class names the controller or service phrases speak of.
      const cut = kind - CLASS_NAME;
      for (const [from, to] of [[start, start + cut], [start + cut, k]] as const) {
        const part = norm.slice(from - start, to - start);
        words.push({ norm: part, vocab: vocabularyNumber(part), start: from, end: to, sentence, clause, quoted });
      }
    } else {
      words.push({ norm, vocab, start, end: k, sentence, clause, quoted });
    }
    prevEnd = k;
    start = -1;
  }
  const tokenized = { segment, words };
  (segment as Tokenized)[TOKENS] = tokenized;
  return tokenized;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Phrase words that end here and match any word starting so. */
  prefixOf: number[];
  /** Phrase words that end here and match only a word ending here too. */
  exactOf: number[];
}

interface CompiledPhrase {
  key: string;
  source: string;
  /** Each slot: its alternatives, runs of phrase word ids. */
  slots: number[][][];
  /** A slot of many alternatives also by the id of their first word (a short list is scanned faster than hashed). */
  byFirst: (Map<number, number[][]> | undefined)[];
  /** How many text words may stand before slot i (after slot i-1). */
  gaps: number[];
  /** Each slot after the first: the ids its alternatives may start with (a phrase none of whose are in a segment cannot match there). */
  laterFirsts: number[][];
}

interface ParsedWord {
  text: string;
  exact: boolean;
}

const NONE: readonly number[] = [];

const NO_RUNS: readonly number[][] = [];
const MANY_ALTERNATIVES = 8;
function groupByFirst(runs: number[][]): Map<number, number[][]> {
  const map = new Map<number, number[][]>();
  for (const run of runs) {
    const list = map.get(run[0]!);
    if (list) list.push(run);
    else map.set(run[0]!, [run]);
  }
  return map;
}

const newNode = (): TrieNode => ({ next: new Map(), prefixOf: [], exactOf: [] });

/**
 * `*` cuts a phrase into slots, `|` a slot into alternatives, each a run of words:
 * "please renew$|set$ up * ssl|https" → [[please, renew=], [set=, up]] · gap 3 · [[ssl], [https]].
 */
function parsePhrase(source: string): { slots: ParsedWord[][][]; gaps: number[] } {
  const slots: ParsedWord[][][] = [];
  const gaps: number[] = [];
  let gap = 0;
  for (const slot of source.split(/(?:^|\s)\*(?=\s|$)/)) {
    const alternatives = slot
      .split('|')
      .map((alt) =>
        alt
          .trim()
          .split(/\s+/)
          .flatMap((part) => {
            const pieces = [...part.matchAll(WORD)].map((m) => normalizeWord(m[0]));
            return pieces.map((text, i) => ({ text, exact: text.length <= 2 || WHOLE_WORDS.has(text) || (i === pieces.length - 1 && part.endsWith('$')) }));
          }),
      )
      .filter((run) => run.length > 0);
    if (alternatives.length === 0) {
      gap += GAP_WORDS;
      continue;
    }
    gaps.push(slots.length === 0 ? 0 : gap);
    slots.push(alternatives);
    gap = GAP_WORDS;
  }
  return { slots, gaps };
}

/** Whether punctuation that parts words (a dash, a semicolon, a bracket; not a comma, as in "хотели бы, чтобы") stands between two words of a run. */
function brokenBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2014 || c === 0x2013 || c === 59 || c === 40 || c === 41) return true;
  }
  return false;
}

/** A compiled set of keyed phrase lists; `scan` finds every phrase of every list in the segments. */
export class PhraseBook {
  private readonly root = newNode();
  private readonly phrases: CompiledPhrase[] = [];
  /** Phrases by the id of a word their first slot may start with. */
  private byFirstWord: (readonly number[])[] = [];
  private readonly wordIds = new Map<string, number>();
  /** Per phrase, the last scan position it matched at (so a phrase is reported once per starting word). */
  private tried = new Int32Array(0);
  private position = 0;

  /** A number no earlier starting word of any scan got: `tried` never needs clearing. */
  private nextPosition(): number {
    if (this.tried.length !== this.phrases.length || this.position === 0x7fffffff) {
      this.tried = new Int32Array(this.phrases.length);
      this.position = 0;
    }
    return ++this.position;
  }

  /** Per phrase word id: the last segment it was seen in, and the last one its viable phrases were listed for. */
  private presentIn = new Int32Array(0);
  private listedIn = new Int32Array(0);
  private viableByFirst: (readonly number[])[] = [];
  private segmentNumber = 0;

  /** A number no earlier segment got (the same no-clearing trick as `nextPosition`). */
  private nextSegment(): number {
    if (this.presentIn.length !== this.wordIds.size || this.segmentNumber === 0x7fffffff) {
      this.presentIn = new Int32Array(this.wordIds.size);
      this.listedIn = new Int32Array(this.wordIds.size);
      this.viableByFirst = new Array<readonly number[]>(this.wordIds.size).fill(NONE);
      this.segmentNumber = 0;
    }
    return ++this.segmentNumber;
  }

  /**
   * The phrases starting with a word id whose every later slot has a word it may start with somewhere in the segment:
   * most phrases of a common first word ("не", "we") fail so, before any walk through the text. Listed once per
   * word and segment, so each further "не" walks only the few that may match.
   */
  private viableStartingWith(id: number, segment: number): readonly number[] {
    if (this.listedIn[id] !== segment) {
      this.listedIn[id] = segment;
      let viable: number[] | undefined;
      for (const index of this.byFirstWord[id]!) {
        if (this.laterSlotsPresent(this.phrases[index]!.laterFirsts, segment)) (viable ??= []).push(index);
      }
      this.viableByFirst[id] = viable ?? NONE;
    }
    return this.viableByFirst[id]!;
  }

  private laterSlotsPresent(laterFirsts: number[][], segment: number): boolean {
    for (const ids of laterFirsts) {
      let present = false;
      for (const id of ids) {
        if (this.presentIn[id] === segment) {
          present = true;
          break;
        }
      }
      if (!present) return false;
    }
    return true;
  }

  /** Text words already looked up; bounded so hostile text of endless distinct words cannot grow it forever. */
  private readonly seen: (readonly number[] | undefined)[] = [];

  constructor(lists: Iterable<readonly [string, readonly string[]]>) {
    for (const [key, sources] of lists) {
      for (const source of sources) {
        const parsed = parsePhrase(source);
        if (parsed.slots.length === 0) continue;
        const slots = parsed.slots.map((alternatives) => alternatives.map((run) => run.map((w) => this.wordId(w))));
        const firsts = slots.map((slot) => [...new Set(slot.map((run) => run[0]!))]);
        const laterFirsts = firsts.slice(1);
        const byFirst = slots.map((slot) => (slot.length > MANY_ALTERNATIVES ? groupByFirst(slot) : undefined));
        const index = this.phrases.push({ key, source, slots, byFirst, gaps: parsed.gaps, laterFirsts }) - 1;
        for (const first of firsts[0]!) {
          ((this.byFirstWord[first] as number[] | undefined) ??= []).push(index);
        }
      }
    }
    // Dense arrays, every id filled: V8 keeps a sparse one as a slow dictionary, and these are read per text word.
    this.byFirstWord = Array.from({ length: this.wordIds.size }, (_, id) => this.byFirstWord[id] ?? NONE);
  }

  private wordId(word: ParsedWord): number {
    const key = `${word.exact ? '=' : '~'}${word.text}`;
    let id = this.wordIds.get(key);
    if (id === undefined) {
      id = this.wordIds.size;
      this.wordIds.set(key, id);
      let node = this.root;
      for (let k = 0; k < word.text.length; k++) {
        const ch = word.text[k]!;
        let child = node.next.get(ch);
        if (!child) {
          child = newNode();
          node.next.set(ch, child);
        }
        node = child;
      }
      (word.exact ? node.exactOf : node.prefixOf).push(id);
    }
    return id;
  }

  /** Phrase word ids a text word matches (a shared empty list for most words), remembered per vocabulary word. */
  private wordIdsOf(word: Word): readonly number[] {
    if (word.vocab < 0) return this.lookUp(word.norm);
    // Grown densely up to the word's number: a sparse array would turn into a slow dictionary.
    while (this.seen.length <= word.vocab) this.seen.push(undefined);
    return (this.seen[word.vocab] ??= this.lookUp(word.norm));
  }

  private lookUp(norm: string): readonly number[] {
    let ids: number[] | undefined;
    let node: TrieNode | undefined = this.root;
    for (let k = 0; k < norm.length; k++) {
      node = node.next.get(norm[k]!);
      if (!node) return ids ?? NONE;
      for (const id of node.prefixOf) (ids ??= []).push(id);
    }
    for (const id of node.exactOf) (ids ??= []).push(id);
    return ids ?? NONE;
  }

  /** Every phrase match in the segments, in text order per segment. */
  scan(segments: readonly Segment[]): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    for (const segment of segments) {
      const { words } = tokenize(segment);
      const segmentNumber = this.nextSegment();
      const matched: (readonly number[])[] = new Array(words.length);
      for (let k = 0; k < words.length; k++) {
        const ids = this.wordIdsOf(words[k]!);
        matched[k] = ids;
        for (let j = 0; j < ids.length; j++) this.presentIn[ids[j]!] = segmentNumber;
      }
      // Where a run of word ids ends when it starts at `at` inside sentence `sentence`, or -1.
      const runAt = (run: number[], at: number, sentence: number): number => {
        for (let k = 1; k < run.length; k++) {
          const q = at + k;
          if (q >= words.length || words[q]!.sentence !== sentence || !matched[q]!.includes(run[k]!)) return -1;
          // A run's words stand together: "no — one of our operators" is no "no one".
          if (brokenBetween(segment.text, words[q - 1]!.end, words[q]!.start)) return -1;
        }
        return at + run.length - 1;
      };
      // The end of the phrase from `slot` on, its first alternative starting with word id `id` at `at`, or -1.
      const slotAt = (p: CompiledPhrase, slot: number, id: number, at: number, sentence: number): number => {
        const byFirst = p.byFirst[slot];
        for (const run of byFirst ? (byFirst.get(id) ?? NO_RUNS) : p.slots[slot]!) {
          if (run[0] !== id) continue;
          const runEnd = runAt(run, at, sentence);
          const end = runEnd < 0 ? -1 : extend(p, slot + 1, runEnd, sentence);
          if (end >= 0) return end;
        }
        return -1;
      };
      // Last word of the phrase from `slot` on, after a match ending at `at`, or -1. Bounded: each slot tries at
      // most GAP_WORDS + 1 places per `*`, and at each only the alternatives that start with a word found there.
      const extend = (p: CompiledPhrase, slot: number, at: number, sentence: number): number => {
        if (slot === p.slots.length) return at;
        for (let q = at + 1; q <= at + 1 + p.gaps[slot]! && q < words.length; q++) {
          if (words[q]!.sentence !== sentence || words[q]!.clause !== words[at]!.clause) break;
          for (const id of matched[q]!) {
            const end = slotAt(p, slot, id, q, sentence);
            if (end >= 0) return end;
          }
        }
        return -1;
      };
      for (let i = 0; i < words.length; i++) {
        const ids = matched[i]!;
        if (ids.length === 0) continue;
        const sentence = words[i]!.sentence;
        const here = this.nextPosition();
        for (const id of ids) {
          for (const index of this.viableStartingWith(id, segmentNumber)) {
            if (this.tried[index] === here) continue;
            const p = this.phrases[index]!;
            const end = slotAt(p, 0, id, i, sentence);
            if (end < 0) continue;
            this.tried[index] = here;
            const from = words[i]!.start;
            out.push({
              key: p.key,
              phrase: p.source,
              evidence: evidenceIn(segment, from, words[end]!.end - from),
              sentence,
              segment,
              quoted: words[i]!.quoted,
            });
          }
        }
      }
    }
    return out;
  }
}

const bookCache = new WeakMap<object, PhraseBook>();

/** Each verb right before each thing, as one phrase of alternatives ("не работает сайт", "настроила поддержка"). */
export function wordAfter(verbs: readonly string[], things: readonly string[]): string[] {
  return [verbs.flatMap((verb) => things.map((thing) => `${verb} ${thing}`)).join('|')];
}

/** One compiled book per owner object (a policy, a rule table), built on first use. */
export function phraseBook(owner: object, lists: () => Iterable<readonly [string, readonly string[]]>): PhraseBook {
  let book = bookCache.get(owner);
  if (!book) {
    book = new PhraseBook(lists());
    bookCache.set(owner, book);
  }
  return book;
}

/** "not", "never", "n't", "не", "ни", "без" right before (one word may stand between: "did not really change"). */
// "Не поможете поправить…?", "не могли бы вы…": a polite ask, not a denial.
const NEGATION_BEFORE =
  /(?:(?<![\p{L}])(?:not|never|no|dont|didnt|не(?!\s+(?:\p{L}+(?:ете|ите|етесь|итесь)|могли|могла|мог)\s)|ни|без|нет|никак\p{L}*|ни\s+одн\p{L}*)|n['’]t)\s+(?:[\p{L}]+\s+)?$/iu;
const NEGATION_LOOKBACK = 30;

/** Russian puts the denial after the thing: "решений из Маркетплейса у нас нет", "правок в коде тоже не было", "переносить нам не нужно", "модулей и доработок нет". */
const NEGATION_AFTER = /^(?:\s+у\s+(?:нас|меня)\s+(?:вообще\s+)?|[\s,]*(?:(?:и|или)\s+[\p{L}]+\s+|[\p{L}]+\s+)?)(?:нет|не\s+(?:было|нужн\p{L}*|надо|требуется|будем|станем|добавля\p{L}*|трогал\p{L}*|менял\p{L}*|изменял\p{L}*|правили|ставили|устанавлива\p{L}*|установлен\p{L}*|использу\p{L}*|подключ\p{L}*))(?![\p{L}])/iu;

/** A decision against it between the words of a match ("переносить тогда не будем, остаёмся на хостинге"). */
const DECIDED_AGAINST_WITHIN = /(?<![\p{L}])(?:не\s+(?:будем|станем|хотим|планируем)|will not|won['’]?t|are not going to|aren['’]?t going to)(?![\p{L}])/iu;

/** Whether the customer negates the matched words ("we did not change the code", "ничего не меняли"). */
export function negated(m: PhraseMatch): boolean {
  const start = m.evidence.at.start - m.segment.start;
  const end = start + m.evidence.text.length;
  return (
    DECIDED_AGAINST_WITHIN.test(m.evidence.text) ||
    NEGATION_BEFORE.test(m.segment.text.slice(Math.max(0, start - NEGATION_LOOKBACK), start)) ||
    NEGATION_AFTER.test(m.segment.text.slice(end, end + NEGATION_LOOKBACK))
  );
}

/** Whether the sentence a match stands in ends with a question mark. */
export function inQuestion(m: PhraseMatch): boolean {
  const { words } = tokenize(m.segment);
  let k = firstWordFrom(words, m.evidence.at.start - m.segment.start);
  if (k === words.length) return false;
  while (k + 1 < words.length && words[k + 1]!.sentence === m.sentence) k++;
  const after = m.segment.text.slice(words[k]!.end, k + 1 < words.length ? words[k + 1]!.start : undefined);
  return after.includes('?');
}

/** How many of `count` ordered items come before a point: the index of the first that does not (binary search). */
function countBefore(count: number, before: (k: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first word of a segment in a sentence after `sentence` (words are in sentence order). */
export function firstWordAfter(words: readonly Word[], sentence: number): number {
  return countBefore(words.length, (k) => words[k]!.sentence <= sentence);
}

/** Index of the first word of a segment starting at or after `offset` (words.length if none). */
export function firstWordFrom(words: readonly Word[], offset: number): number {
  return countBefore(words.length, (k) => words[k]!.start < offset);
}

/** Where a sentence runs in its segment's text, from its first word to its last (found by binary search). */
export function sentenceBounds(ref: SentenceRef): { start: number; end: number } | undefined {
  const { words } = tokenize(ref.segment);
  const lo = firstWordAfter(words, ref.sentence - 1);
  const last = firstWordAfter(words, ref.sentence) - 1;
  return lo <= last ? { start: words[lo]!.start, end: words[last]!.end } : undefined;
}

/** The text of a sentence, from its first word to its last. */
export function sentenceText(ref: SentenceRef): string {
  const bounds = sentenceBounds(ref);
  return bounds ? ref.segment.text.slice(bounds.start, bounds.end) : '';
}

// "кнопка не нажимается" tells the fault, not a step: the reflexive is left out.
const PRESSING = /(?<![\p{L}])(?:press|click|tap|нажима\p{L}*(?<!ся)|нажать|нажмите|нажал\p{L}*|кликаю|кликнуть)(?![\p{L}])/iu;
const WALKING = /→|->|=>|(?<![\p{L}])(?:then|затем|потом)(?![\p{L}])/iu;
/**
 * A sentence that walks through the product: a reproduction step, not an ask. Pressing a button always is one
 * ("change the markup and press Save"); `loosely`, so is a path or a sequence ("open Rates → Parsers, then…"), which
 * a story also tells ("renamed USDTTRC → USDT_TRC20", "потом пропал").
 */
export function isStep(ref: SentenceRef, loosely = false): boolean {
  const text = sentenceText(ref);
  return PRESSING.test(text) || (loosely && WALKING.test(text));
}

/** Matches grouped by the key of their list. */
export function byKey(matches: readonly PhraseMatch[]): Map<string, PhraseMatch[]> {
  const out = new Map<string, PhraseMatch[]>();
  for (const m of matches) {
    const list = out.get(m.key);
    if (list) list.push(m);
    else out.set(m.key, [m]);
  }
  return out;
}

/** Where a match (or a word) stands: its segment and the sentence number in it. */
export type SentenceRef = Pick<PhraseMatch, 'segment' | 'sentence'>;

/** The sentences some matches stand in, to ask in constant time whether another match shares one. */
export class Sentences {
  private readonly seen = new Map<Segment, Set<number>>();

  constructor(matches: Iterable<SentenceRef> = []) {
    for (const m of matches) this.add(m);
  }

  add(m: SentenceRef): void {
    const set = this.seen.get(m.segment) ?? new Set<number>();
    set.add(m.sentence);
    this.seen.set(m.segment, set);
  }

  has(m: SentenceRef): boolean {
    return this.seen.get(m.segment)?.has(m.sentence) ?? false;
  }

  *refs(): Iterable<SentenceRef> {
    for (const [segment, sentences] of this.seen) for (const sentence of sentences) yield { segment, sentence };
  }
}

/** A stretch of a segment's text, in the message's offsets (as evidence is). */
export interface Span {
  segment: Segment;
  start: number;
  end: number;
}

/** Where a phrase match stands, as a span. */
export const spanOf = (m: PhraseMatch): Span => ({ segment: m.segment, start: m.evidence.at.start, end: m.evidence.at.end });

/** Some spans (phrase matches, host names), to ask in logarithmic time whether a place falls inside one of them. */
export class Spans {
  private readonly bySegment = new Map<Segment, { starts: number[]; reach: number[] }>();

  constructor(spans: Iterable<Span>) {
    const grouped = new Map<Segment, Span[]>();
    for (const span of spans) {
      const list = grouped.get(span.segment);
      if (list) list.push(span);
      else grouped.set(span.segment, [span]);
    }
    for (const [segment, list] of grouped) {
      list.sort((a, b) => a.start - b.start);
      // reach[k]: the furthest end of the first k + 1 spans.
      let reach = -1;
      this.bySegment.set(segment, { starts: list.map((s) => s.start), reach: list.map((s) => (reach = Math.max(reach, s.end))) });
    }
  }

  /** Whether the place `at` of a segment is inside a span (at or after its start, before its end). */
  has(segment: Segment, at: number): boolean {
    const spans = this.bySegment.get(segment);
    if (!spans) return false;
    const starting = countBefore(spans.starts.length, (k) => spans.starts[k]! <= at);
    return starting > 0 && spans.reach[starting - 1]! > at;
  }

  /** Whether a stretch [start, end) of a segment shares a character with a span. */
  overlaps(segment: Segment, start: number, end: number): boolean {
    if (this.has(segment, start)) return true;
    const starts = this.bySegment.get(segment)?.starts ?? [];
    const next = countBefore(starts.length, (k) => starts[k]! < start);
    return next < starts.length && starts[next]! < end;
  }

  /** Whether a match starts inside a span. */
  startsInside(m: PhraseMatch): boolean {
    return this.has(m.segment, m.evidence.at.start);
  }
}
