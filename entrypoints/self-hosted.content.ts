import { runContentScript } from './content/main';

/**
 * The same overlay for self-hosted helpdesks: the worker registers this script
 * (content-scripts/self-hosted.js) for each origin an admin grants. `matches: []` keeps
 * those origins out of the manifest's required host permissions.
 */
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  main: (ctx) => runContentScript(ctx),
});
