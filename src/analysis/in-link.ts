import type { PhraseMatch } from './phrases';

/**
 * Whether a match starts or ends inside a link ("https" of a URL, "ssl://smtp…" of a pasted log), or with `paths`
 * inside a file path ("php" of "Controller.php" names no PHP work; "edit app/Services/…" still asks to edit code) or a
 * CSS selector (".header-nav" names no header to redesign).
 */
export function inLink(m: PhraseMatch, paths: boolean): boolean {
  const { text } = m.segment;
  const at = m.evidence.at.start - m.segment.start;
  return [at, at + m.evidence.text.length].some((edge) => {
    let from = edge;
    while (from > 0 && !isSpace(text.charCodeAt(from - 1))) from--;
    let to = edge;
    while (to < text.length && !isSpace(text.charCodeAt(to))) to++;
    const chunk = text.slice(from, to);
    return URL_CHUNK.test(chunk) || (paths && (PATH_CHUNK.test(chunk) || SELECTOR_CHUNK.test(chunk)));
  });
}
/** As `\s`, without a regex call per character (the common characters by code). */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  return code >= 0xa0 && /\s/.test(String.fromCharCode(code));
}
const URL_CHUNK = /:\/\/|^www\.|[\w-]\.[a-z]{2,}\//i;
const SELECTOR_CHUNK = /^\(?[.#][a-z][\w-]*/i;
const PATH_CHUNK = /\/\S*\/|[\w-]\.(?:php|js|ts|css|html?|py|json|log|ini)\W*$/i;
