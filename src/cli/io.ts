import { readFileSync } from 'node:fs';

/** What a command may touch, so tests can run commands without a process. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  readText(path: string): string;
  readBytes(path: string): Uint8Array;
}

export const nodeIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readText: (path) => readFileSync(path, 'utf8'),
  readBytes: (path) => readFileSync(path),
};

/** An error that ends the command with one line on standard error. Exit 2 is bad usage. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

export function readFile(io: Io, path: string): string {
  try {
    return io.readText(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot read'}`);
  }
}
