import { POLICY_SCHEMA_ID } from '../policy/json-schema';
import { formatProblems, loadPolicyText } from '../policy/load';
import { CliError, type Io, readFile } from './io';

export async function lintCommand(args: string[], io: Io): Promise<number> {
  if (args.length === 0 || args.some((a) => a.startsWith('--'))) throw new CliError('usage: lint <policy.json>…', 2);
  let failed = 0;
  for (const path of args) {
    let text: string;
    try {
      text = readFile(io, path);
    } catch (e) {
      io.err((e as Error).message);
      failed++;
      continue;
    }
    if (isPolicyJsonSchema(text)) {
      io.out(JSON.stringify({ file: path, ok: true, skipped: 'the JSON Schema of the policy format, not a policy' }));
      continue;
    }
    const result = loadPolicyText(text);
    if (result.ok) io.out(JSON.stringify({ file: path, ok: true, policy: result.policy.id }));
    else {
      failed++;
      for (const line of formatProblems(path, result.problems)) io.err(line);
    }
  }
  return failed ? 1 : 0;
}

/** policies/schema.json sits beside the policies, so `lint policies/*.json` meets it. */
function isPolicyJsonSchema(text: string): boolean {
  return text.includes(`"$id": "${POLICY_SCHEMA_ID}"`);
}
