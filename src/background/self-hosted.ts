import { browser } from 'wxt/browser';

/**
 * Self-hosted helpdesks: an admin grants an origin (optional host permission) and the overlay's
 * content script is registered for it at run time; removing the origin undoes both.
 * The script is the overlay engineer's runtime-registered entry (entrypoints/self-hosted.content.ts).
 */
export const SELF_HOSTED_SCRIPT = '/content-scripts/self-hosted.js';
const ID_PREFIX = 'self-hosted:';

export interface SelfHostedOrigin {
  pattern: string;
  /** Whether the browser still holds the host permission (a user can revoke it in the browser). */
  granted: boolean;
}

/**
 * Must be called straight from the click handler: browsers grant permissions only in a user gesture.
 * Returns false when the admin declined.
 */
export async function addSelfHostedOrigin(pattern: string): Promise<boolean> {
  if (!(await browser.permissions.request({ origins: [pattern] }))) return false;
  const id = `${ID_PREFIX}${pattern}`;
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length === 0) {
    await browser.scripting.registerContentScripts([
      { id, matches: [pattern], js: [SELF_HOSTED_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return true;
}

export async function listSelfHostedOrigins(): Promise<SelfHostedOrigin[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  const { origins = [] } = await browser.permissions.getAll();
  return scripts
    .filter((s) => s.id.startsWith(ID_PREFIX))
    .map((s) => {
      const pattern = s.id.slice(ID_PREFIX.length);
      return { pattern, granted: origins.includes(pattern) };
    });
}

export async function removeSelfHostedOrigin(pattern: string): Promise<void> {
  await browser.scripting.unregisterContentScripts({ ids: [`${ID_PREFIX}${pattern}`] }).catch(() => undefined);
  // A host the manifest itself requires (the e2e build's 127.0.0.1) keeps its permission.
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}
