import { BUNDLED_POLICIES, bundledPolicy } from '../policy/bundled';
import { formatProblems, loadPolicyText } from '../policy/load';
import type { Policy } from '../policy/schema';
import { CliError, type Io, readFile } from './io';

/** `--policy` takes a bundled policy id or a policy file; files are read and checked once per run. */
export function policyResolver(io: Io): (ref: string) => Policy {
  const cache = new Map<string, Policy>();
  return (ref) => {
    const cached = cache.get(ref);
    if (cached) return cached;
    const policy = bundledPolicy(ref) ?? loadPolicyFile(io, ref);
    cache.set(ref, policy);
    return policy;
  };
}

function loadPolicyFile(io: Io, ref: string): Policy {
  if (!/[./\\]/.test(ref)) {
    throw new CliError(`unknown policy "${ref}"; known policies: ${BUNDLED_POLICIES.map((p) => p.id).join(', ')}`);
  }
  const result = loadPolicyText(readFile(io, ref));
  if (!result.ok) throw new CliError(formatProblems(ref, result.problems).join('; '));
  return result.policy;
}
