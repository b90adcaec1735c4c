import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { SAAS_MATCH_PATTERNS } from '../../src/sites/index';

type ManifestHook = (wxt: { config: { mode: string } }, manifest: { content_scripts?: { matches?: string[] }[] }) => void;
const addLocalOrigins = (config.hooks as Record<string, unknown> | undefined)?.['build:manifestGenerated'] as ManifestHook;

function contentScriptMatches(mode: string): string[] {
  const manifest = { content_scripts: [{ matches: [...SAAS_MATCH_PATTERNS] }] };
  addLocalOrigins({ config: { mode } }, manifest);
  return manifest.content_scripts[0]?.matches ?? [];
}

describe('where the content script runs', () => {
  it('never matches this machine in the store build', () => {
    expect(contentScriptMatches('production')).toEqual([...SAAS_MATCH_PATTERNS]);
    expect(SAAS_MATCH_PATTERNS.some((p) => /127\.0\.0\.1|localhost/.test(p))).toBe(false);
  });

  it('also matches 127.0.0.1 and localhost in the e2e build', () => {
    expect(contentScriptMatches('e2e')).toEqual([...SAAS_MATCH_PATTERNS, 'http://127.0.0.1/*', 'http://localhost/*']);
  });
});
