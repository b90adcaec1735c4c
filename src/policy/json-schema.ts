import { z } from 'zod';
import { policySchema } from './schema';

export const POLICY_SCHEMA_ID = 'https://triage-lens.invalid/policy.schema.json';

/** The policy schema as JSON Schema, so admins get completion and checks in their editor. */
export function policyJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(policySchema, { io: 'input', unrepresentable: 'any' }),
    $id: POLICY_SCHEMA_ID,
    title: 'Triage Lens support policy',
  };
}

export function policyJsonSchemaText(): string {
  return `${JSON.stringify(policyJsonSchema(), null, 2)}\n`;
}
