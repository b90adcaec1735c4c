import type { Evidence, Segment } from '../evidence';
import { findUserAndSecret, maskSecret } from '../rules/credentials';
import { firstMatch, LETTER, trigger, WORD_END as E, WORD_START as S } from '../text';

/** Words that follow "password" in a sentence about it, not a password itself. */
const NOT_A_SECRET =
  /^(?:reset|recovery|change|changed|incorrect|wrong|invalid|expired|field|form|page|is|was|for|to|and|or|of|the|not|does|doesn't|did|сброс[a-zа-яё]*|смен[a-zа-яё]*|не|от|для|был[a-zа-яё]*|неверн[a-zа-яё]*|изменен[a-zа-яё]*|поле|восстановлен[a-zа-яё]*)$/i;

/** Login/password, SSH/FTP access given in the text. */
const ACCESS = new RegExp(
  [
    `${S}(?:password|passwd|pass|pwd|пароль|пасс)${E}\\s*(?:[:=]|-|—|–)\\s*(?<secret>[^\\s,;]{3,100})`,
    `${S}(?:password|пароль|pass|pwd|пасс)${E}\\s+(?:is\\s+)?(?<plain>[^\\s,;]{4,100})`,
    `${S}(?:ssh|sftp|ftp|ftps|rdp|ssh-доступ${LETTER}*)${E}[^\\n]{0,40}?[\\w.-]{1,64}@[\\w.-]{1,253}`,
    `${S}(?:ssh|sftp|ftp|ftps)://[^\\s:@/]{1,64}:[^\\s@/]{1,100}@`,
    `${S}(?:login|логин|user(?:name)?|пользователь|юзер)\\s*(?:[:=]|-|—)\\s*\\S{2,64}[^\\n]{0,40}?${S}(?:password|pass|pwd|пароль|пасс)${E}\\s*(?:[:=]|-|—)?\\s*\\S{3,100}`,
    // "root@193.0.1.5 / pass …": a login at the server's address
    `${S}[\\w.-]{1,32}@\\d{1,3}(?:\\.\\d{1,3}){3}${E}`,
    // "login support_check / pass Kj83!mzq"
    `${S}(?:login|логин|user(?:name)?)\\s+[^\\s/|]{2,64}\\s*[/|]\\s*(?:password|pass|pwd|пароль|пасс)${E}\\s*[:=]?\\s*\\S{3,100}`,
  ].join('|'),
  'gi',
);

/** A secret inside found access text: after a password word, or between ":" and "@" of a URL. */
const SECRET_IN_TEXT = new RegExp(`(${S}(?:password|passwd|pass|pwd|пароль|пасс)${E}\\s*(?:[:=]|-|—|–)?\\s*(?:is\\s+)?)([^\\s,;]+)|(://[^\\s:@/]+:)([^\\s@/]+)(?=@)`, 'giu');

/** The evidence shows that access was given, never the password itself. */
const masked = (evidence: Evidence): Evidence => ({
  ...evidence,
  text: evidence.text.replace(SECRET_IN_TEXT, (_all, word?: string, secret?: string, url?: string, urlSecret?: string) =>
    word !== undefined ? `${word}${maskSecret(secret!)}` : `${url}${maskSecret(urlSecret!)}`,
  ),
});

const NEAR = trigger(['pass', 'pwd', 'пароль', 'пасс', 'ssh', 'sftp', 'ftp', 'rdp'], ['@\\d{1,3}\\.']);

export function findAccess(segments: readonly Segment[]): Evidence | undefined {
  const found = firstMatch(segments, ACCESS, (match) => {
    const secret = match.groups?.secret;
    if (secret !== undefined) return !NOT_A_SECRET.test(secret) && !secret.endsWith('?');
    const plain = match.groups?.plain;
    // Without a separator only a secret-looking word counts: digits or symbols, not prose.
    if (plain !== undefined) return /[\d!@#$%^&*_+=]/.test(plain) && !NOT_A_SECRET.test(plain) && !plain.endsWith('?');
    return true;
  }, { near: NEAR, before: 120, span: 320 });
  return found ? masked(found.evidence) : (findUserAndSecret(segments) ?? undefined);
}
