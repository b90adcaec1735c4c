import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { BUNDLED_POLICIES } from '../../src/policy/bundled';
import { filterLikeChrome, managedStorageSchema, managedStorageSchemaText } from '../../src/settings/managed-schema';
import { readManaged } from '../../src/settings/managed';

const CHROME_TYPES = ['object', 'array', 'string', 'integer', 'number', 'boolean'];

it('is the file the manifest points Chrome at (regenerate: npx tsx src/settings/write-managed-schema.ts)', () => {
  expect(readFileSync('public/managed_schema.json', 'utf8')).toBe(managedStorageSchemaText());
});

it('gives every schema node exactly one type Chrome knows, and no keyword Chrome rejects', () => {
  const walk = (node: Record<string, unknown>, where: string): void => {
    expect(CHROME_TYPES, where).toContain(node.type);
    for (const key of Object.keys(node)) expect(['type', 'properties', 'items', 'title', 'description'], `${where}: ${key}`).toContain(key);
    if (node.properties) for (const [k, v] of Object.entries(node.properties)) walk(v as Record<string, unknown>, `${where}.${k}`);
    if (node.items) walk(node.items as Record<string, unknown>, `${where}[]`);
  };
  walk(managedStorageSchema(), '$');
});

it('lets every bundled policy through Chrome unchanged, so a deployed policy arrives whole', () => {
  const schema = managedStorageSchema();
  for (const { $schema: _editorHint, ...policy } of BUNDLED_POLICIES) {
    const deployed = { policies: [{ ...policy, id: `org-${policy.id}` }] };
    const received = filterLikeChrome(JSON.parse(JSON.stringify(deployed)), schema) as Record<string, unknown>;
    expect(received).toEqual(JSON.parse(JSON.stringify(deployed)));
    expect(readManaged(received).policies.map((p) => p.id)).toEqual([`org-${policy.id}`]);
  }
});

it('lets a policy with mistakes through to the extension, which warns about it', () => {
  const received = filterLikeChrome({ policies: [{ id: 'x', name: 'X', sla: { commitment: 'maybe' } }] }, managedStorageSchema());
  const managed = readManaged(received as Record<string, unknown>);
  expect(managed.policies).toEqual([]);
  expect(managed.warnings).toEqual([expect.stringContaining('Managed policy "x" is ignored')]);
});
