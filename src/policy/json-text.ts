export type JsonParse =
  | { ok: true; value: unknown }
  | { ok: false; message: string; line: number; column: number };

/**
 * JSON.parse with the place of the first syntax error as line and column.
 * V8's messages do not always carry a position, so on failure a small scanner
 * walks the text once to find it.
 */
export function parseJsonText(text: string): JsonParse {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    const { offset, message } = locateSyntaxError(body);
    const before = body.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return { ok: false, message, line, column };
  }
}

class Stop extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

function locateSyntaxError(s: string): { offset: number; message: string } {
  let i = 0;
  const ws = () => {
    while (i < s.length && ' \t\n\r'.includes(s[i]!)) i++;
  };
  const fail = (what: string): never => {
    const found = i < s.length ? `'${s[i]}'` : 'the end of the text';
    throw new Stop(i, `expected ${what}, found ${found}`);
  };
  const literal = (word: string) => {
    if (s.startsWith(word, i)) i += word.length;
    else fail('a value');
  };
  const string = () => {
    if (s[i] !== '"') fail('a double-quoted string');
    i++;
    while (i < s.length && s[i] !== '"') {
      if (s.charCodeAt(i) < 0x20) fail('a closing quote (control characters must be escaped)');
      if (s[i] === '\\') {
        i++;
        if (s[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 1, i + 5))) fail('four hex digits after \\u');
          i += 4;
        } else if (!'"\\/bfnrt'.includes(s[i] ?? '')) fail('a valid escape');
      }
      i++;
    }
    if (i >= s.length) fail('a closing quote');
    i++;
  };
  const number = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(s.slice(i, i + 400));
    if (!m) fail('a value');
    i += m![0].length;
  };
  // An explicit stack keeps deeply nested input from overflowing the call stack.
  const value = (): void => {
    const stack: ('{' | '[')[] = [];
    for (;;) {
      ws();
      const c = s[i];
      if (c === '{' || c === '[') {
        i++;
        ws();
        const close = c === '{' ? '}' : ']';
        if (s[i] === close) {
          i++;
        } else {
          stack.push(c);
          if (c === '{') {
            string();
            ws();
            if (s[i] !== ':') fail("':' after a property name");
            i++;
          }
          continue;
        }
      } else if (c === '"') string();
      else if (c === 't') literal('true');
      else if (c === 'f') literal('false');
      else if (c === 'n') literal('null');
      else number();
      // After a value: close containers or move to the next element.
      for (;;) {
        const top = stack[stack.length - 1];
        if (!top) return;
        ws();
        const close = top === '{' ? '}' : ']';
        if (s[i] === close) {
          i++;
          stack.pop();
          continue;
        }
        if (s[i] !== ',') fail(`',' or '${close}'`);
        i++;
        if (top === '{') {
          ws();
          string();
          ws();
          if (s[i] !== ':') fail("':' after a property name");
          i++;
        }
        break;
      }
    }
  };
  try {
    value();
    ws();
    if (i < s.length) fail('the end of the text');
    return { offset: i, message: 'invalid JSON' };
  } catch (e) {
    if (e instanceof Stop) return { offset: e.offset, message: e.message };
    throw e;
  }
}
