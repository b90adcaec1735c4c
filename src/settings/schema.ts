import { z } from 'zod';
import { DEFAULT_POLICY_ID } from '../policy/bundled';
import { siteMappingSchema } from './site-mapping';

/** Small preferences that follow the agent across browsers (storage.sync, 8 KB per item). */
export const syncSettingsSchema = z.object({
  /** The policy on ticket pages no site mapping covers. */
  defaultPolicyId: z.string().min(1).default(DEFAULT_POLICY_ID),
  siteMappings: z.array(siteMappingSchema).default([]),
  /** How long before a deadline the reminder notification comes; 0 turns reminders off. */
  reminderMinutes: z.number().int().min(0).max(24 * 60).default(30),
});
export type SyncSettings = z.infer<typeof syncSettingsSchema>;

export const DEFAULT_SYNC_SETTINGS: SyncSettings = syncSettingsSchema.parse({});

/**
 * Reads stored settings of any earlier or damaged shape without losing the good parts:
 * each field that fails validation falls back to its default; a bad site mapping is dropped.
 */
export function coerceSyncSettings(raw: unknown): SyncSettings {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const field = <K extends keyof SyncSettings>(key: K): SyncSettings[K] => {
    const parsed = syncSettingsSchema.shape[key].safeParse(value[key]);
    return parsed.success ? (parsed.data as SyncSettings[K]) : DEFAULT_SYNC_SETTINGS[key];
  };
  const mappings = Array.isArray(value.siteMappings) ? value.siteMappings : [];
  return {
    defaultPolicyId: field('defaultPolicyId'),
    reminderMinutes: field('reminderMinutes'),
    siteMappings: mappings.flatMap((m) => {
      const parsed = siteMappingSchema.safeParse(m);
      return parsed.success ? [parsed.data] : [];
    }),
  };
}

/**
 * Version of the stored shapes. When a shape changes, bump it and add a migration from the
 * previous version in store.ts (WXT runs them in order when the extension updates).
 */
export const SETTINGS_VERSION = 1;
