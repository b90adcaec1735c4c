import { evidenceIn, type Evidence, type Segment } from '../evidence';
import { tokenize, type Word } from '../phrases';

/**
 * Secrets pasted into a ticket: "password: …", "пароль …", "client_secret=…", "token: …", "ftp://user:pass@host", a
 * webhook's code.
 * The evidence shows the keyword and the first character of the secret only.
 */

/** Words that introduce a secret, and the second words of two-word ones ("client secret", "api key", "ключ api"). */
const KEYWORDS = new Set([
  'password', 'passwords', 'passwd', 'pass', 'pwd', 'secret', 'token', 'client_secret', 'secret_key', 'api_key', 'apikey',
  'access_token', 'bot_token', 'пароль', 'пароля', 'паролем', 'пароли', 'токен', 'токена',
]);
/** Words after which "user / secret" follows ("Доступ: root / Qwe!2345", "SSH: admin / S3cr3t!"). */
const ACCESS_WORDS = new Set(['access', 'credentials', 'login', 'account', 'логин', 'доступ', 'доступы', 'аккаунт', 'учетка', 'админку', 'админка', 'админке', 'admin', 'ssh', 'ftp', 'sftp']);
/** "access: root / secret", also after the server's address ("Root access: 146.190.22.5 / root / secret", "IP 1.2.3.4, root / secret"). */
const USER_SLASH_SECRET = /^(?:[ \t]+[\p{L}\p{N}]+){0,5}[ \t]*:?[ \t]*(?:(?:ip|host|хост)[ \t]+)?(?:[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}[ \t]*[/|,;][ \t]*)?([^\s/|:,;]{1,64})[ \t]*[/|][ \t]*(\S{4,128})/iu;

const PAIRS = new Map<string, ReadonlySet<string>>([
  ['key', new Set(['api', 'secret'])],
  ['api', new Set(['ключ'])],
]);
const URL_CREDENTIALS = /(?<![\p{L}\p{N}])(?:s?ftp|ssh|https?|mysql):\/\/([^\s:/@]{1,64}):([^\s@/]{1,128})@/giu;
/** A Bitrix24 inbound webhook ("https://corp.bitrix24.ru/rest/1/abc123xyz987/"): its code is a key to the portal. */
const WEBHOOK = /(?<![\p{L}\p{N}])(https?:\/\/[^\s/]{1,253}\/rest\/\d{1,9}\/)([a-z0-9]{10,64})(?=\/|\s|$)/giu;
const MAX_SEPARATOR = 12;
const MAX_SECRET = 200;
/** Words that follow "password" in prose ("password is incorrect", "пароль администратора"). */
const PROSE_VALUE = /^(?:\p{Ll}+|\p{Lu}\p{Ll}+)$/u;
const SECRET_LIKE = /^(?=.*[\p{N}!#$%^&*_+=~@-])(?=.*\p{L}).{6,}$|^(?=.*\p{Lu})(?=.*\p{Ll}).{8,}$/u;

export function maskSecret(secret: string): string {
  return `${[...secret][0] ?? ''}•••••`;
}

/** A URL as written, its secrets masked: the password of "ftp://user:pass@host", a webhook's code. */
export function maskUrlSecrets(url: string): string {
  if (!url.includes('@') && !url.includes('/rest/')) return url;
  return url
    .replace(URL_CREDENTIALS, (whole: string, user: string, secret: string) => `${whole.slice(0, whole.indexOf('//') + 2)}${user}:${maskSecret(secret)}@`)
    .replace(WEBHOOK, (_whole: string, head: string, code: string) => `${head}${maskSecret(code)}`);
}

/** The value after a keyword and how it is introduced: ":"/"=", a word ("is", "это"), or nothing. */
function valueAfter(text: string, from: number): { start: number; value: string; by: 'mark' | 'word' | 'none' } | null {
  const sep = /^[ \t]*(?:([:=])|(-|–|—|is|was|это)(?=\s))?[ \t]*/u.exec(text.slice(from, from + MAX_SEPARATOR))!;
  const start = from + sep[0].length;
  const value = /^\S+/u.exec(text.slice(start, start + MAX_SECRET))?.[0]?.replace(/[.,;)]+$/u, '') ?? '';
  return value ? { start, value, by: sep[1] ? 'mark' : sep[2] ? 'word' : 'none' } : null;
}

/**
 * "Пароль мы не меняли, вот он на всякий случай: Str0y#Sales2026": the secret given after a colon further on in the
 * keyword's sentence, where it looks like one.
 */
const LATER_SECRET = /^[^.!?\n:;]{1,60}:[ \t]+([^\s/]\S{5,127})/u;
function secretLaterInSentence(text: string, from: number): { start: number; value: string } | null {
  const m = LATER_SECRET.exec(text.slice(from, from + 200));
  const value = m?.[1]?.replace(/[.,;)]+$/u, '');
  if (!m || !value || value.includes('://') || !SECRET_LIKE.test(value)) return null;
  return { start: from + m[0].length - m[1]!.length, value };
}

/** After ":" any value is a secret; otherwise it must look like one (prose follows "password is" too). */
function isSecret(value: string, by: 'mark' | 'word' | 'none'): boolean {
  if (value.length < 4 || /^[?!.*•]/u.test(value)) return false;
  if (by === 'mark') return true;
  if (by === 'word' && !PROSE_VALUE.test(value)) return true;
  return SECRET_LIKE.test(value);
}

/** "Доступ: root / Qwe!2345" after an access word, or "root: 1.2.3.4 / secret", masked. */
function userAndSecretAfter(segment: Segment, word: Word): Evidence | null {
  const { text } = segment;
  // "root: 185.12.44.90 / Zx81!mqPw": the user named as the access word
  if (!ACCESS_WORDS.has(word.norm) && !(word.norm === 'root' && text[word.end] === ':')) return null;
  const pair = USER_SLASH_SECRET.exec(text.slice(word.end, word.end + 200));
  if (!pair || !SECRET_LIKE.test(pair[2]!)) return null;
  const ev = evidenceIn(segment, word.start, word.end - word.start + pair[0].length);
  return { ...ev, text: `${text.slice(word.start, word.end)}: ${pair[1]} / ${maskSecret(pair[2]!)}` };
}

/** A user and password given after an access word: the access checklist item reads it too. */
export function findUserAndSecret(segments: readonly Segment[]): Evidence | null {
  for (const segment of segments) {
    for (const word of tokenize(segment).words) {
      const pair = userAndSecretAfter(segment, word);
      if (pair) return pair;
    }
  }
  return null;
}

export function findCredentials(segments: readonly Segment[]): Evidence | null {
  for (const segment of segments) {
    const { text } = segment;
    for (const m of text.includes('://') ? text.matchAll(URL_CREDENTIALS) : []) {
      const ev = evidenceIn(segment, m.index, m[0].length);
      return { ...ev, text: `${m[0].slice(0, m[0].indexOf('//') + 2)}${m[1]}:${maskSecret(m[2]!)}@` };
    }
    for (const m of text.includes('/rest/') ? text.matchAll(WEBHOOK) : []) {
      return { ...evidenceIn(segment, m.index, m[0].length), text: `${m[1]}${maskSecret(m[2]!)}` };
    }
    const { words } = tokenize(segment);
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const pair = userAndSecretAfter(segment, word);
      if (pair) return pair;
      const pairedWith = PAIRS.get(word.norm);
      const start = pairedWith?.has(words[i - 1]?.norm ?? '') ? words[i - 1]!.start : KEYWORDS.has(word.norm) ? word.start : -1;
      if (start < 0) continue;
      const found = valueAfter(text, word.end) ?? null;
      if (!found || !isSecret(found.value, found.by)) {
        const later = secretLaterInSentence(text, word.end);
        if (!later) continue;
        const ev = evidenceIn(segment, start, later.start + later.value.length - start);
        return { ...ev, text: `${text.slice(start, word.end)} … ${maskSecret(later.value)}` };
      }
      const ev = evidenceIn(segment, start, found.start + found.value.length - start);
      return { ...ev, text: `${text.slice(start, word.end)}: ${maskSecret(found.value)}` };
    }
  }
  return null;
}
