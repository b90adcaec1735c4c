// `npm run bench analysis`: analyseTicket on a large ticket, a small one and hostile inputs.
import { analyseTicket } from '../src/analysis';
import { bundledPolicy } from '../src/policy/bundled';
import { MAX_MESSAGE_CHARS, MAX_TICKET_CHARS } from '../src/analysis/thread';
import type { Ticket } from '../src/ticket/schema';
import { HOSTILE_TICKETS, largeTicket, smallTicket } from '../tests/unit/support/analysis-inputs';
import { collectGarbage } from './median';

const policy = bundledPolicy('iexexchanger')!;

function measure(name: string, ticket: Ticket, budgetMs: number, runs: number): void {
  // Warm-up: let V8 optimise first. By time as well as by count: its optimising compiler works in the background, and
  // on a busy two-core machine 200 runs of a small ticket (40 ms) end before it has finished.
  const warmUntil = performance.now() + 300;
  for (let i = 0; i < Math.min(runs, 200) || performance.now() < warmUntil; i++) analyseTicket(policy, ticket);
  collectGarbage();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    analyseTicket(policy, ticket);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const chars = ticket.messages.reduce((n, m) => n + m.text.length, 0);
  console.log(
    `${name.padEnd(34)} ${String(ticket.messages.length).padStart(4)} msgs ${String(chars).padStart(8)} chars  ` +
      `min ${times[0]!.toFixed(3)} ms  median ${median.toFixed(3)} ms  p90 ${times[Math.floor(times.length * 0.9)]!.toFixed(3)} ms  budget ${budgetMs} ms  ${median < budgetMs ? 'ok' : 'OVER'}`,
  );
}

console.log(`analysed at most ${MAX_MESSAGE_CHARS} characters per message and ${MAX_TICKET_CHARS} per ticket (start and end of the thread)`);
measure('200 messages, 200 KB', largeTicket(), 5, 100);
measure('1 KB ticket', smallTicket(), 0.2, 2000);
for (const [name, ticket] of Object.entries(HOSTILE_TICKETS)) measure(`hostile: ${name}`, ticket, 100, 10);
