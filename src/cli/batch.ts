import { parseJsonText } from '../policy/json-text';
import { type Io, readFile } from './io';

/**
 * Runs `answer` on each line of a JSONL file, in order. A bad line answers
 * `{"id","error"}` (and a line on standard error) and the batch goes on.
 */
export async function runBatch(
  io: Io,
  path: string,
  answer: (input: Record<string, unknown>) => Record<string, unknown>,
): Promise<number> {
  const lines = readFile(io, path).split(/\r?\n/);
  let failed = 0;
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    const json = parseJsonText(line);
    const input = json.ok && isObject(json.value) ? json.value : undefined;
    const id = input && (typeof input.id === 'string' || typeof input.id === 'number') ? input.id : null;
    try {
      if (!json.ok) throw new Error(`invalid JSON at column ${json.column}: ${json.message}`);
      if (!input) throw new Error('expected a JSON object');
      io.out(JSON.stringify({ id, ...answer(input) }));
    } catch (e) {
      failed++;
      const message = e instanceof Error ? e.message : String(e);
      io.err(`${path}:${index + 1}: ${message}`);
      io.out(JSON.stringify({ id, error: message }));
    }
  });
  return failed ? 1 : 0;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
