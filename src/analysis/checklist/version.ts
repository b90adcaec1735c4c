import type { Policy } from '../../policy/schema';
import type { Evidence, Segment } from '../evidence';
import { firstWordFrom, tokenize } from '../phrases';
import { firstMatch, LETTER, LETTERS, trigger, WORD_START as S } from '../text';

/** Products whose version numbers are not the vendor's product version ("PHP 8.3.7", "Ubuntu 22.04"). */
const OTHER_SOFTWARE = new Set(
  (
    'php php-fpm fpm laravel symfony mysql mariadb postgres postgresql pgsql sqlite mongodb redis memcached ' +
    'elasticsearch rabbitmq ubuntu debian centos almalinux alma rocky rhel fedora linux kernel windows macos ' +
    'osx ios ipados android iphone ipad apache apache2 httpd nginx litespeed openlitespeed node nodejs node.js ' +
    'npm yarn pm2 python python3 ruby rails perl java golang dotnet .net composer vue vue.js vuejs nuxt angular ' +
    'react jquery bootstrap tailwind webpack vite chrome chromium firefox safari opera yandex браузер ' +
    'cpanel ispmanager plesk directadmin vestacp hestiacp fastpanel aapanel webmin openssl openssh ssh tls ssl ' +
    'http https http/1.1 http/2 curl docker kubernetes exim postfix dovecot wordpress woocommerce opencart magento ' +
    'prestashop joomla drupal tilda telegram whatsapp viber skype excel ioncube sourceguardian zend ' +
    'phpmyadmin supervisor supervisord cron socket.io pusher soketi api sdk oauth electrum geth monero bitcoind ' +
    'tron trc20 erc20 bep20 usdt пхп убунту дебиан виндовс андроид хром апач'
  ).split(' '),
);

const NUM = '\\d{1,5}(?:\\.\\d{1,5}){0,3}(?:[-.]?(?:beta|alpha|rc|dev|patch|hotfix|b|p)[-.]?\\d{0,5})?';
const END = '(?![a-zа-яё0-9]|[.,]\\d|\\s?%)';
const KEYWORD =
  '(?:version|ver\\.?|release|build|rev\\.?|revision|верси[a-zа-яё]*|сборк[a-zа-яё]*|релиз[a-zа-яё]*|билд[a-zа-яё]*|ревизи[a-zа-яё]*)';
const UPDATE_CONTEXT =
  '(?:updated|upgraded|update|upgrade|updating|upgrading|migrated|we are on|we\'re on|running|обновил[a-zа-яё]*|обновлени[a-zа-яё]*|обновлял[a-zа-яё]*|обновиться|обновить|перешли|стоит|у нас)';

/**
 * Candidates, most specific first. Group `words` holds the words between a keyword and its number,
 * checked against other software afterwards ("version of PHP 8.1").
 */
const CANDIDATES = [
    `${S}${KEYWORD}(?<words>(?:\\s+${LETTER}+){0,2}?)\\s*[:\\-—–#№]?\\s*v?\\.?\\s?(?<kw>${NUM})${END}`,
    `${S}v\\.?\\s?(?<v>\\d{1,5}(?:\\.\\d{1,5}){0,3}(?:[-.]?(?:beta|alpha|rc|dev|b|p)[-.]?\\d{0,5})?)${END}`,
    `(?<![${LETTERS}0-9./:$€₽£-])(?<triple>\\d{1,5}(?:\\.\\d{1,5}){2,3}(?:-?(?:beta|alpha|rc|dev|patch|hotfix)[-.]?\\d{0,5})?)${END}`,
    `${S}${UPDATE_CONTEXT}(?:\\s+${LETTER}+){0,3}?\\s+(?:to|from|до|с|на|version|верси${LETTER}*)?\\s*(?<pair>\\d{1,3}\\.\\d{1,3})${END}`,
    `(?<![${LETTERS}0-9./:$€₽£-])(?<before>\\d{1,3}\\.\\d{1,3})\\s+(?:version|build|release|верси[яию]|сборк[аеи]|релиз)(?!${LETTER})`,
    `(?<![${LETTERS}0-9./:$€₽£-])(?<arrow>\\d{1,3}\\.\\d{1,3})\\s*(?:→|->|=>|—>|-->|⇒)\\s*v?\\d{1,3}\\.\\d{1,3}${END}`,
].join('|');

/** "2026.01.05", "05.01.2026", "05.01.26" are dates, "185.203.118.44" an address. */
function notAVersion(number: string, kind: string): boolean {
  const parts = number.split(/[-a-z]/i)[0]!.split('.').filter(Boolean);
  if (parts.length >= 3 && (parts[0]!.length === 4 || parts.at(-1)!.length === 4)) return true;
  if (parts.length === 3 && parts.every((p) => p.length === 2) && parts.some((p) => p.startsWith('0'))) return true;
  // "1.000.000" groups thousands
  if (kind === 'triple' && parts.slice(1).every((p) => p.length === 3 && p.endsWith('00'))) return true;
  if (kind === 'triple' && parts.length === 4 && parts.every((p) => Number(p) <= 255) && /^[\d.]+$/.test(number)) {
    return true;
  }
  return false;
}

/** Tokens of the policy's own product name ("iexexchanger"): a version right after them is the product's. */
export function productTokens(policy: Policy): Set<string> {
  const tokens = new Set<string>();
  for (const source of [policy.id, policy.name]) {
    for (const t of source.toLowerCase().split(/[^a-zа-яё0-9]+/)) if (t.length >= 3) tokens.add(t);
  }
  return tokens;
}

/** The words just before a match, back to a clause break, at most three: "PHP version" in "PHP version 8.1". */
function wordsBefore(text: string, index: number): string[] {
  const before = text.slice(Math.max(0, index - 48), index);
  const clause = before.split(/[,;()\n]|[.!?]\s|\s(?:and|и|but|а|or|или|plus|with)\s/i).at(-1) ?? '';
  return clause.split(/\s+/).filter(Boolean).slice(-3);
}

function isOtherSoftware(words: readonly string[], product: Set<string>): boolean {
  for (const word of [...words].reverse()) {
    const w = word.toLowerCase().replace(/[:"'«»()]+$|^["'«(]+/g, '');
    if (product.has(w)) return false;
    if (OTHER_SOFTWARE.has(w) || OTHER_SOFTWARE.has(w.replace(/[\d.]+$/, ''))) return true;
  }
  return false;
}

/** A concrete version or build of the policy's product: "v2.4", "2.4.1", "build 1043", "версия 3.1". */
export function findVersion(policy: Policy, segments: readonly Segment[]): Evidence | undefined {
  const { product, pattern } = patternFor(policy);
  return firstMatch(segments, pattern, (match, segment) => {
    const groups = match.groups ?? {};
    const kind = Object.keys(groups).find((k) => k !== 'words' && groups[k] !== undefined) ?? '';
    const number = groups[kind] ?? '';
    if (notAVersion(number, kind)) return false;
    if (kind === 'named') return true;
    // "…got code "535", with message "535 5.7.8 Username…"": a bare number in pasted output is the program's, not the version.
    if (kind === 'triple' && inPastedText(segment, match.index + match[0].indexOf(number))) return false;
    const inner = (groups.words ?? '').split(/\s+/).filter(Boolean);
    // "version 3" is a version; "версия не обновлялась 3 дня" is not: words in between need a dotted number.
    // A build keyword among them names the number itself: "our version is build 1043".
    if (inner.length > 0 && !number.includes('.') && !BUILD_WORD.test(inner[inner.length - 1]!)) return false;
    // The words of the match itself count too: "updated PHP to 8.2".
    const own = match[0].slice(0, match[0].lastIndexOf(number)).split(/\s+/).filter(Boolean);
    return !isOtherSoftware([...wordsBefore(segment.text, match.index), ...own], product);
  }, { near: NEAR, before: 90, span: 200 })?.evidence;
}

function inPastedText(segment: Segment, index: number): boolean {
  const { words } = tokenize(segment);
  const word = words[firstWordFrom(words, index)];
  return word !== undefined && word.start <= index + 1 && word.quoted;
}

const BUILD_WORD = /^(?:build|release|rev|сборк\p{L}*|релиз\p{L}*|билд\p{L}*)$/iu;

/** Every candidate holds a dotted number, a version keyword or a "v" before digits. */
const NEAR = trigger(
  ['version', 'ver', 'release', 'build', 'rev', 'верси', 'сборк', 'релиз', 'билд', 'ревизи', 'v\\.?\\s?\\d'],
  ['\\d\\.\\d'],
);

const patterns = new WeakMap<Policy, { product: Set<string>; pattern: RegExp }>();

/** The candidates plus "<product name> 3.1"; built once per policy. */
function patternFor(policy: Policy): { product: Set<string>; pattern: RegExp } {
  let entry = patterns.get(policy);
  if (!entry) {
    const product = productTokens(policy);
    const named = [...product].map(escape).join('|');
    const source = named ? `${CANDIDATES}|${S}(?:${named})\\s+v?(?<named>\\d{1,3}\\.\\d{1,3}(?:\\.\\d{1,5})?)${END}` : CANDIDATES;
    entry = { product, pattern: new RegExp(source, 'gi') };
    patterns.set(policy, entry);
  }
  return entry;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
