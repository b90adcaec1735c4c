import { checkCommand } from './check';
import { deadlineCommand } from './deadline';
import { lintCommand } from './lint';
import { CliError, type Io } from './io';

const USAGE = `usage: cli <command> …
  lint <policy.json>…
  deadline --policy <file-or-id> --tier <id> --received <ISO-8601> [--now <ISO-8601>] [--pause <ISO>/<ISO>]…
  deadline --batch <file.jsonl>
  check --policy <file-or-id> <ticket.(txt|eml|html|json)>
  check --batch <file.jsonl>`;

const COMMANDS: Record<string, (args: string[], io: Io) => Promise<number>> = {
  lint: lintCommand,
  deadline: deadlineCommand,
  check: checkCommand,
};

export async function runCli(argv: string[], io: Io): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(name && name !== '--help' ? `unknown command "${name}"\n${USAGE}` : USAGE);
    return 2;
  }
  try {
    return await command(args, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.message);
      return e.exitCode;
    }
    io.err(`internal error: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}
