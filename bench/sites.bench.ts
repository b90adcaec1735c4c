// Reading a ticket page runs on every debounced DOM change: time each adapter on its fixture,
// and the generic and Zendesk readers on a page grown to several megabytes (linkedom DOM).
import { readFileSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { readTicket } from '../src/sites/index';
import { median } from './median';

const folder = new URL('../tests/fixtures/sites/', import.meta.url);

for (const file of readdirSync(folder).filter((name) => name.endsWith('.html')).sort()) {
  const { document } = parseHTML(readFileSync(new URL(file, folder), 'utf8'));
  const url = `http://127.0.0.1/${file}`;
  const ms = median(() => readTicket(document, url), 50);
  console.log(`read ${file.padEnd(22)} ${ms.toFixed(3)} ms (median of 50)`);
}

const big = readFileSync(new URL('zendesk.html', folder), 'utf8').replace(
  '<p>Hello!</p>',
  `<p>Hello!</p>${'<p>Rates stopped, log line with https://drive.google.com/x and more words.</p>'.repeat(40_000)}`,
);
const { document: bigDoc } = parseHTML(big);
console.log(`page size ${(big.length / 1e6).toFixed(1)} MB, ${bigDoc.querySelectorAll('*').length} elements`);
console.log(`read zendesk (big)        ${median(() => readTicket(bigDoc, 'https://acme.zendesk.com/agent/tickets/1'), 5).toFixed(1)} ms (median of 5)`);
console.log(`read generic (big)        ${median(() => readTicket(bigDoc, 'https://example.org/t/1', 'generic'), 5).toFixed(1)} ms (median of 5)`);
