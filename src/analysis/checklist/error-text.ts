import type { Evidence, Segment } from '../evidence';
import { firstMatch, LETTER, trigger, WORD_END as E, WORD_START as S } from '../text';
import type { ItemReading } from './reading';

/** Words that make a quoted string an error message. */
const ERRORISH =
  '(?:error|errors|failed|failure|fail|invalid|incorrect|wrong|denied|refused|forbidden|unauthori[sz]ed|unauthenticated|unable|cannot|' +
  "can't|could not|not found|not allowed|unavailable|expired|timeout|timed out|exception|undefined|unknown|insufficient|" +
  "missing|does not exist|doesn't exist|no such|must not|must be|may not|greater than|larger than|less than|не существует|problem|warning|not available|not supported|not possible|not allowed|blocked|rejected|declined|denied|too many|limit exceeded|" +
  "do not match|does not match|don't match|doesn't match|mismatch|exceeds|exceeded|temporarily|try again|try later|is required|" +
  'не совпада[a-zа-яё]*|превыша[a-zа-яё]*|временно|попробуйте (?:позже|ещ[её] раз|снова)|не (?:загружен|сохран[её]н|отправлен|создан|выполнен|обработан|подтвержд[её]н|принят|поддерживается)[a-zа-яё]*|обязательн[a-zа-яё]*|слишком|too large|too big|too long|ошибк[a-zа-яё]*|неверн[a-zа-яё]*|неправильн[a-zа-яё]*|недоступ[a-zа-яё]*|не найден[a-zа-яё]*|не удалось|' +
  'невозможно|отказ[a-zа-яё]*|запрещ[a-zа-яё]*|недостаточно|истек[a-zа-яё]*|истёк[a-zа-яё]*|превышен[a-zа-яё]*|некорректн[a-zа-яё]*|' +
  'не может|не могу|нельзя|сбой|исключени[a-zа-яё]*)';

/** Pasted error text: technical lines, code blocks, or a quote that reads like an error message. */
const ERROR_TEXT = new RegExp(
  [
    // log, exception and stack trace lines
    'SQLSTATE\\[[0-9A-Z]{1,8}\\][^\\n]{0,200}',
    `\\[\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}[^\\]\\n]{0,20}\\]\\s*[\\w.]{1,40}\\.(?:ERROR|CRITICAL|WARNING|ALERT|EMERGENCY)\\s*:[^\\n]{0,200}`,
    '(?:^|\\n)\\s*#\\d{1,3}\\s+[/\\\\\\w.-]{1,200}\\(\\d{1,6}\\)',
    // the rest start at a word: its edge is tested once, before the alternatives
    `${S}(?:${[
      `(?:PHP\\s+)?(?:Fatal error|Parse error|Warning|Notice|Deprecated|Uncaught\\s+[\\w\\\\]{1,80})\\s*:\\s*[^\\n]{3,200}`,
      `[A-Z][\\w\\\\]{0,60}(?:Exception|Error)${E}(?:\\s*:|\\s+in\\s)[^\\n]{3,200}`,
      `(?:Failed to load resource|net::ERR_[A-Z_]{3,40}|ERR_[A-Z_]{4,40}|WebSocket connection to\\s+'[^'\\n]{1,200}'\\s+failed)[^\\n]{0,200}`,
      `(?:in|at)\\s+[/\\\\\\w.-]{1,200}\\.(?:php|js|ts|py)(?::\\d{1,6}|\\s+on line\\s+\\d{1,6}|\\(\\d{1,6}\\))`,
      `(?:Call to (?:undefined|a member)|Undefined (?:index|variable|offset|array key|property|method)|syntax error|Allowed memory size|Maximum execution time|Class "?[\\w\\\\]{1,80}"? not found|Target class \\[[\\w\\\\]{1,120}\\] does not exist|cURL error \\d{1,4})[^\\n]{0,200}`,
      // "Error: …" / "Ошибка: …" with words (a status code alone is not the text)
      `(?:error|errors|ошибк${LETTER}*|exception|message|сообщени${LETTER}*|текст ошибки|error text|error message|says|saying|reads|пишет|выда[её]т|выдает)\\s*[:—–-]\\s*(?!\\s*\\d{3}${E}\\s*(?:$|\\n)|\\s*(?:see|смотр|screenshot|скрин|attached|прилож|in the|on the|на скрин|в прилож)${LETTER}*${E}|\\s*(?:https?:\\/\\/|www\\.)\\S*\\s*(?:$|\\n))[^\\n]{0,10}?${LETTER}[^\\n]{4,200}`,
      // an error word, then the quoted text: error "…", пишет «…»
      `(?:error|says|saying|shows|showing|displays|message|reads|throws|thrown|returns|getting|got|get|gets|gives|gave|see|sees|пишет|появляется|выскакивает|вылезает|показывает|выда[её]т|выдает|ошибк${LETTER}*|сообщени${LETTER}*|надпись${LETTER}*|текст${LETTER}*)\\s*[:—–-]?\\s*(?:"|«|“)[^"«»“”\\n]{3,200}(?:"|»|”)`,
      `(?:error|message|says|shows|displays|ошибк${LETTER}*|сообщени${LETTER}*)\\s*[:—–-]?\\s*'[^'\\n]{3,200}'(?!${LETTER})`,
      // a log line under "the log shows:" (a blank line between allowed) that reads like an error
      `(?:shows|says|reads|output|outputs|produces|prints|writes|logs|пишет|выда[её]т|выводит|возвращает|отда[её]т)\\s*:?[ \\t]*\\r?\\n(?:[ \\t]*\\r?\\n)?[ \\t]*[^\\n]{0,160}?${S}${ERRORISH}[^\\n]{0,200}`,
      // …or under a line that names the log and ends in a colon ("In the log every minute:", "В логе каждую минуту:")
      `(?:log|logs|лог${LETTER}*|журнал${LETTER}*)${E}[^\\n:]{0,30}:[ \\t]*\\r?\\n(?:[ \\t]*\\r?\\n)?[ \\t]*[^\\n]{0,160}?${S}${ERRORISH}[^\\n]{0,200}`,
    ].join('|')})`,
  ].join('|'),
  'gi',
);

/**
 * The same, led by a quote mark or backtick: searched from those marks only, so a quote in prose does not send the
 * whole pattern above over the text around it.
 */
const QUOTED_ERROR_TEXT = new RegExp(
  [
    '```[^`]{3,4000}```',
    // a quoted message that reads like an error: "Invalid amount", «Недостаточно средств»
    `(?:"|«|“|„)[^"«»“”„\\n]{0,160}?${S}${ERRORISH}[^"«»“”„\\n]{0,160}?(?:"|»|”|“)`,
    `(?<!${LETTER})'[^'\\n]{0,160}?${S}${ERRORISH}[^'\\n]{0,160}?'(?!${LETTER})`,
    // an inline code span that reads like an error: `Payout failed: merchant response timeout`
    `\`[^\`\\n]{0,160}?${S}${ERRORISH}[^\`\\n]{0,160}?\``,
  ].join('|'),
  'gi',
);

/** An error, exception or log is mentioned (then its text is asked for). */
const ERROR_MENTION = new RegExp(
  `${S}(?:errors?|exceptions?|fatal|crash(?:es|ed)?|stack ?trace|traceback|error log|logs?|ошибк${LETTER}*|исключени${LETTER}*|лог(?:и|ах|е|ов)?|логах|журнал${LETTER}*|вылета${LETTER}*)${E}`,
  'gi',
);
/** "no errors", "без ошибок", "по ошибке", "ошибок нет": no error text is being withheld. */
const NO_ERROR_BEFORE = /(?:^|[^a-zа-яё])(?:no|without(?: any)?|zero|any|не|без|никаких|нет|по)\s+(?:[a-zа-яё]+\s+)?$/i;
const NO_ERRORS = /(?:no|without|zero|без|нет|никаких)\s+(?:any\s+)?(?:errors?|ошиб[a-zа-яё]*)/i;
const NO_ERROR_AFTER = /^\s+(?:нет|не было|не видно|не появляется|не показывает)(?![a-zа-яё])/i;
/** "error 500", "502 Bad Gateway", "ошибка 404": an HTTP status is not an error text, and not asked for. */
const HTTP_STATUS_ONLY = /(?:\d{3}|bad gateway|gateway time-?out|internal server error|not found|service unavailable)/i;

const TEXT_NEAR = trigger(
  [
    'sqlstate', 'php', 'fatal', 'parse error', 'warning', 'notice', 'deprecated', 'uncaught', 'call to', 'undefined', 'syntax',
    'allowed memory', 'maximum execution', 'class', 'curl', 'websocket', 'error', 'ошибка', 'exception', 'message', 'сообщени', 'текст ошибки',
    'says', 'saying', 'shows', 'showing', 'displays', 'reads', 'throw', 'returns', 'getting', 'got', 'get', 'see', 'пишет', 'выда', 'ошибк', 'надпис',
    'output', 'produces', 'prints', 'writes', 'logs', 'выводит', 'возвращает', 'отда', 'log$', 'logs$', 'лог$', 'логе$', 'логах$', 'логи$', 'журнал',
  ],
  ['[a-z_](?:exception|error)', 'failed to load', 'err_', '\\.(?:php|js|ts|py)(?![a-z])', '\\[\\d{4}-', '#\\d'],
);
const QUOTE_MARKS = trigger([], ['`', '"', '«', '“', '„', "'"]);
const MENTION_NEAR = trigger(['error', 'exception', 'fatal', 'crash', 'stack', 'traceback', 'log', 'ошибк', 'исключени', 'лог', 'журнал', 'вылета']);

export function readErrorText(segments: readonly Segment[]): ItemReading {
  const text = earlier(
    firstMatch(segments, ERROR_TEXT, undefined, { near: TEXT_NEAR, before: 220, span: 440 })?.evidence,
    firstMatch(segments, QUOTED_ERROR_TEXT, undefined, { near: QUOTE_MARKS, before: 0, span: 4010 })?.evidence,
  );
  if (text) return { status: 'present', evidence: text };
  const mention = firstMatch(segments, ERROR_MENTION, (m, segment) => {
    const before = segment.text.slice(Math.max(0, m.index - 40), m.index);
    if (NO_ERRORS.test(before)) return false;
    const after = segment.text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (NO_ERROR_BEFORE.test(before) || NO_ERROR_AFTER.test(after)) return false;
    if (/^logs?$/i.test(m[0]) && /^\s*(?:in|into|on|out)(?![a-zа-яё])/i.test(after)) return false;
    return !nearHttpStatus(segment.text, m.index, m[0].length);
  }, { near: MENTION_NEAR, before: 0, span: 40 });
  return mention ? { status: 'missing', evidence: mention.evidence } : { status: 'unknown' };
}

function nearHttpStatus(text: string, index: number, length: number): boolean {
  const around = text.slice(Math.max(0, index - 12), index + length + 24);
  return /(?<!\d)[45]\d\d(?!\d)/.test(around) && HTTP_STATUS_ONLY.test(around);
}

/** The one of two findings that stands first in the thread. */
function earlier(a: Evidence | undefined, b: Evidence | undefined): Evidence | undefined {
  if (!a || !b) return a ?? b;
  return a.at.message < b.at.message || (a.at.message === b.at.message && a.at.start <= b.at.start) ? a : b;
}
