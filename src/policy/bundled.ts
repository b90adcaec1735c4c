import bitrix24 from '../../policies/bitrix24.json';
import iexexchanger from '../../policies/iexexchanger.json';
import ixxo from '../../policies/ixxo.json';
import { policySchema, type Policy } from './schema';

/** The policies the product ships with, validated once at start-up. */
export const BUNDLED_POLICIES: readonly Policy[] = [iexexchanger, ixxo, bitrix24].map((p) => policySchema.parse(p));

/** Before an admin maps sites to policies, this one is in force on every ticket page. */
export const DEFAULT_POLICY_ID = 'iexexchanger';

export function bundledPolicy(id: string): Policy | undefined {
  return BUNDLED_POLICIES.find((p) => p.id === id);
}
