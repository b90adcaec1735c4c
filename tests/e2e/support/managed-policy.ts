import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where Debian's Chromium reads mandatory policies (root-owned; the tests run as root in CI). */
export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';

/** Chromium's id for an unpacked extension: SHA-256 of its absolute path, first 32 hex digits mapped 0-f → a-p. */
export function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}

/**
 * Writes an enterprise policy giving the extension's managed storage `config`
 * ("3rdparty" → "extensions" → id), as an organisation would; returns the clean-up.
 */
export function writeManagedPolicy(extensionId: string, config: object): () => void {
  mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
  const file = join(CHROMIUM_POLICY_DIR, 'triage-lens-e2e.json');
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: config } } }, null, 2));
  return () => rmSync(file, { force: true });
}
