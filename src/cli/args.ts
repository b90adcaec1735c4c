import { CliError } from './io';

export interface ParsedArgs {
  options: Map<string, string[]>;
  positional: string[];
}

/** `--name value` options (repeatable) and positional arguments; anything unknown is bad usage. */
export function parseArgs(args: string[], known: readonly string[]): ParsedArgs {
  const options = new Map<string, string[]>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!known.includes(name)) throw new CliError(`unknown option --${name}`, 2);
    const value = inline ?? args[++i];
    if (value === undefined) throw new CliError(`--${name} needs a value`, 2);
    options.set(name, [...(options.get(name) ?? []), value]);
  }
  return { options, positional };
}

export function single(parsed: ParsedArgs, name: string): string | undefined {
  const values = parsed.options.get(name);
  if (values && values.length > 1) throw new CliError(`--${name} given more than once`, 2);
  return values?.[0];
}

export function required(parsed: ParsedArgs, name: string): string {
  const value = single(parsed, name);
  if (value === undefined) throw new CliError(`--${name} is required`, 2);
  return value;
}
