import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { ticketStateSchema, type PolicyEntry, type TicketState } from '../messaging/protocol';
import { BUNDLED_POLICIES } from '../policy/bundled';
import { validatePolicy } from '../policy/load';
import type { Policy } from '../policy/schema';
import { policyCatalog } from './catalog';
import { NO_MANAGED_SETTINGS, readManaged, type ManagedSettings } from './managed';
import { coerceSyncSettings, DEFAULT_SYNC_SETTINGS, SETTINGS_VERSION, syncSettingsSchema, type SyncSettings } from './schema';

/**
 * Where settings live: small preferences and site mappings in storage.sync (they follow the agent),
 * the admin's own policies and per-ticket state in storage.local (large, this browser only),
 * the organisation's deployment in storage.managed (read-only).
 */
const syncSettingsItem = storage.defineItem<unknown>('sync:settings', {
  fallback: DEFAULT_SYNC_SETTINGS,
  version: SETTINGS_VERSION,
});

/** The admin's own policies as last saved (each validated before it was written). */
const ownPoliciesItem = storage.defineItem<unknown[]>('local:policies', { fallback: [], version: SETTINGS_VERSION });

const ticketKey = (key: string) => `local:ticket:${key}` as const;

/** Storage refused the write (quota): nothing was changed. */
export class StorageFullError extends Error {
  constructor(area: string, cause: unknown) {
    super(
      `The browser's ${area} storage is full, so this change was not saved; the previous settings stay in force. ` +
        (area === 'sync' ? 'Remove some site mappings and try again.' : 'Delete some policies you no longer use and try again.'),
      { cause },
    );
  }
}

async function write(area: 'sync' | 'local', run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (/quota|QUOTA_BYTES|too large|MAX_ITEMS/i.test(String((error as Error)?.message ?? error))) {
      throw new StorageFullError(area, error);
    }
    throw error;
  }
}

export async function loadSyncSettings(): Promise<SyncSettings> {
  return coerceSyncSettings(await syncSettingsItem.getValue());
}

export async function saveSyncSettings(settings: SyncSettings): Promise<void> {
  const valid = syncSettingsSchema.parse(settings);
  await write('sync', () => syncSettingsItem.setValue(valid));
}

/** The managed storage area; browsers without a deployment (or without the API) give none. */
export async function loadManaged(): Promise<ManagedSettings> {
  try {
    return readManaged((await browser.storage.managed.get()) as Record<string, unknown>);
  } catch {
    return NO_MANAGED_SETTINGS;
  }
}

export interface StoredOwnPolicies {
  policies: Policy[];
  /** Stored policies a newer schema no longer accepts: kept in storage, not applied. */
  warnings: string[];
}

export async function loadOwnPolicies(): Promise<StoredOwnPolicies> {
  const out: StoredOwnPolicies = { policies: [], warnings: [] };
  for (const raw of await ownPoliciesItem.getValue()) {
    const result = validatePolicy(raw);
    if (result.ok) out.policies.push(result.policy);
    else out.warnings.push(`Your policy ${JSON.stringify((raw as { id?: unknown })?.id ?? '?')} no longer validates (${result.problems[0]?.where}: ${result.problems[0]?.message}) and is not applied`);
  }
  return out;
}

/** Everything the worker and the pages need to decide which policy applies where. */
export interface EffectiveSettings {
  sync: SyncSettings;
  managed: ManagedSettings;
  catalog: PolicyEntry[];
  defaultPolicyId: string;
  reminderMinutes: number;
  warnings: string[];
}

export async function loadEffectiveSettings(): Promise<EffectiveSettings> {
  const [sync, managed, own] = await Promise.all([loadSyncSettings(), loadManaged(), loadOwnPolicies()]);
  const catalog = policyCatalog(BUNDLED_POLICIES, own.policies, managed.policies);
  return {
    sync,
    managed,
    catalog,
    defaultPolicyId: managed.defaultPolicyId ?? sync.defaultPolicyId,
    reminderMinutes: managed.reminderMinutes ?? sync.reminderMinutes,
    warnings: [...managed.warnings, ...own.warnings],
  };
}

let current: { settings: Promise<EffectiveSettings>; unwatch: () => void } | null = null;

/**
 * The effective settings, read once and kept until storage reports a change: answering every message by
 * re-reading three storage areas and re-validating each policy also gave the analysis new policy objects,
 * so its phrase books were compiled again for every ticket.
 */
export function currentSettings(): Promise<EffectiveSettings> {
  if (!current) {
    const unwatch = watchSettings(forgetCurrentSettings);
    current = { settings: loadEffectiveSettings(), unwatch };
    current.settings.catch(forgetCurrentSettings);
  }
  return current.settings;
}

export function forgetCurrentSettings(): void {
  current?.unwatch();
  current = null;
}

/**
 * Saves one of the admin's own policies, replacing the one with `previousId` (a rename) or the
 * same id. Validated first: an invalid policy is never written and the stored one stays.
 */
export async function saveOwnPolicy(value: unknown, previousId?: string): Promise<Policy> {
  const result = validatePolicy(value);
  if (!result.ok) throw new Error(`The policy was not saved: ${result.problems[0]?.where}: ${result.problems[0]?.message}`);
  const { managed } = await loadEffectiveSettings();
  const id = result.policy.id;
  if (BUNDLED_POLICIES.some((p) => p.id === id) || managed.policies.some((p) => p.id === id)) {
    throw new Error(`The id "${id}" belongs to a bundled or managed policy; choose another id`);
  }
  const stored = await ownPoliciesItem.getValue();
  const idOf = (p: unknown) => (p as { id?: unknown })?.id;
  if (previousId !== id && stored.some((p) => idOf(p) === id)) throw new Error(`You already have a policy with the id "${id}"`);
  const kept = stored.filter((p) => idOf(p) !== (previousId ?? id));
  await write('local', () => ownPoliciesItem.setValue([...kept, value]));
  return result.policy;
}

export async function deleteOwnPolicy(id: string): Promise<void> {
  const stored = await ownPoliciesItem.getValue();
  await ownPoliciesItem.setValue(stored.filter((p) => (p as { id?: unknown })?.id !== id));
}

export async function getTicketState(key: string): Promise<TicketState | null> {
  const parsed = ticketStateSchema.safeParse(await storage.getItem(ticketKey(key)));
  return parsed.success ? parsed.data : null;
}

export async function setTicketState(key: string, state: TicketState): Promise<TicketState> {
  const valid = ticketStateSchema.parse(state);
  await write('local', () => storage.setItem(ticketKey(key), valid));
  return valid;
}

/** Calls back whenever anything that decides the effective settings changes. */
export function watchSettings(onChange: () => void): () => void {
  const unwatch = [syncSettingsItem.watch(onChange), ownPoliciesItem.watch(onChange)];
  const onManaged = (_changes: unknown, area: string) => area === 'managed' && onChange();
  browser.storage.onChanged.addListener(onManaged);
  return () => {
    unwatch.forEach((u) => u());
    browser.storage.onChanged.removeListener(onManaged);
  };
}
