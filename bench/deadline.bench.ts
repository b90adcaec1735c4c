// Deadlines per second for short (3 business days) and long (30 business days) targets, end to end
// through deadlineFor (ISO in, ISO out). Received instants spread over 2026; week chunks are built on
// first use and kept per policy, as in the extension, so a cold pass is reported separately.
import { deadlineFor } from '../src/deadline/index';
import { bundledPolicy } from '../src/policy/bundled';
import { type Policy, policySchema } from '../src/policy/schema';

const iex = bundledPolicy('iexexchanger')!;

/** iEXExchanger's calendar with a fortnight of holidays, and the targets measured. */
function variant(targets: Record<string, string>, holidays: string[] = []): Policy {
  return policySchema.parse({
    ...iex,
    schedule: { ...iex.schedule, holidays },
    sla: { commitment: 'guaranteed', tiers: Object.entries(targets).map(([id, target]) => ({ id, label: id, target, clock: 'business' })) },
  });
}

const FORTNIGHT = Array.from({ length: 14 }, (_, i) => new Date(Date.UTC(2026, 4, 4 + i)).toISOString().slice(0, 10));
const START = Date.UTC(2026, 0, 1);
const YEAR = 365 * 86_400_000;
const received = Array.from({ length: 4096 }, (_, i) => new Date(START + ((i * 7919 * 60_000) % YEAR)).toISOString());
const later = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();
/** The agent looks a day and two hours after receipt, after a pause of an hour and a half. */
const nowFor = received.map((at) => later(at, 26));
const pauseEnd = received.map((at) => later(at, 1.5));

function perSecond(policy: Policy, tier: string, options: { now?: boolean; pauses?: boolean } = {}): number {
  const run = (count: number) => {
    const t0 = performance.now();
    for (let i = 0; i < count; i++) {
      const at = received[i % received.length]!;
      deadlineFor(policy, tier, at, {
        now: options.now ? nowFor[i % received.length] : undefined,
        pauses: options.pauses ? [{ start: at, end: pauseEnd[i % received.length]! }] : undefined,
      });
    }
    return count / ((performance.now() - t0) / 1000);
  };
  run(received.length); // warm up: chunks, zone table, JIT
  return run(50_000);
}

function line(label: string, rate: number): void {
  console.log(`${label.padEnd(58)} ${Math.round(rate).toLocaleString('en-US').padStart(10)} deadlines/s`);
}

const plain = variant({ short: '3bd', long: '30bd' });
const holidays = variant({ short: '3bd', long: '30bd' }, FORTNIGHT);
line('3bd, iEXExchanger calendar', perSecond(plain, 'short'));
line('3bd, with --now (remaining time) and a pause', perSecond(plain, 'short', { now: true, pauses: true }));
line('30bd, iEXExchanger calendar', perSecond(plain, 'long'));
line('30bd, a fortnight of holidays, --now and a pause', perSecond(holidays, 'long', { now: true, pauses: true }));

// Cold: a fresh policy object each time, so every week walked is built from the zone table.
const coldPolicies = Array.from({ length: 2000 }, () => variant({ short: '3bd' }));
const t0 = performance.now();
coldPolicies.forEach((policy, i) => deadlineFor(policy, 'short', received[i]!));
line('3bd, cold (new policy object each time)', coldPolicies.length / ((performance.now() - t0) / 1000));
