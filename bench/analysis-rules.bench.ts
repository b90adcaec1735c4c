// The rule detectors (scope, signals, tier, language) on typical, large and hostile customer text:
// every phrase of a policy is matched in one pass over the words, so time grows with the text only.
import type { Segment } from '../src/analysis/evidence';
import { detectLanguage } from '../src/analysis/language';
import { detectScope } from '../src/analysis/scope';
import { detectSignals } from '../src/analysis/signals';
import { suggestTier } from '../src/analysis/tier';
import { bundledPolicy } from '../src/policy/bundled';
import type { Ticket } from '../src/ticket/schema';
import { median } from './median';

const SENTENCE =
  'After the update to 3.1.4 the rates page shows error 500, please renew the SSL certificate and check cron. Курсы не обновляются, продлите сертификат. ';

function run(name: string, texts: string[], times: number): void {
  const ticket: Ticket = { subject: 'bench', messages: texts.map((text) => ({ author: 'A', role: 'customer', text })) };
  for (const id of ['iexexchanger', 'bitrix24', 'ixxo']) {
    const policy = bundledPolicy(id)!;
    const ms = median(() => {
      // Fresh segment objects each time, so no cached tokens are reused.
      const segments: Segment[] = texts.map((text, message) => ({ message, start: 0, text }));
      detectLanguage(segments, ticket);
      detectScope(policy, segments);
      detectSignals(policy, ticket, segments);
      suggestTier(policy, segments, ticket);
    }, times);
    console.log(`rules ${name.padEnd(34)} ${id.padEnd(13)} ${ms.toFixed(3)} ms (median of ${times})`);
  }
}

run('1 KB ticket', [SENTENCE.repeat(7)], 200);
run('200 messages, 200 KB', Array.from({ length: 200 }, () => SENTENCE.repeat(7)), 10);
run('1 MB of one character', ['a'.repeat(1_000_000)], 3);
run('1 MB of "? "', ['? '.repeat(500_000)], 3);
run('1 MB of "!"', ['!'.repeat(1_000_000)], 3);
run('1 MB of quotes', ['"'.repeat(1_000_000)], 3);
run('1 MB of one word repeated', ['ssl '.repeat(250_000)], 3);
run('1 MB of "password: "', ['password: '.repeat(100_000)], 3);
run('1 MB of nested brackets', ['('.repeat(500_000) + ')'.repeat(500_000)], 3);
run('1 MB of CAPS WORDS', ['WHY NOT '.repeat(125_000)], 3);
