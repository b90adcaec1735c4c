import { type DeadlineOptions, type DeadlineResult, type PauseSpan, deadlineFor } from '../deadline/index';
import { type ParsedArgs, parseArgs, required, single } from './args';
import { runBatch } from './batch';
import { CliError, type Io } from './io';
import { policyResolver } from './policy-arg';

const OPTIONS = ['policy', 'tier', 'received', 'now', 'pause', 'batch'] as const;

/** `deadline --policy … --tier … --received … [--now …] [--pause start/end]…` or `deadline --batch file.jsonl`. */
export async function deadlineCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseArgs(args, OPTIONS);
  if (parsed.positional.length) throw new CliError(`deadline: unexpected argument "${parsed.positional[0]}"`, 2);
  const resolve = policyResolver(io);
  const batch = single(parsed, 'batch');
  if (batch !== undefined) {
    const other = OPTIONS.find((name) => name !== 'batch' && parsed.options.has(name));
    if (other) throw new CliError(`deadline: --batch takes no --${other}`, 2);
    return runBatch(io, batch, (line) => answer(resolve, batchRequest(line)));
  }
  const request = singleRequest(parsed);
  try {
    io.out(JSON.stringify(answer(resolve, request)));
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(e instanceof Error ? e.message : String(e));
  }
  return 0;
}

interface DeadlineRequest extends DeadlineOptions {
  policy: string;
  tier: string;
  received: string;
}

/** The contract's fields in the contract's order; `remainingMinutes` only when `now` was given (null without a deadline). */
function answer(resolve: ReturnType<typeof policyResolver>, request: DeadlineRequest): Record<string, unknown> {
  const result: DeadlineResult = deadlineFor(resolve(request.policy), request.tier, request.received, request);
  const { policy, tier, commitment, received, clockStart, earliest, deadline } = result;
  const fields: Record<string, unknown> = { policy, tier, commitment, received, clockStart, earliest, deadline };
  if (request.now !== undefined) fields.remainingMinutes = result.remainingMinutes ?? null;
  return fields;
}

function singleRequest(parsed: ParsedArgs): DeadlineRequest {
  const pauses = (parsed.options.get('pause') ?? []).map((value): PauseSpan => {
    const halves = value.split('/');
    if (halves.length !== 2 || !halves[0] || !halves[1]) {
      throw new CliError(`--pause "${value}": expected <start>/<end>, two ISO-8601 instants`);
    }
    return { start: halves[0], end: halves[1] };
  });
  return {
    policy: required(parsed, 'policy'),
    tier: required(parsed, 'tier'),
    received: required(parsed, 'received'),
    now: single(parsed, 'now'),
    pauses,
  };
}

/** `{"id","policy","tier","received","now"?,"pauses"?:[[start,end],…]}` */
function batchRequest(line: Record<string, unknown>): DeadlineRequest {
  const text = (key: string, optional = false): string | undefined => {
    const value = line[key];
    if (value === undefined && optional) return undefined;
    if (typeof value !== 'string') throw new Error(`"${key}" must be a string`);
    return value;
  };
  const pauses = line.pauses ?? [];
  if (!Array.isArray(pauses)) throw new Error('"pauses" must be an array of [start, end] pairs');
  return {
    policy: text('policy')!,
    tier: text('tier')!,
    received: text('received')!,
    now: text('now', true),
    pauses: pauses.map((pair, i): PauseSpan => {
      if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') {
        throw new Error(`"pauses"[${i}] must be a pair [start, end] of ISO-8601 instants`);
      }
      return { start: pair[0], end: pair[1] };
    }),
  };
}
