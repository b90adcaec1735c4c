import type { Ticket, TicketMessage } from '../../../src/ticket/schema';

/** Inputs shared by the analysis bench and the hostile-input test. */

const customer = (text: string): TicketMessage => ({ author: 'Client', role: 'customer', text });
const agent = (text: string): TicketMessage => ({ author: 'Support', role: 'agent', text });

const CUSTOMER_EN =
  'Hello, the rates for BTC → USDT TRC20 stopped updating after we updated to 3.1.4 on swapdesk.net. Steps: 1) open the ' +
  'admin, 2) go to Rates, 3) click Refresh. Expected: new rates. We see the error "Rate source timeout" in laravel.log. ' +
  'Screenshot https://prnt.sc/abc123, video www.youtube.com/watch?v=xyz. No changes to the code, stock install. ';
const CUSTOMER_RU =
  'Добрый день! Версия 3.1.2, домен obmenka24.ru. Сначала создаю заявку, потом нажимаю «Оплатить» — ошибка ' +
  '«Недостаточно средств в резерве». Ничего не меняли. Скрин: https://joxi.ru/a2XQwe3 ';
const AGENT = 'Thank you, we are checking. Please do not send links to https://drive.google.com, attach files directly. ';

/** About 1 KB per message, alternating customer (EN/RU) and agent, quoted history in some. */
export function largeTicket(messages = 200, bytes = 200_000): Ticket {
  const per = Math.floor(bytes / messages);
  const fill = (base: string) => base.repeat(Math.ceil(per / base.length)).slice(0, per);
  return {
    subject: 'Rates not updating',
    messages: Array.from({ length: messages }, (_, i) =>
      i % 3 === 2
        ? agent(fill(AGENT))
        : customer(i % 4 === 0 ? `${fill(CUSTOMER_EN).slice(0, per - 60)}\nOn Mon, Support wrote:\n> ${AGENT}` : fill(i % 2 ? CUSTOMER_RU : CUSTOMER_EN)),
    ),
  };
}

export function smallTicket(): Ticket {
  return { subject: 'Rates', messages: [customer((CUSTOMER_EN + CUSTOMER_RU + CUSTOMER_EN).slice(0, 1000))] };
}

const MB = 1_000_000;
const nested = (depth: number) => `${'(['.repeat(depth)}https://prnt.sc/x${'])'.repeat(depth)}`;

/** Inputs built to trip catastrophic backtracking or quadratic scans. */
export const HOSTILE_TICKETS: Record<string, Ticket> = {
  '1 MB of one character': { subject: '', messages: [customer('a'.repeat(MB))] },
  '1 MB of dots': { subject: '', messages: [customer('.'.repeat(MB))] },
  '1 MB of spaces then a word': { subject: '', messages: [customer(`${' '.repeat(MB)}should`)] },
  '1 MB host-like run': { subject: '', messages: [customer('a.'.repeat(MB / 2))] },
  '1 MB digits and dots': { subject: '', messages: [customer('1.'.repeat(MB / 2))] },
  'very long lines, many messages': {
    subject: '',
    messages: Array.from({ length: 50 }, (_, i) => customer(`${'word '.repeat(20_000)}${i}`)),
  },
  'thousands of URLs': {
    subject: '',
    messages: [customer(Array.from({ length: 5000 }, (_, i) => `https://prnt.sc/${i} www.site${i}.io/p`).join(' '))],
  },
  'deeply nested brackets': { subject: '', messages: [customer(nested(50_000))] },
  'quotes and error words': { subject: '', messages: [customer(`"${'error '.repeat(100_000)}`)] },
  'one long URL': { subject: '', messages: [customer(`https://example.io/${'a'.repeat(MB)}`)] },
  'many list lines': { subject: '', messages: [customer('1) click\n'.repeat(100_000))] },
  'blank lines': { subject: '', messages: [customer(`${' \t\n'.repeat(MB / 3)}site down`)] },
  // Each line may head quoted history; the line below it is looked up once, not again for every line above it.
  'lines ending in "пишет:"': { subject: '', messages: [customer('Система пишет:\n \n\n'.repeat(MB / 20))] },
  'pasted log lines': { subject: '', messages: [customer('PHP Warning: please fix ssl in /var/www/a.php\n'.repeat(20_000))] },
  'repeated ru stems': { subject: '', messages: [customer('доработ '.repeat(100_000))] },
  // One endless sentence of topics and asks: every match's sentence is the whole text, so nothing may read it per match.
  'one sentence of topics': { subject: '', messages: [customer('ssl hosting server vps '.repeat(45_000))] },
  'one sentence of asks': { subject: '', messages: [customer('please renew the ssl and set up cron, '.repeat(26_000))] },
};
