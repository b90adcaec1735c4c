import type { PolicyEntry } from '../messaging/protocol';
import type { Policy } from '../policy/schema';

/**
 * Every policy in force, in the order an admin reads them: managed (the organisation's, locked),
 * then bundled (locked; a managed policy with the same id replaces it), then the admin's own.
 */
export function policyCatalog(bundled: readonly Policy[], own: readonly Policy[], managed: readonly Policy[]): PolicyEntry[] {
  const managedIds = new Set(managed.map((p) => p.id));
  const taken = new Set([...managedIds, ...bundled.map((p) => p.id)]);
  return [
    ...managed.map((policy) => ({ policy, source: 'managed' as const, locked: true })),
    ...bundled.filter((p) => !managedIds.has(p.id)).map((policy) => ({ policy, source: 'bundled' as const, locked: true })),
    ...own.filter((p) => !taken.has(p.id)).map((policy) => ({ policy, source: 'own' as const, locked: false })),
  ];
}

export function findPolicy(catalog: readonly PolicyEntry[], id: string): Policy | undefined {
  return catalog.find((e) => e.policy.id === id)?.policy;
}

/** An id for a copy of `id` that no policy in the catalog uses yet ("ixxo-custom", "ixxo-custom-2"). */
export function freeCopyId(catalog: readonly PolicyEntry[], id: string): string {
  const used = new Set(catalog.map((e) => e.policy.id));
  const base = `${id.replace(/-custom(?:-\d+)?$/, '')}-custom`;
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
