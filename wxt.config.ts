import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defineConfig } from 'wxt';

/** Pages served on this machine, where the e2e build (and `npm start`'s dev build) also shows the overlay. */
const LOCAL_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];

// Self-hosted helpdesks are added by an admin at run time (optional host permissions);
// the store build only ever touches the SaaS helpdesks listed in src/sites/hosts.ts.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  manifest: ({ mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications', 'activeTab', 'scripting'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Organisations deploy policies and site mappings through managed storage (docs/managed-deployment.md).
    storage: { managed_schema: 'managed_schema.json' },
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'] } : {}),
    // Nothing leaves the browser, which Firefox asks extensions to declare.
    browser_specific_settings: {
      gecko: { id: 'triage-lens@example.org', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
    },
  }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'e2e' && wxt.config.mode !== 'development') return;
      for (const script of manifest.content_scripts ?? []) script.matches = [...(script.matches ?? []), ...LOCAL_ORIGINS];
    },
    // The content script's budget is 100 KB gzipped, React included: say where it stands on every build.
    'build:done': (wxt) => {
      const dir = join(wxt.config.outDir, 'content-scripts');
      if (!existsSync(dir)) return;
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
        const gzipped = gzipSync(readFileSync(join(dir, file))).length;
        wxt.logger.info(`content-scripts/${file}: ${(gzipped / 1024).toFixed(1)} KB gzipped`);
      }
    },
  },
  // `npm start` (scripts/start.mjs) opens Debian's Chromium on a demo ticket page it serves.
  webExt: {
    binaries: { chrome: '/usr/bin/chromium' },
    startUrls: process.env.TRIAGE_LENS_START_URL ? [process.env.TRIAGE_LENS_START_URL] : [],
    chromiumArgs: ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  },
});
