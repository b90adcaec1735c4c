import { validatePolicy } from '../policy/load';
import type { Policy } from '../policy/schema';
import { parseJsonText } from '../policy/json-text';
import { siteMappingSchema, type SiteMapping } from './site-mapping';

/**
 * What an organisation deployed through managed storage (Chrome enterprise policy, Firefox
 * policies.json "3rdparty"): policies and site mappings that apply and cannot be edited locally.
 * Anything that fails validation is left out with a warning; bundled policies always remain.
 */
export interface ManagedSettings {
  policies: Policy[];
  siteMappings: SiteMapping[];
  defaultPolicyId?: string;
  reminderMinutes?: number;
  warnings: string[];
}

export const NO_MANAGED_SETTINGS: ManagedSettings = { policies: [], siteMappings: [], warnings: [] };

/** Reads the raw managed storage area; a policy may be given as an object or as JSON text (`policyTexts`). */
export function readManaged(raw: Record<string, unknown> | null | undefined): ManagedSettings {
  const out: ManagedSettings = { policies: [], siteMappings: [], warnings: [] };
  if (!raw) return out;
  const policies = [...asList(raw.policies, 'policies', out.warnings), ...asList(raw.policyTexts, 'policyTexts', out.warnings)];
  policies.forEach((item, i) => {
    const value = typeof item === 'string' ? parseJsonText(item) : { ok: true as const, value: item };
    if (!value.ok) {
      out.warnings.push(`Managed policy #${i + 1} is ignored: not JSON (line ${value.line}, column ${value.column}: ${value.message})`);
      return;
    }
    const result = validatePolicy(value.value);
    if (!result.ok) {
      const first = result.problems[0];
      const name = policyName(value.value, i);
      out.warnings.push(`Managed policy ${name} is ignored: ${first?.where}: ${first?.message}`);
      return;
    }
    if (out.policies.some((p) => p.id === result.policy.id)) {
      out.warnings.push(`Managed policy "${result.policy.id}" appears twice; the first one applies`);
      return;
    }
    out.policies.push(result.policy);
  });
  asList(raw.siteMappings, 'siteMappings', out.warnings).forEach((item, i) => {
    const parsed = siteMappingSchema.safeParse(item);
    if (parsed.success) out.siteMappings.push(parsed.data);
    else out.warnings.push(`Managed site mapping #${i + 1} is ignored: ${parsed.error.issues[0]?.message}`);
  });
  if (typeof raw.defaultPolicyId === 'string' && raw.defaultPolicyId) out.defaultPolicyId = raw.defaultPolicyId;
  if (typeof raw.reminderMinutes === 'number' && Number.isInteger(raw.reminderMinutes) && raw.reminderMinutes >= 0) {
    out.reminderMinutes = raw.reminderMinutes;
  }
  return out;
}

function asList(value: unknown, name: string, warnings: string[]): unknown[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  warnings.push(`Managed "${name}" is ignored: expected a list`);
  return [];
}

function policyName(value: unknown, index: number): string {
  const id = typeof value === 'object' && value && 'id' in value ? (value as { id: unknown }).id : undefined;
  return typeof id === 'string' ? `"${id}"` : `#${index + 1}`;
}
