import { CliError, type Io } from './io';

// Finished by the deadline issue.
export async function deadlineCommand(_args: string[], _io: Io): Promise<number> {
  throw new CliError('deadline: not implemented yet');
}
