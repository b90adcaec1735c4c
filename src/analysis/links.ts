import type { LinkKind, Policy } from '../policy/schema';
import type { LinkFinding } from '../ticket/schema';
import { productTokens } from './checklist/version';
import { evidenceIn, type Segment } from './evidence';
import { LETTER, LETTERS, matchesIn } from './text';
import { isKnownTld } from './tlds';
import { maskUrlSecrets } from './rules/credentials';

/** A host name or URL as the customer wrote it, with its place in the segment. */
export interface HostMention {
  /** Exactly as written, trailing punctuation trimmed. */
  text: string;
  /** Lowercased host name without port or trailing dot. */
  host: string;
  /** A scheme, `www.` or a path makes it a link; a bare `example.com` is only a host name. */
  isLink: boolean;
  segment: Segment;
  index: number;
}

const URL_CHARS = "[^\\s<>\"'`\\[\\]{}|\\\\^«»“”‘’]";
// Scheme URLs, `www.` hosts, and bare hosts (labels separated by dots, ending in a letter-only TLD).
// Labels cannot contain dots, so the repetition has one way to split a host: no catastrophic backtracking.
const CANDIDATE = new RegExp(
  [
    `(?<![${LETTERS}0-9])(?:https?|wss?|ftp|sftp):\\/\\/${URL_CHARS}{1,2048}`,
    `(?<![${LETTERS}0-9@.\\-\\/_])(?:[${LETTERS}0-9](?:[${LETTERS}0-9-]{0,62})\\.){1,10}(?:${LETTER}{2,24}|xn--[a-z0-9]{2,20})(?![${LETTERS}0-9_@-])(?:[:\\/?#]${URL_CHARS}{0,2048})?`,
  ].join('|'),
  'gi',
);

/** File name endings that are not top-level domains in practice ("export.xml", "laravel.log"). */
const FILE_ENDINGS = new Set(
  ('xml php js mjs ts tsx jsx json log txt csv png jpg jpeg gif bmp webp svg ico pdf doc docx xls xlsx ppt pptx ' +
    'html htm css scss less vue blade sql gz tar rar 7z env ini conf cfg yml yaml md sh bat exe dll so py rb go java ' +
    'lock map key pem crt cer tmp bak old swp mp4 mov avi mkv webm mp3 wav ttf woff woff2 eot twig tpl phtml dist')
    .split(' '),
);
const TRAILING = new Set([...'.,;:!?\'"»…*']);
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{', '>': '<' };

/** Each segment's host mentions, kept on the segment: the links, the domain and the doc-reference items all ask. */
const MENTIONS = Symbol('host mentions');
type Scanned = Segment & { [MENTIONS]?: HostMention[] };

/** Every host name and URL in the segments, in order of appearance (each segment scanned once). */
export function hostMentions(segments: readonly Segment[]): HostMention[] {
  return segments.flatMap((segment) => {
    const scanned = segment as Scanned;
    if (!scanned[MENTIONS]) {
      scanned[MENTIONS] = [];
      scanSegment(segment, scanned[MENTIONS]);
    }
    return scanned[MENTIONS];
  });
}

/** Longest run of non-separator characters looked at around one dot. */
const MAX_TOKEN = 2100;

/**
 * Every host has a dot, so only the text around dots is matched: a dot followed by a separator ends a
 * sentence, a dot followed by a digit is a number unless the run holds "://". The rest of the text is skipped.
 */
function scanSegment(segment: Segment, out: HostMention[]): void {
  const { text } = segment;
  for (let dot = text.indexOf('.'); dot !== -1; ) {
    const next = text.charCodeAt(dot + 1);
    if (Number.isNaN(next) || isSeparator(next) || next === 46) {
      dot = text.indexOf('.', dot + 1);
      continue;
    }
    let start = dot;
    while (start > 0 && dot - start < MAX_TOKEN && !isSeparator(text.charCodeAt(start - 1))) start--;
    let end = dot + 1;
    while (end < text.length && end - dot < MAX_TOKEN && !isSeparator(text.charCodeAt(end))) end++;
    const token = text.slice(start, end);
    if (!(next >= 48 && next <= 57) || token.includes('://')) {
      for (const match of matchesIn(token, CANDIDATE)) {
        const found = mentionAt(match[0], segment, start + match.index);
        if (found) out.push(found);
      }
    }
    dot = text.indexOf('.', end);
  }
}

function mentionAt(raw: string, segment: Segment, index: number): HostMention | undefined {
  const text = trimTrailing(raw);
  const host = hostOf(text);
  const hasScheme = SCHEME_START.test(text);
  if (!host || !plausibleHost(host, text, hasScheme)) return undefined;
  const isLink = hasScheme || /^www\./i.test(text) || text.length > host.length + 1;
  return { text, host, isLink, segment, index };
}
const SCHEME_START = /^[a-z]+:\/\//i;

/** Whitespace and the characters that delimit a URL in prose, markup and markdown. */
function isSeparator(code: number): boolean {
  return code <= 32 || (code < SEPARATORS.length && SEPARATORS[code] === 1);
}
/** By character code: a table read per character, the text around every dot is walked through. */
const SEPARATORS = new Uint8Array(0x2020);
for (const c of '<>"\'`[]{}|\\^«»“”‘’\u00a0') SEPARATORS[c.charCodeAt(0)] = 1;

/** Drops what a reader would not count as part of a URL: closing punctuation and unbalanced brackets. */
function trimTrailing(raw: string): string {
  let url = raw.includes('](') ? raw.slice(0, raw.indexOf('](')) : raw;
  for (;;) {
    const last = url.at(-1);
    if (last === undefined) return url;
    if (TRAILING.has(last)) {
      url = url.slice(0, -1);
      continue;
    }
    const opener = CLOSERS[last];
    if (opener && count(url, opener) < count(url, last)) {
      url = url.slice(0, -1);
      continue;
    }
    return url;
  }
}

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** The host of a URL or bare host as written: no scheme, user info, port, path or trailing dot. */
function hostOf(text: string): string | undefined {
  // By index, not by regex replaces: every host mention of every analysis passes here.
  const scheme = text.indexOf('://');
  const from = scheme > 0 && SCHEME.test(text.slice(0, scheme)) ? scheme + 3 : 0;
  let rest = text.slice(from, endOfHost(text, from));
  const at = rest.lastIndexOf('@');
  if (at !== -1) rest = rest.slice(at + 1);
  const colon = rest.lastIndexOf(':');
  if (colon !== -1 && PORT.test(rest.slice(colon + 1))) rest = rest.slice(0, colon);
  if (rest.endsWith('.')) rest = rest.slice(0, -1);
  return rest.toLowerCase() || undefined;
}
const SCHEME = /^[a-z]+$/i;
const PORT = /^\d*$/;

/** Where the host part ends: at the first "/", "?" or "#" from `from` (with `stopAtColon`, at ":" too). */
function endOfHost(text: string, from: number, stopAtColon = false): number {
  for (let k = from; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 47 || c === 63 || c === 35 || (stopAtColon && c === 58)) return k;
  }
  return text.length;
}

// One test per host, not per label (every host mention passes here): an empty label, or one that starts or ends with "-".
const BAD_LABEL = /^\.|\.\.|\.$|(?:^|\.)-|-(?:\.|$)/;
const LATIN_TLD = /^[a-z]+$/;
const LATIN_HOST = /^[a-z0-9.-]+$/;

function plausibleHost(host: string, text: string, hasScheme: boolean): boolean {
  const lastDot = host.lastIndexOf('.');
  if (hasScheme) return lastDot >= 0 || host === 'localhost';
  const tld = host.slice(lastDot + 1);
  if (lastDot < 0 || BAD_LABEL.test(host)) return false;
  // skr.sh and 1drv.ms are services, not files named .sh and .ms
  if (!isKnownTld(tld) || (FILE_ENDINGS.has(tld) && !catalogKind(host))) return false;
  // Latin labels under a Latin TLD (so "см.рис" is no host); Cyrillic ones only under a Cyrillic TLD.
  if (LATIN_TLD.test(tld) && !LATIN_HOST.test(host)) return false;
  // "Mr.Smith", "Settings.Export": a written TLD is lowercase or all capitals.
  const written = text.slice(0, endOfHost(text, 0, true));
  const writtenTld = written.slice(written.lastIndexOf('.') + 1);
  return writtenTld === writtenTld.toLowerCase() || writtenTld === writtenTld.toUpperCase();
}

/** Well-known hosts by kind, whether or not a policy refuses them (Yandex Disk and Loom are named here). */
const CATALOG: Record<Exclude<LinkKind, 'other'>, readonly string[]> = {
  'cloud-storage': [
    'drive.google.com', 'docs.google.com', 'dropbox.com', 'dropboxusercontent.com', 'db.tt', 'mega.nz', 'mega.io',
    'mega.co.nz', 'disk.yandex.ru', 'disk.yandex.com', 'disk.yandex.kz', 'yadi.sk', 'cloud.mail.ru', 'onedrive.live.com',
    '1drv.ms', 'sharepoint.com', 'icloud.com', 'box.com', 'wetransfer.com', 'we.tl', 'mediafire.com', 'pcloud.com',
    'sync.com', 'files.fm', 'gofile.io', 'transfer.sh', 'disk.360.yandex.ru',
  ],
  'video-hosting': [
    'youtube.com', 'youtu.be', 'youtube-nocookie.com', 'vimeo.com', 'loom.com', 'rutube.ru', 'dailymotion.com',
    'wistia.com', 'twitch.tv', 'vk.com/video', 'dzen.ru/video', 'streamable.com', 'coub.com',
  ],
  'screenshot-service': [
    'prnt.sc', 'prntscr.com', 'imgur.com', 'gyazo.com', 'joxi.ru', 'joxi.net', 'skr.sh', 'monosnap.com', 'ibb.co',
    'imgbb.com', 'postimg.cc', 'postimages.org', 'awesomescreenshot.com', 'lightshot.com', 'snipboard.io',
    'pasteboard.co', 'imageban.ru', 'radikal.ru', 'clip2net.com', 'snag.gy', 'screencast.com', 'tinypic.com',
    'cl.ly', 'skitch.com', 'screenshot.ru', 'pixs.ru', 'savepice.ru', 'vfl.ru', 'fastpic.org', 'fastpic.ru',
  ],
};

/** True when `host` is `parent` or one of its subdomains (never a look-alike such as parent.evil.io). */
export function hostWithin(host: string, parent: string): boolean {
  return host === parent || host.endsWith(`.${parent}`);
}

/** The entry for `host` or its nearest parent domain: one map lookup per label, not a scan of the list. */
export function lookupHost<T>(table: ReadonlyMap<string, T>, host: string): T | undefined {
  for (let dot = -1; ; dot = host.indexOf('.', dot + 1)) {
    const found = table.get(dot === -1 ? host : host.slice(dot + 1));
    if (found !== undefined) return found;
    if (host.indexOf('.', dot + 1) === -1) return undefined;
  }
}

const CATALOG_ENTRIES = Object.entries(CATALOG) as [LinkKind, readonly string[]][];
const CATALOG_HOSTS = new Map(CATALOG_ENTRIES.flatMap(([kind, hosts]) => hosts.filter((h) => !h.includes('/')).map((h) => [h, kind] as const)));

export function catalogKind(host: string): LinkKind | undefined {
  return lookupHost(CATALOG_HOSTS, host);
}

type LinkRule = Policy['links'][number];
const refusedHosts = new WeakMap<Policy, Map<string, LinkRule>>();

/** The policy's link rule that refuses `host` (the host or a parent domain is listed). */
export function refusingRule(policy: Policy, host: string): LinkRule | undefined {
  let table = refusedHosts.get(policy);
  if (!table) {
    table = new Map();
    for (const rule of policy.links) for (const h of rule.hosts) if (!table.has(h)) table.set(h, rule);
    refusedHosts.set(policy, table);
  }
  return lookupHost(table, host);
}

/** Every link in customer text with its kind and the policy's verdict; each distinct URL once. */
export function findLinks(policy: Policy, segments: readonly Segment[]): LinkFinding[] {
  const seen = new Set<string>();
  const out: LinkFinding[] = [];
  for (const mention of hostMentions(segments)) {
    if (!mention.isLink || seen.has(mention.text)) continue;
    seen.add(mention.text);
    const rule = pointsAtContent(mention.text) && !isVendorChannel(policy, mention.text) ? refusingRule(policy, mention.host) : undefined;
    const at = evidenceIn(mention.segment, mention.index, mention.text.length).at;
    out.push({
      // The panel and the CLI show every link: a password or a webhook's code in one is shown masked, as a signal's is.
      url: maskUrlSecrets(mention.text),
      host: mention.host,
      kind: rule?.kind ?? kindWithPath(mention) ?? 'other',
      verdict: rule ? 'not-opened' : 'ok',
      ...(rule ? { clause: rule.clause } : {}),
      at,
    });
  }
  return out;
}

/** A service's home page ("https://mega.io/") is no file or video sent to support. */
function pointsAtContent(url: string): boolean {
  const rest = url.replace(/^[a-z]+:\/\//i, '');
  const path = rest.search(/[/?#]/);
  return path !== -1 && rest.slice(path).replace(/^\/+/, '') !== '';
}

/** The vendor's own channel on a refused service ("youtube.com/@iexexchanger") is the vendor's material, not the customer's. */
function isVendorChannel(policy: Policy, url: string): boolean {
  const path = url.replace(/^[a-z]+:\/\//i, '').replace(/^[^/?#]*/, '').toLowerCase();
  return [...productTokens(policy)].some((token) => token.length >= 6 && new RegExp(`^/(?:@|c/|user/)${token}(?:[/?#]|$)`).test(path));
}

/** Catalog kind, where a few entries name a host and a path prefix (vk.com/video). */
function kindWithPath(mention: HostMention): LinkKind | undefined {
  const kind = catalogKind(mention.host);
  if (kind) return kind;
  const bare = mention.text.replace(/^[a-z]+:\/\//i, '').replace(/^www\./i, '').toLowerCase();
  for (const [k, hosts] of CATALOG_ENTRIES) {
    if (hosts.some((h) => h.includes('/') && bare.startsWith(h))) return k;
  }
  return undefined;
}
