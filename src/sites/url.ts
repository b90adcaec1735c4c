/**
 * Match patterns (the extension manifest's syntax, `<scheme>://<host>/<path>`) as pure
 * functions, so the same list drives the manifest and the URL checks in tests.
 */

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

function compile(pattern: string): RegExp | null {
  const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return null;
  const [, scheme = '', host = '', path = ''] = m;
  const schemePart = scheme === '*' ? 'https?' : scheme;
  const hostPart =
    host === '*' ? '[^/]+' : host.startsWith('*.') ? `(?:[^/]+\\.)?${escapeRegExp(host.slice(2))}` : escapeRegExp(host);
  const pathPart = path.split('*').map(escapeRegExp).join('.*');
  return new RegExp(`^${schemePart}://${hostPart}(?::\\d+)?${pathPart}$`, 'i');
}

const cache = new Map<string, RegExp | null>();

/** Whether `url` matches the match pattern (host without port, as browsers compare it). */
export function matchesPattern(pattern: string, url: URL): boolean {
  let compiled = cache.get(pattern);
  if (compiled === undefined) {
    compiled = compile(pattern);
    cache.set(pattern, compiled);
  }
  return compiled !== null && compiled.test(`${url.protocol}//${url.hostname}${url.pathname}${url.search}`);
}

export function toUrl(value: string | URL | undefined): URL | null {
  if (value instanceof URL) return value;
  if (!value) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
