import type { Io } from '../../../src/cli/io';

/** An Io over an in-memory file system that records what a command printed. */
export function fakeIo(files: Record<string, string> = {}): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const read = (path: string) => {
    const text = files[path];
    if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    return text;
  };
  return {
    stdout,
    stderr,
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
    readText: read,
    readBytes: (path) => new TextEncoder().encode(read(path)),
  };
}
