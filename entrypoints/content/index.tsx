import { SAAS_MATCH_PATTERNS } from '../../src/sites';
import { runContentScript } from './main';

/**
 * The overlay on the SaaS helpdesks' ticket pages. The e2e build also matches 127.0.0.1 and
 * localhost (added in wxt.config.ts); self-hosted helpdesks get entrypoints/self-hosted.content.ts.
 */
export default defineContentScript({
  matches: [...SAAS_MATCH_PATTERNS],
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx),
});
