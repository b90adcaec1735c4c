import { CliError, type Io } from './io';

// Finished by the check issue.
export async function checkCommand(_args: string[], _io: Io): Promise<number> {
  throw new CliError('check: not implemented yet');
}
