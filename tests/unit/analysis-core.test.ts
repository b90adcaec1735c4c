import { describe, expect, it } from 'vitest';
import { analyseTicket } from '../../src/analysis';
import { readCustomization } from '../../src/analysis/checklist/customization';
import { findLinks } from '../../src/analysis/links';
import { forwarded, ownPart } from '../../src/analysis/forwarded';
import { customerSegments, MAX_MESSAGE_CHARS } from '../../src/analysis/thread';
import { trigger } from '../../src/analysis/text';
import { bundledPolicy } from '../../src/policy/bundled';
import type { Policy } from '../../src/policy/schema';
import type { Findings, Ticket, TicketMessage } from '../../src/ticket/schema';

const iex = bundledPolicy('iexexchanger')!;
const bitrix = bundledPolicy('bitrix24')!;
const ixxo = bundledPolicy('ixxo')!;

const customer = (text: string, extra: Partial<TicketMessage> = {}): TicketMessage => ({ author: 'Client', role: 'customer', text, ...extra });
const agent = (text: string, extra: Partial<TicketMessage> = {}): TicketMessage => ({ author: 'Support', role: 'agent', text, ...extra });
const ticket = (...messages: TicketMessage[]): Ticket => ({ subject: '', messages });
const one = (text: string): Ticket => ticket(customer(text));

function status(findings: Findings, id: string): string | undefined {
  return findings.checklist.find((c) => c.id === id)?.status;
}
function item(policy: Policy, text: string | Ticket, id: string): string | undefined {
  return status(analyseTicket(policy, typeof text === 'string' ? one(text) : text), id);
}
const flagged = (policy: Policy, text: string) =>
  findLinks(policy, customerSegments(one(text))).filter((l) => l.verdict === 'not-opened').map((l) => l.url);

describe('customerSegments', () => {
  it('keeps only customer messages and points into the original text', () => {
    const t = ticket(agent('Version 9.9.9, see https://drive.google.com/x'), customer('Hello\nv2.4 on swap.io'));
    const segments = customerSegments(t);
    expect(segments.map((s) => s.message)).toEqual([1]);
    for (const s of segments) expect(t.messages[s.message]!.text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  it('drops "On … wrote:" history, including an attribution wrapped over two lines', () => {
    const text = 'Still broken.\nOn Mon, Jun 1, 2026 at 11:00 AM Support <\nsupport@x.example> wrote:\n> use https://youtu.be/q\n> thanks';
    const segments = customerSegments(one(text));
    expect(segments.map((s) => s.text.trim())).toEqual(['Still broken.']);
  });

  it('keeps an error the customer introduces with "пишет:" or "wrote:", and drops a bare "Support wrote:" above "> " lines', () => {
    const error = 'Обновления не ставятся. Система обновлений пишет:\n[UPDATE_ERROR] недостаточно прав на запись\nПосмотрите, пожалуйста.';
    expect(customerSegments(one(error)).map((s) => s.text)).toEqual([error]);
    const history = 'Still broken.\nSupport wrote:\n> use https://youtu.be/q';
    expect(customerSegments(one(history)).map((s) => s.text.trim())).toEqual(['Still broken.']);
  });

  it('keeps a forwarded mail whose header is an attribution line ("14.04.2026, 09:51, Host <noreply@…>:")', () => {
    const text = 'Пересылаю письмо хостера.\n-------- Пересылаемое сообщение --------\n14.04.2026, 09:51, "FirstVDS" <noreply@host.example>:\n\nПользователь: root\nПароль: tR8#mWq2Zx5v';
    expect(customerSegments(one(text)).map((s) => s.text).join('\n')).toContain('Пароль: tR8#mWq2Zx5v');
  });

  it('keeps answers written inline between quoted lines, and drops the quoted lines', () => {
    const text = 'Answers inline.\n\nOn Mon, 8 Jun 2026 at 11:02, Support <s@x.example> wrote:\n> Which version?\n\n3.1.3\n\n> Any cron changes? Cron setup is a paid service.\n\nNo changes.';
    const kept = customerSegments(one(text)).map((s) => s.text.trim());
    expect(kept).toEqual(['Answers inline.', '3.1.3', 'No changes.']);
  });

  it('ends the message at a two-language sign-off or a legal footer', () => {
    const signed = 'Rates are stale.\n\nBest regards / Pozdrawiam\nTomasz\nweb: kantor.pl';
    expect(customerSegments(one(signed)).map((s) => s.text.trim())).toEqual(['Rates are stale.']);
    for (const footer of ['This e-mail and any attachments are confidential. If you received it in error, delete it.', 'Please consider the environment before printing this e-mail.']) {
      expect(customerSegments(one(`Rates are stale.\n\n${footer}`)).map((s) => s.text.trim())).toEqual(['Rates are stale.']);
    }
  });

  it('keeps what the customer forwards, its header block included, and their own words after it', () => {
    const text = [
      'Пересылаю письмо оператора.',
      '',
      '---------- Пересланное сообщение ---------',
      'От: Оператор Света <sveta@example.com>',
      'Дата: 20 нояб. 2026 г., 23:10',
      'Тема: заявки',
      '',
      'Сначала открываю заявку, потом жму «Подтвердить оплату».',
      '---------',
      'Версия 3.1.3. Доработок нет.',
    ].join('\n');
    const kept = customerSegments(one(text)).map((s) => s.text).join('\n');
    expect(kept).toContain('Сначала открываю заявку');
    expect(kept).toContain('Версия 3.1.3. Доработок нет.');
  });

  it('reads the site in a signature for the domain item, and nothing else there', () => {
    const t = one('Статус заявки не меняется после оплаты. Версия 3.1.3.\n\nС уважением, Анатолий\nobmen-na-raz.ru\nSkype: anatoly.obmen');
    const findings = analyseTicket(iex, t);
    expect(findings.checklist.find((i) => i.id === 'domain')).toMatchObject({ status: 'present', evidence: 'obmen-na-raz.ru' });
    expect(customerSegments(t).map((s) => s.text).join(' ')).not.toContain('obmen-na-raz.ru');
  });

  it('drops Russian attributions, ">" lines, Outlook headers and signatures, keeping offsets', () => {
    const text = [
      'Первая строка',
      '> цитата агента',
      'Вторая строка',
      '',
      'С уважением,',
      'Иван',
      '1 июня 2026 г., в 11:00, Support <s@x.example> написал(а):',
      '> старое',
    ].join('\n');
    const segments = customerSegments(one(text));
    expect(segments.map((s) => s.text.trim())).toEqual(['Первая строка', 'Вторая строка']);
    expect(text.slice(segments[1]!.start, segments[1]!.start + segments[1]!.text.length)).toBe(segments[1]!.text);
    const outlook = 'My answer\nFrom: Support <s@x.example>\nSent: Monday\nSubject: Re: rates\nold text';
    expect(customerSegments(one(outlook)).map((s) => s.text.trim())).toEqual(['My answer']);
    expect(customerSegments(one('Fix it\n-----Original Message-----\nv9.9')).map((s) => s.text.trim())).toEqual(['Fix it']);
  });

  it('reads a mail the customer announces as forwarded above an Original Message line as a forward, not as history', () => {
    const text = 'Пересылаю письмо техдиректора.\n\n-----Original Message-----\nFrom: Андрей\nSubject: переезд\n\nДомен change-point.cc, версия 3.0.8.';
    const segments = customerSegments(one(text));
    expect(segments.map((s) => s.text).join('')).toContain('версия 3.0.8');
    const withForward = segments.find((s) => s.text.includes('3.0.8'))!;
    expect(ownPart(withForward).text).not.toContain('3.0.8');
    const colleague = 'See below from my colleague.\n-----Original Message-----\nFrom: Priya\n\nThe feed script needs cron.';
    expect(customerSegments(one(colleague)).map((s) => s.text).join('')).toContain('needs cron');
    const closed = 'Пересылаю письмо хостера.\n\n--- Пересылаемое сообщение ---\nОт: Хостинг\n\nПереезд 28.09.\nС уважением, хостинг\n--- Конец пересылаемого сообщения ---\n\nСможете всё перенастроить?';
    const [whole] = customerSegments(one(closed));
    expect(whole!.text).toContain('Сможете всё перенастроить?');
    expect(forwarded(whole!, whole!.text.indexOf('Переезд'))).toBe(true);
    expect(forwarded(whole!, whole!.text.indexOf('Сможете'))).toBe(false);
    const signedAbove = 'Please see below from our director.\n\nRegards,\nDmitrij\n\n---------- Forwarded message ---------\nFrom: Viktor\n\nWe need to move the server.';
    expect(customerSegments(one(signedAbove)).map((s) => s.text).join('')).toContain('move the server');
    const reply = 'My answers are below.\n-----Original Message-----\nFrom: Support\n\nPlease send the version.';
    expect(customerSegments(one(reply)).map((s) => s.text).join('')).not.toContain('send the version');
  });

  it('keeps a postscript below the signature, not the history below it', () => {
    const text = 'Callbacks are rejected.\n\n--\nJulia Moreau\nCOO, exwave.io\n\nP.S. We run stock 3.1.2.\n\nOn Mon, Support <s@x.example> wrote:\n> v9.9 please';
    const segments = customerSegments(one(text));
    expect(segments.map((s) => s.text.trim())).toEqual(['Callbacks are rejected.', 'P.S. We run stock 3.1.2.']);
    expect(text.slice(segments[1]!.start, segments[1]!.start + segments[1]!.text.length)).toBe(segments[1]!.text);
    const noPostscript = 'Rates are wrong.\n\nС уважением,\nИван\n\n1 июня 2026 г., Support <s@x.example> написал(а):\n> P.S. версия 9.9';
    expect(customerSegments(one(noPostscript)).map((s) => s.text.trim())).toEqual(['Rates are wrong.']);
  });

  it('keeps a message that is only a sign-off-looking line, and cuts long messages', () => {
    expect(customerSegments(one('Best regards')).length).toBe(1);
    const long = customerSegments(one('a'.repeat(MAX_MESSAGE_CHARS + 500)));
    expect(long[0]!.text.length).toBe(MAX_MESSAGE_CHARS);
  });
});

describe('trigger', () => {
  const hits = (stems: string[], text: string, anywhere: string[] = []) =>
    trigger(stems, anywhere).hitsIn({ message: 0, start: 0, text }).map((at) => text.slice(at, at + 6));

  it('fires at words that start with a stem, not inside words', () => {
    expect(hits(['touch', 'chang'], 'Untouched, unchanged; we CHANGED and touch it')).toEqual(['CHANGE', 'touch ']);
    expect(hits(['untouch'], 'untouched code')).toEqual(['untouc']);
  });

  it('reads `word$` as that word only, a stem of several words by its first, and ё as е', () => {
    expect(hits(['ran$'], 'ran random ran.')).toEqual(['ran ra', 'ran.']);
    expect(hits(['by hand'], 'by hand, bypass')).toEqual(['by han']);
    expect(hits(['add-?on'], 'an addon, an add-on')).toEqual(['addon,', 'add-on']);
    expect(hits(['ещ'], 'Ещё раз')).toEqual(['Ещё ра']);
  });

  it('merges `anywhere` hits, which may start inside a word, in text order', () => {
    expect(hits(['error'], 'x.php then error in a.js', ['\\.(?:php|js)'])).toEqual(['.php t', 'error ', '.js']);
  });
});

describe('readCustomization', () => {
  const read = (text: string) => readCustomization(customerSegments(one(text))).state;
  it.each([
    ['no changes, stock install', 'unchanged'],
    ['Version 3.2 · customization: none', 'unchanged'],
    ['rates wrong on v3.0.9, we not change the code', 'unchanged'],
    ['Stock 3.1.2. Orders are not detected.', 'unchanged'],
    ['Full disclosure: we changed the colours and fonts of the public order page template last year.', 'changed'],
    ['Domain: swapx.io. Code untouched.', 'unchanged'],
    ["I'm not touching any CSS or templates by hand.", 'unchanged'],
    ['Мы ничего не кастомили.', 'unchanged'],
    ['Сами в шаблонах не копались.', 'unchanged'],
    ['Купили у стороннего разработчика модуль мерчанта, он сам его ставил.', 'changed'],
    ['The SEO plugin our guy downloaded from GitHub broke the sitemap.', 'changed'],
    ['Our contractor only edited texts in the admin, he did not touch the code.', 'unchanged'],
    ['Подрядчик только менял баннеры в админке, шаблоны не трогал.', 'unchanged'],
    ["We installed a third-party 'Smart KYC' plugin last week and now orders fail.", 'changed'],
    ["We haven't changed anything in the product.", 'unchanged'],
    ['Ничего не меняли, стандартная версия.', 'unchanged'],
    ['Без доработок, stock.', 'unchanged'],
    ['Доработок в коде не было.', 'unchanged'],
    ['Editing texts: we only changed texts through the admin.', 'unchanged'],
    ['Unchanged install, out of the box.', 'unchanged'],
    ["It's the standard version.", 'unchanged'],
    ['Чистая версия, как из коробки.', 'unchanged'],
    ['We customized the order page template', 'changed'],
    ['Our freelancer edited controllers last month', 'changed'],
    ['Мы доработали модуль вывода', 'changed'],
    ['Программист правил контроллер заявок', 'changed'],
    ['Код не меняли.', 'unchanged'],
    ['в коде ничего не меняли', 'unchanged'],
    ['version 3.1, we customised nothing', 'unchanged'],
    ['Шаблон шапки переделывал наш верстальщик.', 'changed'],
    ["we haven't changed any code.", 'unchanged'],
    ['По коду всё родное, ничего не допиливали.', 'unchanged'],
    ['Шаблон письма правили только через админку (текст).', 'unchanged'],
    ['Production runs your default theme.', 'unchanged'],
    ['Версия 3.1.4, стоковая.', 'unchanged'],
    ['главную перерисовывал дизайнер (шаблон home.blade правили)', 'changed'],
    ['ставили модуль мерчанта от другого разработчика', 'changed'],
    ['Our previous contractor left unknown changes in the app folder', 'changed'],
    ['The order status was modified by the system', 'unknown'],
    ['Items are out of stock.', 'unknown'],
  ])('%s → %s', (text, state) => expect(read(text)).toBe(state));
});

describe('checklist detectors', () => {
  it.each([
    ['v2.4', 'present'],
    ['We are on 2.4.1', 'present'],
    ['3.1.0-beta10 on staging', 'present'],
    ['build 1043', 'present'],
    ['версия 3.1', 'present'],
    ['сборка 3.1.4', 'present'],
    ['after v4.1 → v4.2', 'present'],
    ['iEXExchanger 3.1 on PHP 8.1', 'present'],
    ['We run the latest version', 'missing'],
    ['Версия последняя', 'missing'],
    ['PHP 8.3.7, Laravel 10, MySQL 8.0, Ubuntu 22.04, Apache 2.4, nginx/1.24.0, Node 18', 'missing'],
    ['Updated PHP to 8.2 yesterday', 'missing'],
    ['Since 05.11.2026 the fee is 1.5% on 0.0025 BTC, 1.000.000 RUB, server 185.203.118.44', 'missing'],
  ])('version: %s → %s', (text, want) => expect(item(iex, text, 'version')).toBe(want));

  it.each([
    ['Our license domain is goldswap.io', 'present'],
    ['Open https://ultraswap.biz/export.xml', 'present'],
    ['домен obmenka24.ru.', 'present'],
    ['the exchange rates on our site cryptoswap.example stopped updating', 'present'],
    ['See https://iexexchanger.com/docs/update and prnt.sc/abc and t.me/group', 'missing'],
    ['Server 185.22.33.44, admin at http://185.22.33.44/admin', 'missing'],
    ['export.xml is empty and settings.php untouched, Node.js logs in laravel.log', 'missing'],
    ['Mail me at ivan@coolswap.io', 'missing'],
    ["TypeError in orders.status and window.location", 'missing'],
  ])('domain: %s → %s', (text, want) => expect(item(iex, text, 'domain')).toBe(want));

  it('domain ignores the helpdesk host of the ticket itself', () => {
    expect(item(iex, { url: 'https://help.swapdesk.net/t/1', subject: '', messages: [customer('see help.swapdesk.net/t/1')] }, 'domain')).toBe('missing');
  });

  it.each([
    ['Steps:\n1. Open the exchange form\n2. Choose BTC\n3. Click Exchange\nIt breaks.', 'present'],
    ['Сначала создаю заявку, потом нажимаю «Оплатить» — ошибка.', 'present'],
    ['I go to Orders, open any order, click Refund and get an error.', 'present'],
    ['open the order → click Pay → see a blank page', 'present'],
    ['1. Направления → BTC → RUB Сбер\n2. Тип курса: фиксированный, вписываю 6 500 000\n3. Сохраняю', 'present'],
    ['Клиент выбирает направление, вводит сумму, жмёт «Создать заявку» и получает ошибку.', 'present'],
    ['Сайт не открывается, курсы не обновляются уже час.', 'missing'],
    ['1. Rates for BTC are wrong\n2. Emails are not sent', 'missing'],
    ['Rates for BTC are wrong since this morning.', 'missing'],
    ['The export to BestChange is empty, the import of rates does not start.', 'missing'],
  ])('steps: %s → %s', (text, want) => expect(item(iex, text, 'steps')).toBe(want));

  it.each([
    ['Expected: the order is created.', 'present'],
    ['It should show 45 000.', 'present'],
    ['Должно приходить письмо после оплаты.', 'present'],
    ['Ожидаю, что статус сменится.', 'present'],
    ['Should I update first?', 'not-applicable'],
    ['## Actual\nThe page shows 0.\n\n## Expected\nThe page shows the reserve from the admin.', 'present'],
    ['The rest works as expected\nbut the rates are old.', 'not-applicable'],
  ])('expected: %s → %s (never missing)', (text, want) => expect(item(iex, text, 'expected')).toBe(want));

  it('attachments: only files of customer messages count, not mentions', () => {
    const png = [{ name: 'a.png', mime: 'image/png', size: 1 }];
    expect(item(iex, ticket(customer('Broken rates, screenshot attached')), 'attachments')).toBe('missing');
    expect(item(iex, ticket(agent('here is a guide', { attachments: png }), customer('Broken rates')), 'attachments')).toBe('missing');
    expect(item(iex, ticket(customer('Broken rates'), customer('here', { attachments: png })), 'attachments')).toBe('present');
  });

  it.each([
    ['It fails with SQLSTATE[42S22]: Column not found: 1054', 'present'],
    ['Ошибка «Недостаточно средств в резерве» при выплате', 'present'],
    ['Uncaught TypeError: Cannot read properties of null', 'present'],
    ['The page shows an error and nothing loads', 'missing'],
    ['появляется ошибка при создании заявки', 'missing'],
    ['After the update the login form answers "Those details do not match our records." for every operator', 'present'],
    ['Any amount above 100 gives "Amount exceeds the daily limit" on that direction', 'present'],
    ['При входе появляется «Пароли не совпадают», хотя пароль верный', 'present'],
    ['Error 500 on every page', 'not-applicable'],
    ["I can't log in to the admin, no errors anywhere", 'not-applicable'],
    ['The payout log says `Payout failed: gateway timeout` for every order', 'present'],
    ["the partner page show error 'Division by zero' for new partners", 'present'],
    ['После загрузки селфи клиент видит «Файл слишком большой», хотя фото весит 1,8 МБ', 'present'],
    ['The order log shows:\nPAYOUT REJECTED: INVALID AMOUNT (merchant 81)', 'present'],
  ])('error-text: %s → %s', (text, want) => expect(item(iex, text, 'error-text')).toBe(want));

  it.each([
    ['SSH: root@185.203.118.44, password: Vx8#kq2LmP!z', 'present'],
    ['FTP ftp.site.io user: deploy pass: 8fj!kK2q', 'present'],
    ['How do I reset the admin password?', 'not-applicable'],
    ['Доступ в админку: login support_check / pass Kj83!mzq', 'present'],
    ['I see the login page, password field empty after reload', 'not-applicable'],
    ['Root access: 203.0.113.7 / root / Hq7!pLm29', 'present'],
    ['Доступ к серверу: srv.obmen.io / admin / Kd83_lqPz', 'present'],
  ])('access: %s → %s (never missing)', (text, want) => expect(item(iex, text, 'access')).toBe(want));

  it('access evidence shows that access was given, never the password', () => {
    const evidenceOf = (text: string) => analyseTicket(iex, one(text)).checklist.find((i) => i.id === 'access')?.evidence ?? '';
    expect(evidenceOf('SSH: root@185.203.118.44, password: Vx8#kq2LmP!z')).toBe('SSH: root@185.203.118.44');
    expect(evidenceOf('FTP ftp://deploy:8fj!kK2q@ftp.site.io')).toBe('FTP ftp://deploy:8•••••@ftp.site.io');
    expect(evidenceOf('Логин: admin, пароль Zx12345qq')).toBe('Логин: admin, пароль Z•••••');
    expect(evidenceOf('Root access: 203.0.113.7 / root / Hq7!pLm29')).toBe('access: root / H•••••');
  });

  it('bitrix24 doc-reference and license', () => {
    expect(item(bitrix, 'As in https://helpdesk.bitrix24.com/open/17612948/ the robot should start', 'doc-reference')).toBe('present');
    expect(item(bitrix, 'I followed the article in your help center but the import fails', 'doc-reference')).toBe('missing');
    expect(item(bitrix, 'Сделал всё по инструкции из документации, не работает', 'doc-reference')).toBe('missing');
    expect(item(bitrix, 'I read your FAQ about robots and did exactly as written, the robot still does not start', 'doc-reference')).toBe('missing');
    expect(item(bitrix, 'I did everything the help article on reconnecting Gmail says, it still fails', 'doc-reference')).toBe('missing');
    expect(item(bitrix, 'Deals do not load', 'doc-reference')).toBe('not-applicable');
    expect(item(bitrix, 'License key: SMP-RF-9B4C1D2E3F4A5B6C', 'license')).toBe('present');
  });

  it('checklist items follow the policy (none under ixxo), with labels in the ticket language and evidence ranges', () => {
    expect(analyseTicket(ixxo, one('v2.4 on shop.io')).checklist).toEqual([]);
    const t = one('Версия 3.1.2, домен obmenka24.ru. Ничего не меняли.');
    const findings = analyseTicket(iex, t);
    const version = findings.checklist.find((c) => c.id === 'version')!;
    expect(version.label).toBe('Версия продукта');
    expect(version.clause?.ref).toMatch(/How to submit a request/);
    for (const c of findings.checklist) {
      if (c.at && c.id !== 'attachments') expect(t.messages[c.at.message]!.text.slice(c.at.start, c.at.end)).toBe(c.evidence);
    }
  });

  it('the subject alone is no evidence, nor is an agent message', () => {
    const t: Ticket = { subject: 'v3.1 on swap.io', messages: [agent('Please update to 3.1.4'), customer('Updated, still broken.')] };
    const findings = analyseTicket(iex, t);
    expect(status(findings, 'version')).toBe('missing');
    expect(status(findings, 'domain')).toBe('missing');
  });
});

describe('links', () => {
  it('reports URLs exactly as written, trimmed like a reader would', () => {
    const text =
      'See (https://drive.google.com/file/d/abc/view?usp=sharing). Also www.youtube.com/watch?v=1, m.youtube.com/shorts/x! ' +
      '<a href="https://gyazo.com/4f">x</a> [v](https://vimeo.com/12) <https://mega.nz/file/a#k> «https://prnt.sc/r1»';
    expect(flagged(iex, text)).toEqual([
      'https://drive.google.com/file/d/abc/view?usp=sharing',
      'www.youtube.com/watch?v=1',
      'm.youtube.com/shorts/x',
      'https://gyazo.com/4f',
      'https://vimeo.com/12',
      'https://mega.nz/file/a#k',
      'https://prnt.sc/r1',
    ]);
  });

  it('masks a password or a webhook code written in a link, as the credentials signal does', () => {
    const text = 'FTP ftp://shop:S3cretPass@files.example.com, hook https://corp.bitrix24.ru/rest/1/abc123xyz987/crm.deal.add';
    const urls = findLinks(bitrix, customerSegments(one(text))).map((l) => l.url);
    expect(urls).toEqual(['ftp://shop:S•••••@files.example.com', 'https://corp.bitrix24.ru/rest/1/a•••••/crm.deal.add']);
  });

  it('matches the real host name, so look-alikes are not refused', () => {
    const text = 'drive.google.com.evil.io/x https://evil-youtube.com/w https://user@youtube.com.attacker.net/v prnt.sc.example.org/y';
    const links = findLinks(iex, customerSegments(one(text)));
    expect(links.map((l) => [l.host, l.verdict])).toEqual([
      ['drive.google.com.evil.io', 'ok'],
      ['evil-youtube.com', 'ok'],
      ['youtube.com.attacker.net', 'ok'],
      ['prnt.sc.example.org', 'ok'],
    ]);
  });

  it("does not refuse a service's home page or the vendor's own channel", () => {
    expect(flagged(iex, 'account at https://mega.io/ and file https://mega.nz/file/AbC#k')).toEqual(['https://mega.nz/file/AbC#k']);
    expect(flagged(iex, 'your channel youtube.com/@iexexchanger and my video youtube.com/@someone/videos')).toEqual([
      'youtube.com/@someone/videos',
    ]);
  });

  it('classifies kinds from the catalog even where the policy has no rule', () => {
    const links = findLinks(bitrix, customerSegments(one('https://drive.google.com/x https://youtu.be/y https://prnt.sc/z https://disk.yandex.ru/d/1 https://shop.io/a')));
    expect(links.map((l) => [l.kind, l.verdict])).toEqual([
      ['cloud-storage', 'ok'],
      ['video-hosting', 'ok'],
      ['screenshot-service', 'ok'],
      ['cloud-storage', 'ok'],
      ['other', 'ok'],
    ]);
  });

  it('takes no link from agent messages or quoted history, and lists each URL once', () => {
    const t = ticket(
      agent('Do not send https://youtu.be/agent'),
      customer('https://prnt.sc/a1 and again https://prnt.sc/a1\n> https://prnt.sc/quoted\nOn Mon, Support wrote:\nhttps://youtu.be/old'),
    );
    expect(analyseTicket(iex, t).links.map((l) => l.url)).toEqual(['https://prnt.sc/a1']);
  });
});

describe('analyseTicket on odd input', () => {
  it('an empty ticket or one without customer text gives a note and empty findings', () => {
    for (const t of [ticket(), ticket(agent('Hello?')), ticket(customer('   '))]) {
      const findings = analyseTicket(iex, t);
      expect(findings.notes?.join(' ')).toMatch(/No customer message/);
      expect(findings.checklist).toEqual([]);
      expect(findings.links).toEqual([]);
      expect(findings.scope.outOfScope).toBe(false);
    }
  });

  it('never throws on values outside the ticket shape (a worker may pass anything)', () => {
    const odd = [
      null,
      {},
      { messages: null },
      { messages: [null, { role: 'customer', text: 42 }, { role: 'customer', text: 'v2.4 swap.io', attachments: {} }] },
    ] as unknown as Ticket[];
    for (const t of odd) {
      const findings = analyseTicket(iex, t);
      expect(findings.policy).toBe('iexexchanger');
      expect(Array.isArray(findings.checklist)).toBe(true);
    }
  });

  it('notes a message that was cut to the analysed length', () => {
    const findings = analyseTicket(iex, one(`${'x '.repeat(MAX_MESSAGE_CHARS)} v2.4`));
    expect(findings.notes?.some((n) => n.includes(String(MAX_MESSAGE_CHARS)))).toBe(true);
  });

  it('returns the ticket as read and the policy id', () => {
    const t = one('v2.4');
    const findings = analyseTicket(iex, t);
    expect(findings.policy).toBe('iexexchanger');
    expect(findings.ticket).toEqual(t);
    expect(findings.language).toBe('en');
  });
});
