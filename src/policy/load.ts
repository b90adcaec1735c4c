import type { z } from 'zod';
import { parseJsonText } from './json-text';
import { policySchema, type Policy } from './schema';

export interface PolicyProblem {
  /** JSON path such as `$.schedule.week.fri[1]`, or `line 3, column 7` for a syntax error. */
  where: string;
  message: string;
}

export type PolicyResult = { ok: true; policy: Policy } | { ok: false; problems: PolicyProblem[] };

export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

export function problemsOf(error: z.ZodError): PolicyProblem[] {
  return error.issues.map((issue) => ({ where: jsonPath(issue.path), message: describeIssue(issue) }));
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) {
    return `missing required field (${issue.expected})`;
  }
  if (issue.code === 'unrecognized_keys') return `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return issue.message;
}

/** Validates an already parsed value. */
export function validatePolicy(value: unknown): PolicyResult {
  const parsed = policySchema.safeParse(value);
  return parsed.success ? { ok: true, policy: parsed.data } : { ok: false, problems: problemsOf(parsed.error) };
}

/** Parses and validates the text of a policy file. */
export function loadPolicyText(text: string): PolicyResult {
  const json = parseJsonText(text);
  if (!json.ok) {
    return { ok: false, problems: [{ where: `line ${json.line}, column ${json.column}`, message: json.message }] };
  }
  return validatePolicy(json.value);
}

export function formatProblems(source: string, problems: PolicyProblem[]): string[] {
  return problems.map((p) => `${source}: ${p.where}: ${p.message}`);
}
