import { analyseTicket } from '../analysis';
import { validatePolicy, formatProblems } from '../policy/load';
import type { Policy } from '../policy/schema';
import { parseTicket, readTicketFile, TicketFileError } from '../ticket/read-file';
import { parseArgs, required, single } from './args';
import { runBatch } from './batch';
import { CliError, type Io } from './io';
import { policyResolver } from './policy-arg';

/**
 * `check --policy <file-or-id> <ticket-file>`: findings of one ticket (.json, .txt, .eml, .html) as one JSON line.
 * `check --batch <file.jsonl>`: one `{"id","policy","ticket"}` a line, one findings line each.
 */
export async function checkCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseArgs(args, ['policy', 'batch']);
  const resolve = policyResolver(io);
  const batch = single(parsed, 'batch');
  if (batch !== undefined) {
    if (parsed.positional.length || parsed.options.has('policy')) {
      throw new CliError('check --batch takes only the batch file', 2);
    }
    return runBatch(io, batch, (input) => {
      const policy = batchPolicy(input.policy, resolve);
      return analyseTicket(policy, parseTicket(input.ticket, '$.ticket'));
    });
  }
  const policy = resolve(required(parsed, 'policy'));
  if (parsed.positional.length !== 1) throw new CliError('check needs exactly one ticket file', 2);
  const path = parsed.positional[0]!;
  const ticket = await readTicket(io, path);
  io.out(JSON.stringify(analyseTicket(policy, ticket)));
  return 0;
}

async function readTicket(io: Io, path: string) {
  let bytes: Uint8Array;
  try {
    bytes = io.readBytes(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot read'}`);
  }
  try {
    return await readTicketFile(path, bytes);
  } catch (e) {
    if (e instanceof TicketFileError) throw new CliError(`${path}: ${e.message}`);
    throw e;
  }
}

/** A batch line's policy: a bundled id, a policy file, or a policy object written inline. */
function batchPolicy(value: unknown, resolve: (ref: string) => Policy): Policy {
  if (typeof value === 'string') {
    try {
      return resolve(value);
    } catch (e) {
      throw new Error(e instanceof Error ? e.message : String(e));
    }
  }
  if (typeof value === 'object' && value !== null) {
    const result = validatePolicy(value);
    if (!result.ok) throw new Error(formatProblems('policy', result.problems).join('; '));
    return result.policy;
  }
  throw new Error('policy: expected a policy id, a policy file or a policy object');
}
