// The overlay's budgets, measured in Debian's Chromium with the built extension:
// - time from a ticket's content appearing on a page to the overlay showing its findings (< 150 ms);
// - main-thread time an idle ticket page costs with the overlay open (should be ~0);
// - the gzipped size of the store build's content scripts, React included (< 100 KB).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchWithExtension } from '../tests/e2e/support/browser';
import { serveFolder } from '../tests/e2e/support/static-server';

const STORE_SCRIPTS = '.output/chrome-mv3/content-scripts';
const RUNS = 15;

function build(args: string[]): void {
  const r = spawnSync('npx', ['wxt', 'build', ...args], { stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`wxt build ${args.join(' ')} failed`);
}

if (!existsSync(STORE_SCRIPTS)) build([]);
for (const file of readdirSync(STORE_SCRIPTS).filter((f) => f.endsWith('.js'))) {
  const gzipped = gzipSync(readFileSync(join(STORE_SCRIPTS, file))).length;
  console.log(`content script ${file}: ${(gzipped / 1024).toFixed(1)} KB gzipped (budget 100 KB)`);
}

if (!existsSync('.output/chrome-mv3-e2e/manifest.json')) build(['--mode', 'e2e']);
const ticketBody = readFileSync('tests/fixtures/sites/zendesk.html', 'utf8').replace(/^[\s\S]*<body[^>]*>|<\/body>[\s\S]*$/g, '');
// In-page timing (a script string: tsx would add helpers the page does not have): from inserting the
// ticket's markup to the overlay's first checklist item, seen by mutation observers, not by polling.
const MEASURE = `(html) => new Promise((done) => {
  const start = performance.now();
  const watch = new MutationObserver(() => {
    const host = document.querySelector('triage-lens');
    if (host && host.shadowRoot) watch.observe(host.shadowRoot, { childList: true, subtree: true });
    if (host && host.shadowRoot && host.shadowRoot.querySelector('[data-section="checklist"] [data-item]')) {
      watch.disconnect();
      done(performance.now() - start);
    }
  });
  watch.observe(document.body, { childList: true });
  document.body.insertAdjacentHTML('afterbegin', html);
})`;
const browser = await launchWithExtension();
const server = await serveFolder('tests/fixtures/sites');
try {
  const page = await browser.context.newPage();
  const samples: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    // An empty page of the same helpdesk, then the ticket arrives as a single-page app would render it.
    await page.goto(`${server.origin}/not-a-ticket.html?run=${run}`);
    await page.waitForTimeout(run === 0 ? 4000 : 500); // the first run wakes the worker; not counted
    const ms = (await page.evaluate(`(${MEASURE})(${JSON.stringify(ticketBody)})`)) as number;
    if (run > 0) samples.push(ms);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]?.toFixed(0);
  console.log(`ticket content on the page → findings rendered: median ${at(0.5)} ms, p90 ${at(0.9)} ms over ${RUNS} runs (budget 150 ms; e2e build, React development mode)`);

  // A mutation storm: the ticket's text changes every 5 ms for 3 s. Every read sees a new ticket and asks
  // the worker for an analysis, so counting those requests counts the reads.
  await page.goto(`${server.origin}/zendesk.html?storm`);
  await page.waitForFunction(`!!document.querySelector('triage-lens')?.shadowRoot?.querySelector('[data-section="checklist"] [data-item]')`);
  await browser.worker.evaluate(`(() => {
    self.analyseRequests = 0;
    chrome.runtime.onMessage.addListener((m) => { if (m && m.type === 'analyse') self.analyseRequests++; });
  })()`);
  const stormMs = 3000;
  await page.evaluate(`new Promise((done) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let target = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent.includes('After updating')) { target = n; break; }
    const start = performance.now();
    const tick = () => {
      target.textContent += '.';
      if (performance.now() - start < ${stormMs}) setTimeout(tick, 5); else done();
    };
    tick();
  })`);
  await page.waitForTimeout(1000);
  const reads = (await browser.worker.evaluate('self.analyseRequests')) as number;
  console.log(`mutation storm (${stormMs / 1000} s, a change every 5 ms): ${reads} re-reads (budget: one per 300 ms, ${Math.floor(stormMs / 300) + 1} at most)`);

  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const busy = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  const before = await busy();
  await page.waitForTimeout(5000);
  console.log(`idle ticket page with the overlay open: ${((await busy()) - before).toFixed(1)} ms of main-thread work in 5 s`);
} finally {
  await browser.close();
  await server.close();
}
