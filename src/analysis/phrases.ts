import { evidenceIn, type Evidence, type Segment } from './evidence';

/**
 * The phrase matcher behind every word rule (see `phraseSchema` in src/policy/schema.ts):
 * a phrase is a run of words, each matching the start of a word of the text (case-insensitive, ё = е),
 * `word$` matching the whole word only, `*` standing for up to three words of anything, and `|` separating
 * alternatives of the words between two `*`.
 * A match never crosses the end of a sentence. Text is cut into words once; every phrase word sits in a
 * trie, so each text word is looked up in time bounded by the longest phrase word, whatever the input.
 */

const WORD = /[\p{L}\p{N}_]+/gu;
/** A sentence ends at a line break or at . ! ? ; followed by a space. */
const SENTENCE_END = /\n|[.!?;…]\s/;
/** Quoted or code text on one line; an apostrophe inside a word ("don't") opens no quote. */
const QUOTED = /"[^"\n]*"|«[^»\n]*»|“[^”\n]*”|„[^“”\n]*[“”]|`[^`\n]*`|(?<![\p{L}\p{N}])'[^'\n]*'(?![\p{L}\p{N}])/gu;
const GAP_WORDS = 3;

interface Word {
  /** Normalised text of the word. */
  norm: string;
  start: number;
  end: number;
  sentence: number;
  /** Inside quotes or backticks: pasted error text rather than the customer's own words. */
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
  return word.toLowerCase().replace(/ё/g, 'е');
}

const tokenCache = new WeakMap<Segment, TokenizedText>();

export function tokenize(segment: Segment): TokenizedText {
  const cached = tokenCache.get(segment);
  if (cached) return cached;
  const words: Word[] = [];
  const quotes = [...segment.text.matchAll(QUOTED)].map((q) => [q.index, q.index + q[0].length] as const);
  let quote = 0;
  let sentence = 0;
  let prevEnd = 0;
  for (const m of segment.text.matchAll(WORD)) {
    if (SENTENCE_END.test(segment.text.slice(prevEnd, m.index))) sentence++;
    while (quote < quotes.length && quotes[quote]![1] <= m.index) quote++;
    const quoted = quote < quotes.length && quotes[quote]![0] < m.index;
    words.push({ norm: normalizeWord(m[0]), start: m.index, end: m.index + m[0].length, sentence, quoted });
    prevEnd = m.index + m[0].length;
  }
  const tokenized = { segment, words };
  tokenCache.set(segment, tokenized);
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
  /** Each slot: its alternatives, each a run of phrase word ids. */
  slots: number[][][];
  /** How many text words may stand before slot i (after slot i-1). */
  gaps: number[];
}

interface ParsedWord {
  text: string;
  exact: boolean;
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
            return pieces.map((text, i) => ({ text, exact: i === pieces.length - 1 && part.endsWith('$') }));
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

/** A compiled set of keyed phrase lists; `scan` finds every phrase of every list in the segments. */
export class PhraseBook {
  private readonly root = newNode();
  private readonly phrases: CompiledPhrase[] = [];
  private readonly byFirstWord = new Map<number, number[]>();
  private readonly wordIds = new Map<string, number>();

  constructor(lists: Iterable<readonly [string, readonly string[]]>) {
    for (const [key, sources] of lists) {
      for (const source of sources) {
        const parsed = parsePhrase(source);
        if (parsed.slots.length === 0) continue;
        const slots = parsed.slots.map((alternatives) => alternatives.map((run) => run.map((w) => this.wordId(w))));
        const index = this.phrases.push({ key, source, slots, gaps: parsed.gaps }) - 1;
        for (const first of new Set(slots[0]!.map((run) => run[0]!))) {
          const list = this.byFirstWord.get(first) ?? [];
          list.push(index);
          this.byFirstWord.set(first, list);
        }
      }
    }
  }

  private wordId(word: ParsedWord): number {
    const key = `${word.exact ? '=' : '~'}${word.text}`;
    let id = this.wordIds.get(key);
    if (id === undefined) {
      id = this.wordIds.size;
      this.wordIds.set(key, id);
      let node = this.root;
      for (const ch of word.text) {
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

  /** Phrase word ids a text word matches. */
  private wordIdsOf(norm: string): number[] {
    const ids: number[] = [];
    let node: TrieNode | undefined = this.root;
    for (const ch of norm) {
      node = node.next.get(ch);
      if (!node) return ids;
      ids.push(...node.prefixOf);
    }
    ids.push(...node.exactOf);
    return ids;
  }

  /** Every phrase match in the segments, in text order per segment. */
  scan(segments: readonly Segment[]): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    for (const segment of segments) {
      const { words } = tokenize(segment);
      const matched = words.map((w) => this.wordIdsOf(w.norm));
      // Where a run of word ids ends when it starts at `at` inside sentence `sentence`, or -1.
      const runAt = (run: number[], at: number, sentence: number): number => {
        for (let k = 0; k < run.length; k++) {
          const q = at + k;
          if (q >= words.length || words[q]!.sentence !== sentence || !matched[q]!.includes(run[k]!)) return -1;
        }
        return at + run.length - 1;
      };
      // Last word of the phrase from slot `slot` on, after a match ending at `at`, or -1. Bounded: each
      // slot tries at most GAP_WORDS + 1 places per `*` and each of its alternatives there.
      const extend = (p: CompiledPhrase, slot: number, at: number, sentence: number): number => {
        if (slot === p.slots.length) return at;
        for (let q = at + 1; q <= at + 1 + p.gaps[slot]! && q < words.length; q++) {
          for (const run of p.slots[slot]!) {
            const runEnd = runAt(run, q, sentence);
            const end = runEnd < 0 ? -1 : extend(p, slot + 1, runEnd, sentence);
            if (end >= 0) return end;
          }
        }
        return -1;
      };
      for (let i = 0; i < words.length; i++) {
        const starts = new Set(matched[i]!.flatMap((id) => this.byFirstWord.get(id) ?? []));
        for (const index of starts) {
          const p = this.phrases[index]!;
          const sentence = words[i]!.sentence;
          let end = -1;
          for (const run of p.slots[0]!) {
            const runEnd = runAt(run, i, sentence);
            end = runEnd < 0 ? -1 : extend(p, 1, runEnd, sentence);
            if (end >= 0) break;
          }
          if (end < 0) continue;
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
    return out;
  }
}

const bookCache = new WeakMap<object, PhraseBook>();

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
const NEGATION_BEFORE = /(?<![\p{L}])(?:not|never|no|n['’]t|dont|didnt|не|ни|без|нет)\s+(?:[\p{L}]+\s+)?$/iu;
const NEGATION_LOOKBACK = 30;

/** Whether the customer negates the matched words ("we did not change the code", "ничего не меняли"). */
export function negated(m: PhraseMatch): boolean {
  const start = m.evidence.at.start - m.segment.start;
  return NEGATION_BEFORE.test(m.segment.text.slice(Math.max(0, start - NEGATION_LOOKBACK), start));
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

/** The sentences some matches stand in, to ask in constant time whether another match shares one. */
export class Sentences {
  private readonly seen = new Map<Segment, Set<number>>();

  constructor(matches: Iterable<PhraseMatch> = []) {
    for (const m of matches) this.add(m);
  }

  add(m: PhraseMatch): void {
    const set = this.seen.get(m.segment) ?? new Set<number>();
    set.add(m.sentence);
    this.seen.set(m.segment, set);
  }

  has(m: PhraseMatch): boolean {
    return this.seen.get(m.segment)?.has(m.sentence) ?? false;
  }
}
