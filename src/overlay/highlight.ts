/**
 * Shows a piece of evidence in the helpdesk's own page without touching its markup: the text is found
 * in the page's text nodes and marked with the CSS Custom Highlight API, or, where the browser lacks
 * it, the containing element gets a temporary outline that is put back afterwards.
 */
const HIGHLIGHT_NAME = 'triage-lens-evidence';
const SHOW_MS = 6000;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

interface Piece {
  node: Text;
  /** Offset in the node of each character of the normalised text. */
  offsets: number[];
}

/** Page text with runs of whitespace collapsed, and where each of its characters came from. */
function collectText(root: Node): { text: string; pieces: Piece[]; starts: number[] } {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode: (n) => (n.parentElement && SKIP.has(n.parentElement.tagName) ? 2 : 1),
  });
  let text = '';
  const pieces: Piece[] = [];
  const starts: number[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    const offsets: number[] = [];
    starts.push(text.length);
    for (let i = 0; i < data.length; i++) {
      const ch = data[i] ?? '';
      if (/\s/.test(ch)) {
        if (text.endsWith(' ') || text.length === 0) continue;
        text += ' ';
      } else text += ch;
      offsets.push(i);
    }
    pieces.push({ node, offsets });
  }
  return { text, pieces, starts };
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** What to look for: masked evidence (`password: ****`) is searched by its unmasked beginning. */
export function searchableText(evidence: string): string {
  const clean = normalise(evidence);
  const masked = clean.search(/[*•]{3,}/);
  return normalise(masked >= 0 ? clean.slice(0, masked) : clean);
}

/** A range over the first occurrence of `evidence` in the text under `root`, or null when it is not there. */
export function findEvidence(root: Node, evidence: string): Range | null {
  const needle = searchableText(evidence);
  if (needle.length < 2) return null;
  const { text, pieces, starts } = collectText(root);
  let at = text.indexOf(needle);
  if (at < 0) at = text.toLowerCase().indexOf(needle.toLowerCase());
  if (at < 0) return null;
  const locate = (index: number, edge: 'start' | 'end') => {
    for (let p = pieces.length - 1; p >= 0; p--) {
      const start = starts[p] ?? 0;
      const piece = pieces[p];
      if (!piece || start > index || piece.offsets.length === 0) continue;
      const offset = piece.offsets[Math.min(index - start, piece.offsets.length - 1)] ?? 0;
      return { node: piece.node, offset: edge === 'end' ? offset + 1 : offset };
    }
    return null;
  };
  const from = locate(at, 'start');
  const to = locate(at + needle.length - 1, 'end');
  if (!from || !to) return null;
  const range = (root.ownerDocument ?? (root as Document)).createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

type HighlightWindow = Window & {
  Highlight?: new (...ranges: Range[]) => unknown;
  CSS?: { highlights?: Map<string, unknown> };
};

/** Scrolls the range into view and marks it for a few seconds; returns a function that removes the mark. */
export function showRange(win: Window, range: Range): () => void {
  const w = win as HighlightWindow;
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  let clear: () => void;
  if (w.Highlight && w.CSS?.highlights) {
    ensureHighlightStyle(win.document);
    const highlights = w.CSS.highlights;
    highlights.set(HIGHLIGHT_NAME, new w.Highlight(range));
    clear = () => highlights.delete(HIGHLIGHT_NAME);
  } else if (element) {
    const before = { outline: element.style.outline, offset: element.style.outlineOffset };
    element.style.outline = '3px solid #f59e0b';
    element.style.outlineOffset = '2px';
    clear = () => {
      element.style.outline = before.outline;
      element.style.outlineOffset = before.offset;
    };
  } else clear = () => {};
  const timer = setTimeout(clear, SHOW_MS);
  return () => {
    clearTimeout(timer);
    clear();
  };
}

/** `::highlight()` styles must live in the page's document, the range's tree; one small style element. */
function ensureHighlightStyle(doc: Document): void {
  if (doc.querySelector(`style[data-${HIGHLIGHT_NAME}]`)) return;
  const style = doc.createElement('style');
  style.setAttribute(`data-${HIGHLIGHT_NAME}`, '');
  style.textContent = `::highlight(${HIGHLIGHT_NAME}) { background-color: #fde047; color: #111827; }`;
  (doc.head ?? doc.documentElement).append(style);
}

/** Whether the page currently shows the evidence highlight (for tests and the bench). */
export function highlightedText(win: Window): string | null {
  const w = win as HighlightWindow;
  const h = w.CSS?.highlights?.get(HIGHLIGHT_NAME) as Iterable<Range> | undefined;
  if (!h) return null;
  for (const range of h) return range.toString();
  return null;
}
