/**
 * Plain text of a DOM subtree, the way a reader sees it: line breaks from <br> and block
 * elements, paragraphs separated by a blank line, <pre> kept verbatim, link targets kept
 * visible when the anchor text differs from the href.
 *
 * Uses textContent-level data only (never innerText), so reading forces no layout; one
 * iterative pass over the nodes, so deep nesting cannot overflow the stack.
 */

/** Cap on one message's text: a several-megabyte ticket must not freeze the tab. */
export const MAX_MESSAGE_CHARS = 200_000;
const TRUNCATED = '\n[…truncated]';

const PARAGRAPHS = new Set(['p', 'pre', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'dl', 'figure']);
const BLOCKS = new Set([
  'div', 'li', 'tr', 'section', 'article', 'header', 'footer', 'aside', 'nav', 'main', 'form', 'dt', 'dd',
  'hr', 'figcaption', 'address', 'details', 'summary', 'tbody', 'thead', 'tfoot', 'fieldset', 'center',
]);
const CELLS = new Set(['td', 'th']);
/** Never part of the text a person reads. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'button', 'select', 'textarea', 'input', 'iframe',
  'object', 'canvas', 'head', 'title', 'meta', 'link', 'img', 'video', 'audio',
]);

export interface TextOptions {
  /** Subtrees matching this selector are left out (toolbars, attachment lists, "show quoted text" folders). */
  skip?: string;
  /** Leave out what the page hides with attributes or inline styles (never asks for computed styles). */
  skipHidden?: boolean;
  max?: number;
}

const HIDDEN_CANDIDATES = '[hidden], [aria-hidden="true"], [style*="display"]';

/** Hidden by the page's own markup: `hidden`, `aria-hidden="true"`, or an inline `display: none`. */
export function hiddenByMarkup(el: Element): boolean {
  return (
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    /display\s*:\s*none/i.test(el.getAttribute('style') ?? '')
  );
}

class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private pendingBreaks = 0;
  /** Newlines already at the end of the output (a <br> closing a block counts toward its break). */
  private trailingNewlines = 0;
  private endsWithSpace = true;
  full = false;

  constructor(private readonly max: number) {}

  get size(): number {
    return this.length;
  }

  /** Characters emitted since `from` (used to compare an anchor's text with its href). */
  since(from: number): string {
    let collected = '';
    let position = this.length;
    for (let i = this.parts.length - 1; i >= 0 && position > from; i--) {
      const part = this.parts[i] ?? '';
      collected = part + collected;
      position -= part.length;
    }
    return collected.slice(Math.max(0, from - position));
  }

  text(data: string, verbatim: boolean): void {
    if (this.full) return;
    let chunk = data.length > this.max ? data.slice(0, this.max) : data;
    if (!verbatim) {
      chunk = chunk.replace(/[\s\u00a0]+/g, ' ');
      if (this.endsWithSpace || this.pendingBreaks > 0) chunk = chunk.replace(/^ /, '');
      if (!chunk) return;
    }
    this.flushBreaks();
    this.emit(chunk);
    this.endsWithSpace = verbatim ? /\s$/.test(chunk) : chunk.endsWith(' ');
  }

  lineBreak(): void {
    this.flushBreaks();
    this.emit('\n');
    this.endsWithSpace = true;
  }

  block(lines: 1 | 2): void {
    if (this.length > 0) this.pendingBreaks = Math.max(this.pendingBreaks, lines);
  }

  separator(text: string): void {
    if (this.length > 0 && !this.endsWithSpace && this.pendingBreaks === 0) this.emit(text);
    this.endsWithSpace = true;
  }

  finish(): string {
    const text = this.parts
      .join('')
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    return this.full ? text + TRUNCATED : text;
  }

  private flushBreaks(): void {
    const missing = this.pendingBreaks - this.trailingNewlines;
    if (missing > 0 && this.length > 0) this.emit('\n'.repeat(missing));
    this.pendingBreaks = 0;
  }

  private emit(chunk: string): void {
    const room = this.max - this.length;
    if (chunk.length >= room) {
      chunk = chunk.slice(0, Math.max(0, room));
      this.full = true;
    }
    this.parts.push(chunk);
    this.length += chunk.length;
    const trailing = chunk.length - chunk.replace(/\n+$/, '').length;
    this.trailingNewlines = trailing === chunk.length ? this.trailingNewlines + trailing : trailing;
  }
}

interface OpenAnchor {
  element: Element;
  start: number;
}

function nameOf(node: Node): string {
  return (node as Element).localName ?? node.nodeName.toLowerCase();
}

/** The elements under `root` that the page hides by markup, found with one query. */
export function hiddenElements(root: ParentNode): Set<Element> {
  return new Set([...root.querySelectorAll(HIDDEN_CANDIDATES)].filter(hiddenByMarkup));
}

/** Subtrees to leave out, found with one query each rather than a selector match per element. */
function skippedElements(root: Node, options: TextOptions): Set<Element> {
  const container = root as Partial<ParentNode>;
  if (typeof container.querySelectorAll !== 'function') return new Set();
  const skipped = options.skipHidden ? hiddenElements(container as ParentNode) : new Set<Element>();
  if (options.skip) for (const el of container.querySelectorAll(options.skip)) skipped.add(el);
  return skipped;
}

/** The reader's text of `root` (see the file comment). */
export function readText(root: Node, options: TextOptions = {}): string {
  const out = new TextBuilder(options.max ?? MAX_MESSAGE_CHARS);
  const anchors: OpenAnchor[] = [];
  let verbatimDepth = 0;

  const left = skippedElements(root, options);
  const skipped = (el: Element): boolean => SKIPPED.has(nameOf(el)) || left.has(el);

  const enter = (el: Element): void => {
    const name = nameOf(el);
    if (name === 'br') out.lineBreak();
    else if (PARAGRAPHS.has(name)) out.block(2);
    else if (BLOCKS.has(name)) out.block(1);
    else if (CELLS.has(name)) out.separator(' ');
    if (name === 'pre') verbatimDepth++;
    if (name === 'a' && el.getAttribute('href')) anchors.push({ element: el, start: out.size });
  };

  const leave = (el: Element): void => {
    const name = nameOf(el);
    if (name === 'pre') verbatimDepth--;
    if (name === 'a' && anchors[anchors.length - 1]?.element === el) {
      const anchor = anchors.pop() as OpenAnchor;
      const href = el.getAttribute('href') ?? '';
      if (/^(https?|ftp):/i.test(href) && !sameLink(out.since(anchor.start), href)) out.text(` (${href})`, false);
    }
    if (PARAGRAPHS.has(name)) out.block(2);
    else if (BLOCKS.has(name)) out.block(1);
  };

  let node: Node | null = root.firstChild;
  while (node && !out.full) {
    let descend = false;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (!skipped(el)) {
        enter(el);
        if (el.firstChild) descend = true;
        else leave(el);
      }
    } else if (node.nodeType === 3) {
      out.text((node as Text).data, verbatimDepth > 0);
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node) {
      if (node.nextSibling) {
        node = node.nextSibling;
        break;
      }
      const parent: Node | null = node.parentNode;
      node = parent && parent !== root ? parent : null;
      if (node) leave(node as Element);
    }
  }
  return out.finish();
}

function sameLink(text: string, href: string): boolean {
  const plain = (s: string) => s.trim().replace(/^(https?:\/\/|mailto:)/i, '').replace(/\/$/, '');
  return plain(text) === plain(href);
}

/** Single-line text of an element (names, subjects): whitespace collapsed. */
export function lineText(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}
