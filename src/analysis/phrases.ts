import { evidenceIn, type Evidence, type Segment } from './evidence';

/**
 * The phrase matcher behind every word rule (see `phraseSchema` in src/policy/schema.ts):
 * a phrase is a run of words, each matching the start of a word of the text (case-insensitive, ё = е),
 * `word$` matching the whole word only, `*` standing for up to three words of anything.
 * A match never crosses the end of a sentence. Text is cut into words once; every phrase word sits in a
 * trie, so each text word is looked up in time bounded by the longest phrase word, whatever the input.
 */

const WORD = /[\p{L}\p{N}_]+/gu;
/** A sentence ends at a line break or at . ! ? ; followed by a space. */
const SENTENCE_END = /\n|[.!?;…]\s/;
const GAP_WORDS = 3;

interface Word {
  /** Normalised text of the word. */
  norm: string;
  start: number;
  end: number;
  sentence: number;
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
}

export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е');
}

const tokenCache = new WeakMap<Segment, TokenizedText>();

export function tokenize(segment: Segment): TokenizedText {
  const cached = tokenCache.get(segment);
  if (cached) return cached;
  const words: Word[] = [];
  let sentence = 0;
  let prevEnd = 0;
  for (const m of segment.text.matchAll(WORD)) {
    if (SENTENCE_END.test(segment.text.slice(prevEnd, m.index))) sentence++;
    words.push({ norm: normalizeWord(m[0]), start: m.index, end: m.index + m[0].length, sentence });
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
  words: number[];
  /** How many text words may stand before words[i] (after words[i-1]). */
  gaps: number[];
}

const newNode = (): TrieNode => ({ next: new Map(), prefixOf: [], exactOf: [] });

function parsePhrase(source: string): { words: { text: string; exact: boolean }[]; gaps: number[] } {
  const words: { text: string; exact: boolean }[] = [];
  const gaps: number[] = [];
  let gap = 0;
  for (const part of source.trim().split(/\s+/)) {
    if (part === '*') {
      gap += GAP_WORDS;
      continue;
    }
    const pieces = [...part.matchAll(WORD)].map((m) => normalizeWord(m[0]));
    pieces.forEach((text, i) => {
      words.push({ text, exact: i === pieces.length - 1 && part.endsWith('$') });
      gaps.push(words.length === 1 ? 0 : i === 0 ? gap : 0);
    });
    if (pieces.length > 0) gap = 0;
  }
  return { words, gaps };
}

/** A compiled set of keyed phrase lists; `scan` finds every phrase of every list in the segments. */
export class PhraseBook {
  private readonly root = newNode();
  private readonly phrases: CompiledPhrase[] = [];
  private readonly byFirstWord = new Map<number, number[]>();
  private wordCount = 0;

  constructor(lists: Iterable<readonly [string, readonly string[]]>) {
    const wordIds = new Map<string, number>();
    for (const [key, sources] of lists) {
      for (const source of sources) {
        const { words, gaps } = parsePhrase(source);
        if (words.length === 0) continue;
        const ids = words.map((w) => {
          const id = `${w.exact ? '=' : '~'}${w.text}`;
          let wordId = wordIds.get(id);
          if (wordId === undefined) {
            wordId = this.wordCount++;
            wordIds.set(id, wordId);
            this.insert(w.text, w.exact, wordId);
          }
          return wordId;
        });
        const index = this.phrases.push({ key, source, words: ids, gaps }) - 1;
        const first = this.byFirstWord.get(ids[0]!) ?? [];
        first.push(index);
        this.byFirstWord.set(ids[0]!, first);
      }
    }
  }

  private insert(text: string, exact: boolean, wordId: number): void {
    let node = this.root;
    for (const ch of text) {
      let child = node.next.get(ch);
      if (!child) {
        child = newNode();
        node.next.set(ch, child);
      }
      node = child;
    }
    (exact ? node.exactOf : node.prefixOf).push(wordId);
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
      const hasWord = (at: number, id: number) => matched[at]!.includes(id);
      // Ends at the last word of the phrase, or -1; bounded: each `*` tries at most GAP_WORDS + 1 places.
      const extend = (p: CompiledPhrase, next: number, at: number): number => {
        if (next === p.words.length) return at;
        for (let q = at + 1; q <= at + 1 + p.gaps[next]! && q < words.length; q++) {
          if (words[q]!.sentence !== words[at]!.sentence) break;
          if (hasWord(q, p.words[next]!)) {
            const end = extend(p, next + 1, q);
            if (end >= 0) return end;
          }
        }
        return -1;
      };
      for (let i = 0; i < words.length; i++) {
        for (const id of matched[i]!) {
          for (const index of this.byFirstWord.get(id) ?? []) {
            const p = this.phrases[index]!;
            const end = extend(p, 1, i);
            if (end < 0) continue;
            const from = words[i]!.start;
            out.push({
              key: p.key,
              phrase: p.source,
              evidence: evidenceIn(segment, from, words[end]!.end - from),
              sentence: words[i]!.sentence,
              segment,
            });
          }
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
