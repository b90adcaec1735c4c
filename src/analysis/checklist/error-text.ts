import type { Segment } from '../evidence';
import { firstMatch, WORD_END as E, WORD_START as S } from '../text';
import type { ItemReading } from './reading';

/** Words that make a quoted string an error message. */
const ERRORISH =
  '(?:error|errors|failed|failure|fail|invalid|incorrect|wrong|denied|refused|forbidden|unauthori[sz]ed|unable|cannot|' +
  "can't|could not|not found|not allowed|unavailable|expired|timeout|timed out|exception|undefined|unknown|insufficient|" +
  'missing|problem|warning|ошибк\\p{L}*|неверн\\p{L}*|неправильн\\p{L}*|недоступ\\p{L}*|не найден\\p{L}*|не удалось|' +
  'невозможно|отказ\\p{L}*|запрещ\\p{L}*|недостаточно|истек\\p{L}*|истёк\\p{L}*|превышен\\p{L}*|некорректн\\p{L}*|' +
  'не может|не могу|нельзя|сбой|исключени\\p{L}*)';

/** Pasted error text: technical lines, code blocks, or a quote that reads like an error message. */
const ERROR_TEXT = new RegExp(
  [
    // log, exception and stack trace lines
    'SQLSTATE\\[[0-9A-Z]{1,8}\\][^\\n]{0,200}',
    `${S}(?:PHP\\s+)?(?:Fatal error|Parse error|Warning|Notice|Deprecated|Uncaught\\s+[\\w\\\\]{1,80})\\s*:\\s*[^\\n]{3,200}`,
    `${S}[A-Z][A-Za-z]{0,40}(?:Exception|Error)${E}(?:\\s*:|\\s+in\\s)[^\\n]{3,200}`,
    `\\[\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}[^\\]\\n]{0,20}\\]\\s*[\\w.]{1,40}\\.(?:ERROR|CRITICAL|WARNING|ALERT|EMERGENCY)\\s*:[^\\n]{0,200}`,
    '(?:^|\\n)\\s*#\\d{1,3}\\s+[/\\\\\\w.-]{1,200}\\(\\d{1,6}\\)',
    `${S}(?:in|at)\\s+[/\\\\\\w.-]{1,200}\\.(?:php|js|ts|py)(?::\\d{1,6}|\\s+on line\\s+\\d{1,6}|\\(\\d{1,6}\\))`,
    `${S}(?:Call to (?:undefined|a member)|Undefined (?:index|variable|offset|array key|property|method)|syntax error|Allowed memory size|Maximum execution time|Class "?[\\w\\\\]{1,80}"? not found|cURL error \\d{1,4})[^\\n]{0,200}`,
    '```[^`]{3,4000}```',
    // "Error: …" / "Ошибка: …" with words (a status code alone is not the text)
    `${S}(?:error|ошибка|exception|message|сообщение|текст ошибки|error text|error message)\\s*[:—–-]\\s*(?!\\s*\\d{3}${E}\\s*(?:$|\\n)|\\s*(?:see|смотр|screenshot|скрин|attached|прилож|in the|on the|на скрин|в прилож)\\p{L}*${E})[^\\n]{0,10}?\\p{L}[^\\n]{4,200}`,
    // a quoted message that reads like an error: "Invalid amount", «Недостаточно средств»
    `(?:"|«|“|„)[^"«»“”„\\n]{0,160}?${S}${ERRORISH}[^"«»“”„\\n]{0,160}?(?:"|»|”|“)`,
    `(?<![\\p{L}])'[^'\\n]{0,160}?${S}${ERRORISH}[^'\\n]{0,160}?'(?![\\p{L}])`,
    // an error word, then the quoted text: error "…", пишет «…»
    `${S}(?:error|says|saying|shows|showing|displays|message|reads|пишет|выда[её]т|выдает|ошибк\\p{L}*|сообщени\\p{L}*|надпись\\p{L}*|текст\\p{L}*)\\s*[:—–-]?\\s*(?:"|«|“)[^"«»“”\\n]{3,200}(?:"|»|”)`,
  ].join('|'),
  'giu',
);

/** An error, exception or log is mentioned (then its text is asked for). */
const ERROR_MENTION = new RegExp(
  `${S}(?:errors?|exceptions?|fatal|crash(?:es|ed)?|stack ?trace|traceback|error log|logs?|ошибк\\p{L}*|исключени\\p{L}*|лог(?:и|ах|е|ов)?|логах|журнал\\p{L}*|вылета\\p{L}*)${E}`,
  'giu',
);
/** "no errors", "без ошибок", "по ошибке", "ошибок нет": no error text is being withheld. */
const NO_ERROR_BEFORE = /(?:^|[^\p{L}])(?:no|without(?: any)?|zero|any|не|без|никаких|нет|по)\s+(?:\p{L}+\s+)?$/iu;
const NO_ERRORS = /(?:no|without|zero|без|нет|никаких)\s+(?:any\s+)?(?:errors?|ошиб\p{L}*)/iu;
const NO_ERROR_AFTER = /^\s+(?:нет|не было|не видно|не появляется|не показывает)(?![\p{L}])/iu;
/** "error 500", "502 Bad Gateway", "ошибка 404": an HTTP status is not an error text, and not asked for. */
const HTTP_STATUS_ONLY = /(?:\d{3}|bad gateway|gateway time-?out|internal server error|not found|service unavailable)/iu;

export function readErrorText(segments: readonly Segment[]): ItemReading {
  const text = firstMatch(segments, ERROR_TEXT)?.evidence;
  if (text) return { status: 'present', evidence: text };
  const mention = firstMatch(segments, ERROR_MENTION, (m, segment) => {
    const before = segment.text.slice(Math.max(0, m.index - 40), m.index);
    if (NO_ERRORS.test(before)) return false;
    const after = segment.text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (NO_ERROR_BEFORE.test(before) || NO_ERROR_AFTER.test(after)) return false;
    if (/^logs?$/i.test(m[0]) && /^\s*(?:in|into|on|out)(?![\p{L}])/iu.test(after)) return false;
    return !nearHttpStatus(segment.text, m.index, m[0].length);
  });
  return mention ? { status: 'missing', evidence: mention.evidence } : { status: 'unknown' };
}

function nearHttpStatus(text: string, index: number, length: number): boolean {
  const around = text.slice(Math.max(0, index - 12), index + length + 24);
  return /(?<!\d)[45]\d\d(?!\d)/u.test(around) && HTTP_STATUS_ONLY.test(around);
}
