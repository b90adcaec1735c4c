import { z } from 'zod';
import { policySchema } from '../policy/schema';

type Schema = Record<string, unknown>;

/**
 * Chrome's schema for managed storage (public/managed_schema.json). Chrome keeps only the
 * properties a schema declares and drops values of the wrong type before the extension sees
 * them, so the policy objects are described by structure alone (types and properties from the
 * zod schema, no patterns, enums or required fields): a policy with mistakes reaches the
 * extension, which ignores it with a visible warning instead of Chrome dropping it silently.
 */
export function managedStorageSchema(): Schema {
  const policy = chromeSchemaOf(z.toJSONSchema(policySchema, { io: 'input', unrepresentable: 'any' }) as Schema);
  return {
    type: 'object',
    properties: {
      policies: {
        title: 'Support policies',
        description:
          'Policies every agent gets, in the Triage Lens policy format (policies/schema.json). A policy that fails validation is ignored with a warning in the options page; the bundled policies remain. A policy with the id of a bundled one replaces it.',
        type: 'array',
        items: policy,
      },
      policyTexts: {
        title: 'Support policies as JSON text',
        description: 'The same as policies, each given as the text of a policy file (for tools that only take strings).',
        type: 'array',
        items: { type: 'string' },
      },
      siteMappings: {
        title: 'Site mappings',
        description:
          'Which policy applies to which helpdesk pages (match patterns such as https://support.example.com/*), and optionally which site adapter reads them. They come before the agent’s own mappings and cannot be edited.',
        type: 'array',
        items: {
          type: 'object',
          properties: { pattern: { type: 'string' }, policyId: { type: 'string' }, adapterId: { type: 'string' } },
        },
      },
      defaultPolicyId: {
        title: 'Default policy',
        description: 'The policy on ticket pages no site mapping covers (iexexchanger out of the box).',
        type: 'string',
      },
      reminderMinutes: {
        title: 'Reminder before a deadline (minutes)',
        description: 'How long before a response deadline the reminder notification comes; 0 turns reminders off.',
        type: 'integer',
      },
    },
  };
}

export function managedStorageSchemaText(): string {
  return `${JSON.stringify(managedStorageSchema(), null, 2)}\n`;
}

/** JSON Schema → Chrome's subset: exactly one type, properties and items; unions merged into one object. */
function chromeSchemaOf(node: Schema): Schema {
  const variants = (node.oneOf ?? node.anyOf) as Schema[] | undefined;
  if (variants) {
    const converted = variants.map(chromeSchemaOf);
    const objects = converted.filter((v) => v.type === 'object');
    if (objects.length === 0) return converted[0] ?? { type: 'string' };
    return { type: 'object', properties: Object.assign({}, ...objects.map((o) => o.properties)) };
  }
  const type = Array.isArray(node.type) ? node.type.find((t) => t !== 'null') : (node.type ?? typeOfConst(node.const));
  const out: Schema = { type: type ?? 'string' };
  if (type === 'object') {
    const properties = Object.entries((node.properties ?? {}) as Record<string, Schema>).filter(([name]) => name !== '$schema');
    out.properties = Object.fromEntries(properties.map(([name, schema]) => [name, chromeSchemaOf(schema)]));
  }
  if (type === 'array') out.items = chromeSchemaOf((node.items ?? {}) as Schema);
  return out;
}

function typeOfConst(value: unknown): string {
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value === 'boolean' ? 'boolean' : 'string';
}

/**
 * What Chrome hands the extension for a value under `schema`: undeclared properties and values of
 * the wrong type are dropped. Used by the tests to show that every policy passes unchanged.
 */
export function filterLikeChrome(value: unknown, schema: Schema): unknown {
  switch (schema.type) {
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
      const properties = schema.properties as Record<string, Schema>;
      const entries = Object.entries(value).flatMap(([k, v]) => {
        const child = properties[k] ? filterLikeChrome(v, properties[k]) : undefined;
        return child === undefined ? [] : [[k, child]];
      });
      return Object.fromEntries(entries);
    }
    case 'array':
      return Array.isArray(value) ? value.map((v) => filterLikeChrome(v, schema.items as Schema)).filter((v) => v !== undefined) : undefined;
    case 'integer':
      return Number.isInteger(value) ? value : undefined;
    case 'number':
      return typeof value === 'number' ? value : undefined;
    default:
      return typeof value === schema.type ? value : undefined;
  }
}
