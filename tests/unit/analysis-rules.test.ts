import { describe, expect, it } from 'vitest';
import type { Segment } from '../../src/analysis/evidence';
import { detectLanguage } from '../../src/analysis/language';
import { negated, PhraseBook, tokenize } from '../../src/analysis/phrases';
import { draftReplies } from '../../src/analysis/replies';
import { detectScope } from '../../src/analysis/scope';
import { detectSignals } from '../../src/analysis/signals';
import { suggestTier } from '../../src/analysis/tier';
import { customerSegments } from '../../src/analysis/thread';
import { bundledPolicy } from '../../src/policy/bundled';
import { policySchema, type Policy } from '../../src/policy/schema';
import type { Findings, Ticket } from '../../src/ticket/schema';

const seg = (text: string, message = 0, start = 0): Segment => ({ message, start, text });
const found = (phrase: string, text: string) => new PhraseBook([['k', [phrase]]]).scan([seg(text)]).map((m) => m.evidence.text);
const policy = (id: string): Policy => bundledPolicy(id)!;

type Msg = { text: string; role?: 'customer' | 'agent'; at?: string; author?: string; attachments?: Ticket['messages'][number]['attachments'] };
const ticket = (...messages: (string | Msg)[]): Ticket => ({
  subject: '',
  messages: messages.map((m) => (typeof m === 'string' ? { author: 'Ann', role: 'customer', text: m } : { author: 'Ann', role: 'customer', ...m })),
});
const signalIds = (policyId: string, t: Ticket) => detectSignals(policy(policyId), t, customerSegments(t)).map((s) => s.id);
const scopeOf = (policyId: string, t: Ticket) => detectScope(policy(policyId), customerSegments(t));

describe('phrase matcher', () => {
  it('matches words as word starts, case-insensitive, with ё = е', () => {
    expect(found('продл * сертификат', 'Продлите, пожалуйста, СЕРТИФИКАТ')).toEqual(['Продлите, пожалуйста, СЕРТИФИКАТ']);
    expect(found('решен', 'Решён вопрос')).toEqual(['Решён']);
    expect(found('ssl', 'openssl is fine')).toEqual([]);
  });

  it('reads "cant" as "can\'t" and a class name by its code suffix', () => {
    expect(found('can t * create', 'customers cant create orders')).toEqual(['cant create']);
    expect(found('explain$ * controller', 'Please explain ExchangeController')).toEqual(['explain ExchangeController']);
    expect(found('controller', 'the remote control')).toEqual([]);
  });

  it('matches short Russian prepositions and pronouns as whole words, not as the start of longer ones', () => {
    expect(found('за нас', 'Спасибо за настройку')).toEqual([]);
    expect(found('под нас', 'входит ли в поддержку настройка')).toEqual([]);
    expect(found('за нас', 'сделайте за нас')).toEqual(['за нас']);
  });

  it('matches `word$` as a whole word only', () => {
    expect(found('renew$ * ssl', 'please renew our SSL')).toEqual(['renew our SSL']);
    expect(found('renew$ * ssl', 'we renewed our SSL')).toEqual([]);
  });

  it('lets `*` stand for up to three words, and two stars for six', () => {
    expect(found('fix$ * cron', 'fix the broken nightly cron')).toEqual(['fix the broken nightly cron']);
    expect(found('fix$ * cron', 'fix the broken old nightly cron')).toEqual([]);
    expect(found('fix$ * * cron', 'fix the broken old nightly cron')).toEqual(['fix the broken old nightly cron']);
  });

  it('takes `|` alternatives of word runs between stars', () => {
    expect(found('set$ up|configure$ * nginx|php fpm', 'please set up php-fpm')).toEqual(['set up php-fpm']);
    expect(found('set$ up|configure$ * nginx|php fpm', 'configure nginx')).toEqual(['configure nginx']);
    expect(found('set$ up|configure$ * nginx|php fpm', 'set nginx')).toEqual([]);
  });

  it('never matches across a sentence end, but a dotted host is no sentence end', () => {
    expect(found('renew$ * * certificate', 'Please renew. The certificate is fine')).toEqual([]);
    expect(found('ssl * * продлите', 'SSL на obmen-btc.net продлите')).toEqual(['SSL на obmen-btc.net продлите']);
  });

  it('lets no gap reach past a turn after a comma (", just", ", но"), though the turn word itself still matches', () => {
    expect(found('own * template', 'our own agency, just confirm which template')).toEqual([]);
    expect(found('сервер * папки', 'на сервер сами, только подскажите папки')).toEqual([]);
    expect(found('own * template', 'our own agency template')).toEqual(['own agency template']);
    expect(found('supposed to * but', 'it is supposed to work, but')).toEqual(['supposed to work, but']);
  });

  it('gives evidence offsets in the original message', () => {
    const [m] = new PhraseBook([['k', ['nginx']]]).scan([seg('configure nginx now', 2, 100)]);
    expect(m!.evidence).toEqual({ text: 'nginx', at: { message: 2, start: 110, end: 115 } });
  });

  it('marks quoted words and negated matches', () => {
    const [inQuotes] = new PhraseBook([['k', ['write$ * file']]]).scan([seg('Error "cannot write to file" shown')]);
    expect(inQuotes!.quoted).toBe(true);
    const [plain] = new PhraseBook([['k', ['change$ * code']]]).scan([seg('We did not change the code')]);
    expect(negated(plain!)).toBe(true);
    const [ask] = new PhraseBook([['k', ['change$ * code']]]).scan([seg('Please change the code')]);
    expect(negated(ask!)).toBe(false);
    // "Не поможете поправить…?" asks politely; "не будем поправлять" denies.
    const fix = (text: string) => negated(new PhraseBook([['k', ['поправ * верстк']]]).scan([seg(text)])[0]!);
    expect(fix('Не поможете поправить вёрстку?')).toBe(false);
    expect(fix('Мы не будем поправлять вёрстку.')).toBe(true);
  });

  it('ignores phrases without words and handles hostile input in one pass', () => {
    const book = new PhraseBook([['k', ['*', '!!', 'a * * a * a', 'aaaa$']]]);
    // Every "a" but the last two starts a match: the next words satisfy each slot at once.
    expect(book.scan([seg('a '.repeat(50_000))]).length).toBe(50_000 - 2);
    expect(book.scan([seg('a'.repeat(1_000_000))])).toEqual([]);
    expect(tokenize(seg('"'.repeat(200_000) + 'x')).words).toHaveLength(1);
  });
});

describe('detectLanguage', () => {
  it('takes the dominant language of customer text, ignoring hosts, paths and versions', () => {
    const t = ticket('Не работает выгрузка https://example.com/export.xml since 3.1.4, пустой файл');
    expect(detectLanguage(customerSegments(t), t)).toBe('ru');
    const en = ticket('Rates are not updating on обменка.рф');
    expect(detectLanguage(customerSegments(en), en)).toBe('en');
  });

  it('falls back on the subject, then English', () => {
    const t: Ticket = { subject: 'Курсы', messages: [] };
    expect(detectLanguage([], t)).toBe('ru');
    expect(detectLanguage([], { subject: '', messages: [] })).toBe('en');
  });
});

describe('detectScope', () => {
  it('flags an ask for out-of-scope work with its clause and evidence', () => {
    const { outOfScope, flags } = scopeOf('iexexchanger', ticket('Please renew the SSL certificate on exchangebox.io'));
    expect(outOfScope).toBe(true);
    expect(flags).toEqual([
      expect.objectContaining({ category: 'server', clause: 'Server work is separate', evidence: 'renew the SSL', at: { message: 0, start: 7, end: 20 } }),
    ]);
    expect(flags[0]!.quote).toContain('Hosting, SSL, PHP');
  });

  it('reads Russian word forms', () => {
    expect(scopeOf('iexexchanger', ticket('Сертификат заканчивается, продлите пожалуйста')).flags.map((f) => f.category)).toEqual(['server']);
    expect(scopeOf('bitrix24', ticket('Настройте nginx на нашем сервере')).flags.map((f) => f.category)).toEqual(['hosting']);
  });

  it('leaves mentions, past tense, bug-report context and in-scope items in scope', () => {
    for (const text of [
      'We renewed the SSL certificate yesterday and since then the rates page shows error 500.',
      'Since we moved to a new server, notification emails are not sent. Version 3.1.2.',
      'Please do the initial installation on our VPS, Ubuntu 22.04.',
      'How do I add a new exchange direction in the admin panel?',
      'The payment page shows "Cannot configure php handler" after the update.',
    ]) {
      expect(scopeOf('iexexchanger', ticket(text)).outOfScope, text).toBe(false);
    }
  });

  it('keeps a later repeated installation out of scope even when the initial one is mentioned', () => {
    const t = ticket('We had the initial installation last year. Could you reinstall the script on a new server?');
    expect(scopeOf('iexexchanger', t).flags.map((f) => f.category)).toEqual(['server']);
  });

  it('reads only customer messages', () => {
    const t = ticket({ role: 'agent', text: 'We can renew the SSL certificate as a paid service.' }, 'The rates are not updating.');
    expect(scopeOf('iexexchanger', t).outOfScope).toBe(false);
  });

  it('reads a request for work that names a category topic, here or just before, as an ask', () => {
    const categories = (id: string, text: string) => scopeOf(id, ticket(text)).flags.map((f) => f.category);
    expect(categories('ixxo', 'У нас истёк SSL-сертификат, браузер ругается. Продлите и переустановите, пожалуйста.')).toEqual(['domain-ssl']);
    expect(categories('ixxo', 'Our CRM is SuiteCRM. You have no connector for it. Could your team configure the sync for us?')).toEqual(['third-party-software']);
    expect(categories('bitrix24', 'Не хватает memory_limit. Поменяйте эти параметры на нашем хостинге, у нас нет знаний как это делать.')).toEqual(['hosting']);
    // A plea to repair, a question, or a link that happens to name the topic is no ask for that work.
    expect(categories('iexexchanger', 'After the server reboot the admin shows a white screen. Please fix it.')).toEqual([]);
    expect(categories('iexexchanger', 'Could you tell me why our server answers 500 on the rates page?')).toEqual([]);
    expect(categories('iexexchanger', 'Подскажите, пожалуйста, как в админке поменять шрифт?')).toEqual([]);
    expect(categories('iexexchanger', 'See https://example.com/ssl/guide — can you do it like this for our landing?')).toEqual(['customization']);
  });

  it('reads what the customer denies asking, will do themselves, or names only as a purpose, a selector or a check box', () => {
    const categories = (id: string, text: string) => scopeOf(id, ticket(text)).flags.map((f) => f.category);
    // Denied, up to the turn to what they do want.
    expect(categories('iexexchanger', 'We are NOT asking you to migrate anything. The admin says the license is invalid after the move.')).toEqual([]);
    expect(categories('bitrix24', "We don't need any custom development, I want to know where the deal fields are set.")).toEqual([]);
    expect(categories('bitrix24', "We don't need a redesign — but please develop a custom CRM tab for invoices.")).toEqual(['web-development']);
    expect(categories('iexexchanger', 'Переносить на новый сервер нам не нужно, подскажите, где меняется комиссия?')).toEqual([]);
    // Their own side will do it; the vendor asked "do you do it yourselves?" is still asked.
    expect(categories('iexexchanger', 'Please do the initial installation. Our admin will install the SSL certificate himself.')).toEqual([]);
    expect(categories('iexexchanger', 'Мы сами настроим SSL, сделайте только первичную установку.')).toEqual([]);
    expect(categories('iexexchanger', 'Не подскажете, кто мог бы настроить крон на новом сервере, или вы сами этим занимаетесь?')).toEqual(['server']);
    // "…so that after a reboot…" says what the asked work is for, not that a reboot broke something.
    expect(categories('iexexchanger', 'Можете зайти на сервер и настроить supervisor, чтобы после ребута всё стартовало?')).toEqual(['server']);
    // "это не вопрос к вам" and a decision against the work ("переносить не будем") ask nothing.
    expect(categories('bitrix24', 'Дизайн сайта нам делает своя студия, это не вопрос к вам. Не приходят push-уведомления.')).toEqual([]);
    expect(categories('iexexchanger', 'Понял, переносить тогда не будем, остаёмся на текущем хостинге. Фильтр заявок пустой.')).toEqual([]);
    // A price asked is an ask, even inside "подскажите"; slang names the server and the work.
    expect(categories('ixxo', 'Подскажите, сколько будет стоить, если вы нам поднимете сервак под магазин?')).toEqual(['hosting']);
    expect(categories('bitrix24', 'Как в теме — нужно сверстать шаблон сайта по нашему макету. Сроки и цена?')).toEqual(['web-development']);
    expect(categories('bitrix24', 'допилите пожалуйста форму обратной связи на сайте')).toEqual(['web-development']);
    // "у неё есть своё API" is the third party's API, not the product's; "upgrade headers" are no page header.
    expect(categories('ixxo', 'Подключите нашу складскую программу к магазину, у неё есть своё API.')).toEqual(['third-party-software']);
    expect(categories('iexexchanger', 'Пропишите, пожалуйста, в конфиге nginx proxy для /ws и upgrade headers.')).toEqual(['server']);
    expect(categories('ixxo', 'На дефолтном шаблоне ошибка в консоли. Свой код никуда не добавляли.')).toEqual([]);
    // A strategy asked for is advice, however the question is put.
    expect(categories('ixxo', 'What price strategy would you recommend for our electronics store?')).toEqual(['ecommerce-consulting']);
    expect(categories('ixxo', 'Какую ценовую стратегию вы бы посоветовали нашему магазину?')).toEqual(['ecommerce-consulting']);
    // A topic inside another category's outright ask is that ask's matter ("…where the merchant API is called").
    expect(categories('iexexchanger', 'Could you walk us through the code path and where the merchant API is called?')).toEqual(['source-code']);
    // A CSS selector names no header to redesign; a checkbox is no plea to check.
    expect(categories('ixxo', 'On the default theme the cart is behind .header-nav in Safari. Can you have a look?')).toEqual([]);
    expect(categories('bitrix24', 'The landing form looks dated. Could someone restyle it and add a consent checkbox?')).toEqual(['web-development']);
  });

  it('reads an ask taken back later, named or not, and a thing named only to rule it out', () => {
    const categories = (id: string, ...messages: (string | Msg)[]) => scopeOf(id, ticket(...messages)).flags.map((f) => f.category);
    const declined = { role: 'agent' as const, text: 'Layout work is not part of technical support.' };
    expect(categories('bitrix24', 'Сверстайте нам новый шаблон раздела «Вакансии».', declined, 'Понял, сверстаем сами, просьбу снимаю.')).toEqual([]);
    expect(categories('bitrix24', 'Please develop a custom CRM tab for invoices.', declined, 'OK, drop that request. The mail sync is broken though.')).toEqual([]);
    // Retracted, then asked again; a retraction that names other work leaves this one standing.
    expect(
      categories('bitrix24', 'Please develop a custom CRM tab.', declined, 'Never mind.', 'Actually, please develop the custom CRM tab after all.'),
    ).toEqual(['web-development']);
    expect(categories('bitrix24', 'Please redesign our landing page.', declined, 'Never mind that. Please develop a custom CRM tab instead.')).toEqual([
      'web-development',
    ]);
    expect(
      categories('iexexchanger', 'Please move the exchanger to our new VPS and explain how the payout controller works.', 'Never mind the migration, our admin did it.'),
    ).toEqual(['source-code']);
    // Done by the customer's side, or named and ruled out.
    expect(categories('ixxo', 'We customized our storefront theme CSS ourselves - no help needed there. The CSV export is empty.')).toEqual([]);
    expect(
      categories('bitrix24', 'Стоит модуль доставки от стороннего разработчика, но дело не в нём: мы его отключили, а заказ всё равно не оформляется.'),
    ).toEqual([]);
    expect(categories('bitrix24', 'Стоит модуль доставки от стороннего разработчика, после него заказ не оформляется. Посмотрите модуль?')).toEqual([
      'third-party-software',
    ]);
  });

  it('needs no code for a new policy: its own phrases decide', () => {
    const base = policy('ixxo');
    const custom = policySchema.parse({
      ...base,
      id: 'acme',
      scope: {
        inScope: [],
        outOfScope: [{ id: 'printing', label: { en: 'Printing' }, clause: { ref: '9', quote: 'No printing.' }, phrases: ['print$ * flyers'], unless: ['printer error'] }],
      },
    });
    expect(detectScope(custom, [seg('Could you print our flyers?')]).flags.map((f) => f.category)).toEqual(['printing']);
    expect(detectScope(custom, [seg('We print our flyers and get a printer error.')]).outOfScope).toBe(false);
    expect(detectScope(custom, [seg('Could you print our flyers, a printer error stops us?')]).outOfScope).toBe(false);
    // A request put to the vendor stands, whatever context the rest of the message gives.
    expect(detectScope(custom, [seg('We got a printer error. Could you print our flyers for us?')]).outOfScope).toBe(true);
  });
});

describe('detectSignals', () => {
  it('raises only the rules the policy has', () => {
    const angry = ticket('WHY IS NOBODY ANSWERING? THE SITE IS STILL BROKEN!!!');
    expect(signalIds('iexexchanger', angry)).toContain('fair-use');
    expect(signalIds('bitrix24', angry)).not.toContain('fair-use');
    expect(signalIds('ixxo', angry)).not.toContain('fair-use');
  });

  it('fair-use: bursts of nudges, runs of short messages, but not one polite follow-up or enthusiasm', () => {
    const at = (m: number) => `2026-09-14T10:${String(m).padStart(2, '0')}:00Z`;
    expect(signalIds('iexexchanger', ticket({ text: 'Rates stuck', at: at(0) }, { text: '?', at: at(1) }, { text: 'hey??', at: at(2) }))).toContain('fair-use');
    expect(signalIds('iexexchanger', ticket({ text: 'Курсы стоят', at: at(0) }, { text: 'ау', at: at(1) }, { text: 'ау!!!', at: at(2) }))).toContain('fair-use');
    const run = ['hi', 'rates', 'stuck', 'look', 'pls', 'now'].map((text, i) => ({ text, at: at(i) }));
    expect(signalIds('iexexchanger', ticket(...run))).toContain('fair-use');
    expect(signalIds('iexexchanger', ticket('Please answer ASAP!!! Clients are waiting!!!'))).toContain('fair-use');
    const slowRun = ['hi', 'rates', 'stuck', 'look', 'pls'].map((text, i) => ({ text, at: `2026-09-1${i}T10:00:00Z` }));
    expect(signalIds('iexexchanger', ticket(...slowRun))).not.toContain('fair-use');
    for (const quiet of [
      ticket({ text: 'Rates are stuck, v3.1', at: '2026-09-10T10:00:00Z' }, { text: 'Hi, any news on this? Thanks', at: '2026-09-13T10:00:00Z' }),
      ticket('It works!!! Thanks!!!'),
      ticket('Hello!!! Thank you for the update!!! All good!!!'),
      ticket('Hey, how do I hide a currency? Where is the rules text? Can I set a weekend fee?'),
      ticket('The page shows "INVALID SIGNATURE FROM THE PAYMENT PROVIDER" on every payment.'),
      ticket('?'),
    ]) {
      expect(signalIds('iexexchanger', quiet)).not.toContain('fair-use');
    }
  });

  it('customized-product follows the customer disclosure either way', () => {
    expect(signalIds('iexexchanger', ticket('Our freelancer changed the order controller; now amounts are wrong.'))).toContain('customized-product');
    expect(signalIds('iexexchanger', ticket('Amounts are wrong. Ничего не меняли.'))).not.toContain('customized-product');
  });

  it('multiple-issues: several problems, not one problem told in steps', () => {
    expect(signalIds('bitrix24', ticket('1) mail sync stopped\n2) how do I change the logo?'))).toContain('multiple-issues');
    expect(signalIds('bitrix24', ticket('Проблемы две: не приходят уведомления и не работает экспорт.'))).toContain('multiple-issues');
    expect(signalIds('bitrix24', ticket('1. Open Deals\n2. Click Export\n3. The file is empty'))).not.toContain('multiple-issues');
    expect(signalIds('ixxo', ticket('1) checkout broken\n2) how do I add a coupon?'))).not.toContain('multiple-issues');
  });

  it('credentials: masked evidence, never the secret; a question about a password is none', () => {
    const [found] = detectSignals(policy('bitrix24'), ticket('SSH root@10.0.0.1 password: Vx8#kq2LmP!z'), customerSegments(ticket('SSH root@10.0.0.1 password: Vx8#kq2LmP!z')));
    expect(found).toMatchObject({ id: 'credentials', evidence: 'password: V•••••', clause: { ref: '4.3' } });
    expect(JSON.stringify(found)).not.toContain('Vx8#kq2LmP!z');
    expect(signalIds('bitrix24', ticket('FTP: ftp://shop:S3cretPass@files.example.com'))).toContain('credentials');
    expect(signalIds('bitrix24', ticket('Доступ: логин admin пароль Gf7!pL2qZ'))).toContain('credentials');
    const [pair] = detectSignals(policy('bitrix24'), ticket('Доступ к серверу: root / Qwe!2345rty'), customerSegments(ticket('Доступ к серверу: root / Qwe!2345rty')));
    expect(pair?.evidence).toBe('Доступ: root / Q•••••');
    expect(signalIds('bitrix24', ticket('How do I give access to my colleague / manager?'))).not.toContain('credentials');
    for (const text of ['How do I reset the admin password?', 'Как сменить пароль администратора?', 'The password is incorrect, says the form.']) {
      expect(signalIds('bitrix24', ticket(text)), text).not.toContain('credentials');
    }
  });

  it("credentials: a webhook's code is a secret, shown masked; a REST method's URL is not", () => {
    const hook = 'Вебхук https://corp.bitrix24.ru/rest/1/abc123xyz987/crm.deal.add не работает';
    const [found] = detectSignals(policy('bitrix24'), ticket(hook), customerSegments(ticket(hook)));
    expect(found).toMatchObject({ id: 'credentials', evidence: 'https://corp.bitrix24.ru/rest/1/a•••••' });
    expect(JSON.stringify(found)).not.toContain('abc123xyz987');
    expect(signalIds('bitrix24', ticket('See https://apidocs.bitrix24.com/api-reference/rest/crm/index.html'))).not.toContain('credentials');
  });

  it('channel: contact through a refused channel, not a channel as a product feature', () => {
    expect(signalIds('bitrix24', ticket('I called your sales yesterday, they said to write here.'))).toContain('channel');
    expect(signalIds('bitrix24', ticket('Я уже писал вам в Skype, ответа нет.'))).toContain('channel');
    expect(signalIds('ixxo', ticket('I posted about this on your forum last week.'))).toContain('channel');
    expect(signalIds('bitrix24', ticket('The Skype connector of Open Channels does not forward chats; telephony calls are not recorded.'))).not.toContain('channel');
    expect(signalIds('ixxo', ticket('I called your support line and they asked me to open a ticket.'))).not.toContain('channel');
  });

  it('attachment-format: formats to archive, by extension or mime; archives and other formats pass', () => {
    const files = (...attachments: { name: string; mime?: string }[]) => ticket({ text: 'See attached.', attachments });
    expect(signalIds('bitrix24', files({ name: 'shot.bmp' }))).toContain('attachment-format');
    expect(signalIds('bitrix24', files({ name: 'shot', mime: 'image/bmp' }))).toContain('attachment-format');
    expect(signalIds('bitrix24', files({ name: 'shots.zip', mime: 'application/zip' }, { name: 'a.png' }))).not.toContain('attachment-format');
    expect(signalIds('iexexchanger', files({ name: 'shot.bmp' }))).not.toContain('attachment-format');
    const agent = ticket('ok', { role: 'agent', text: 'here', attachments: [{ name: 'x.bmp' }] });
    expect(signalIds('bitrix24', agent)).not.toContain('attachment-format');
  });

  it('urgent-recovery: the site down or a restore, not password recovery or backup how-tos', () => {
    expect(signalIds('bitrix24', ticket('After the update the site does not open, white screen.'))).toContain('urgent-recovery');
    expect(signalIds('bitrix24', ticket('Нужно восстановить сайт из резервной копии.'))).toContain('urgent-recovery');
    for (const text of ['How can I recover my password?', 'How do I configure daily backups?', 'Как восстановить пароль администратора?']) {
      expect(signalIds('bitrix24', ticket(text)), text).not.toContain('urgent-recovery');
    }
  });

  it('doc-reference: documentation mentioned without a link only', () => {
    expect(signalIds('bitrix24', ticket('I followed the documentation but the import still fails.'))).toContain('doc-reference');
    expect(signalIds('bitrix24', ticket('I followed the documentation https://helpdesk.bitrix24.com/open/123/ but it fails.'))).not.toContain('doc-reference');
  });

  it('multiple-issues: a sentence opening with "also" that reports a problem of its own, not more of the same', () => {
    expect(signalIds('bitrix24', ticket("The disk usage shows 100% although we removed old files. Also the CRM web form won't save."))).toContain('multiple-issues');
    expect(signalIds('bitrix24', ticket('Квота показывает 100%, хотя мы удалили файлы. Кроме того, не приходят уведомления о задачах.'))).toContain('multiple-issues');
    expect(signalIds('bitrix24', ticket('Export to Excel fails with an error. Also the same error appears in Firefox.'))).not.toContain('multiple-issues');
    expect(signalIds('bitrix24', ticket('Экспорт не работает. Также пробовали в другом браузере — та же ошибка.'))).not.toContain('multiple-issues');
    expect(signalIds('bitrix24', ticket('The import fails at 50%. Also we tried a smaller file, it fails too.'))).not.toContain('multiple-issues');
  });

  it('channel: a VK group is a social network', () => {
    expect(signalIds('bitrix24', ticket('I wrote to you in your VK group last week, no answer.'))).toContain('channel');
    expect(signalIds('bitrix24', ticket('We want to add a VK login button to the portal.'))).not.toContain('channel');
  });

  it('urgent-recovery: a lost database connection, a whole company standing still, a restore asked for at once', () => {
    expect(signalIds('bitrix24', ticket('После обновления портал выдаёт ошибку подключения к базе данных.'))).toContain('urgent-recovery');
    expect(signalIds('bitrix24', ticket('The portal shows "Error establishing a database connection" since the night.'))).toContain('urgent-recovery');
    expect(signalIds('bitrix24', ticket('Восстановите, пожалуйста, как можно скорее — вся компания стоит.'))).toContain('urgent-recovery');
    for (const text of ['How can I restore my password asap?', 'Как подключить внешнюю базу данных к отчётам?', 'Кнопка экспорта не работает, почините как можно скорее.']) {
      expect(signalIds('bitrix24', ticket(text)), text).not.toContain('urgent-recovery');
    }
  });

  it('customized-product: a programmer in slang, a direct database edit, a module bought elsewhere', () => {
    for (const text of [
      'Наш прогер поковырял контроллер заявок, теперь белый экран.',
      'Через phpMyAdmin вручную поменяли тип поля amount в таблице orders.',
      'We ran an UPDATE query on the directions table, now rates are 0.',
      'Поставили KYC-модуль от сторонних разработчиков, теперь статусы не меняются.',
      'We installed a third-party AML plugin and now statuses do not change.',
    ]) {
      expect(signalIds('iexexchanger', ticket(text)), text).toContain('customized-product');
    }
    for (const text of [
      'How do I export the database via phpMyAdmin before the update?',
      'В phpMyAdmin ничего не меняли, ошибка появилась сама.',
      'We did not run any SQL queries or edit the database.',
      'Rates are updated in the database every minute but the site shows old ones.',
    ]) {
      expect(signalIds('iexexchanger', ticket(text)), text).not.toContain('customized-product');
    }
  });

  it('gives clause and advice in the ticket language', () => {
    const t = ticket('Звонил вчера в отдел продаж, сказали писать сюда.');
    const [channel] = detectSignals(policy('bitrix24'), t, customerSegments(t));
    expect(channel).toMatchObject({ id: 'channel', clause: { ref: '4.5' } });
    expect(channel!.advice).toMatch(/отдел продаж/);
  });
});

describe('suggestTier', () => {
  const tierOf = (text: string) => {
    const t = ticket(text);
    return suggestTier(policy('iexexchanger'), customerSegments(t), t);
  };

  it('maps stopped, malfunction and question onto the policy tiers, with the reason', () => {
    expect(tierOf('The site is down, white screen on every page.')).toMatchObject({ suggested: 'critical', reason: expect.stringContaining('stopped') });
    expect(tierOf('Операторы не могут войти в админку.').suggested).toBe('critical');
    expect(tierOf('Все выплаты зависли с утра.').suggested).toBe('critical');
    expect(tierOf('URGENT: one direction shows a wrong rate.').suggested).toBe('partial');
    expect(tierOf('Курсы не обновляются с 12:00.').suggested).toBe('partial');
    expect(tierOf('How do I change the commission of a direction?').suggested).toBe('consultation');
    expect(tierOf('Подскажите порядок обновления до 3.1.').suggested).toBe('consultation');
  });

  it('reads a damage limited to one part as partial, and a search for a setting as a question', () => {
    expect(tierOf('Не создаются заявки на направлении QIWI → BTC, остальные работают.').suggested).toBe('partial');
    expect(tierOf("Can't find where to change the commission.").suggested).toBe('consultation');
    expect(tierOf('Не получается настроить выплаты, подскажите.').suggested).toBe('consultation');
    expect(tierOf("Rates don't update. I can't find the reason.").suggested).toBe('partial');
    expect(tierOf('Payment page shows "DECLINED" although the money arrives.').suggested).toBe('partial');
    expect(tierOf('Is a backup needed before the update?').suggested).toBe('consultation');
  });

  it('reads fault words inside a how-to question as the wish, unless the question asks for a fix', () => {
    expect(tierOf('Подскажите, как создать промокод на все направления?').suggested).toBe('consultation');
    expect(tierOf('How do I enable two-factor auth for all operators at once?').suggested).toBe('consultation');
    expect(tierOf('How do I fix the white screen on the whole site?').suggested).toBe('critical');
    expect(tierOf('Как сбросить пароль оператору? Почта у него не работает.').suggested).toBe('consultation');
    expect(tierOf('Rates do not update. How do I set the rate source?').suggested).toBe('partial');
  });

  it('reads a product no customer can use as stopped, in the words customers use', () => {
    expect(tierOf('Никто не может оформить обмен вообще, ни по одному направлению.').suggested).toBe('critical');
    expect(tierOf('С утра заявки не создаются ни по одному направлению.').suggested).toBe('critical');
    expect(tierOf('The captcha loops, nobody can submit an exchange.').suggested).toBe('critical');
    expect(tierOf('Admin panel gives error 500 right after login.').suggested).toBe('critical');
    expect(tierOf('Reserve is -1,500 on the site, in admin it is 8,500.').suggested).toBe('partial');
    expect(tierOf('Заявки создаются, выплаты идут, но письма о статусе не приходят.').suggested).toBe('partial');
    expect(tierOf('После обновления никто из операторов не может войти в админку, работать не можем.').suggested).toBe('critical');
    expect(tierOf('Фильтр заявок по статусу в админке не работает, показывает все.').suggested).toBe('partial');
    expect(tierOf('The limit is 10000 but clients can create orders for 50000.').suggested).toBe('partial');
    expect(tierOf('Курсы с binance не тянутся с утра, остальные источники норм.').suggested).toBe('partial');
    // a limit named in any words, a direction named by its codes, and a limit turned round
    expect(tierOf('Payeer orders show error 502. All other merchants confirm fine.').suggested).toBe('partial');
    expect(tierOf('Клиенты не могут войти — гостевые заявки всё ещё проходят.').suggested).toBe('partial');
    expect(tierOf('Не работает направление QIWI → USDT, заявки не создаются.').suggested).toBe('partial');
    expect(tierOf('Site is down, I tried other browsers, nothing works.').suggested).toBe('critical');
    expect(tierOf('Заявки до сих пор не создаются, сайт лежит.').suggested).toBe('critical');
    expect(tierOf('The public site still works, but nobody can log in to process orders.').suggested).toBe('critical');
    expect(tierOf('Ожидаю 98 USDT, как считает калькулятор на главной. Получаю 96.').suggested).toBe('partial');
    expect(tierOf('How do I add a Turkish interface language? Side note: the site was down this morning, but everything is fine now.').suggested).toBe('consultation');
    expect(tierOf('Since noon the main page and /admin are a blank white page for everyone.').suggested).toBe('critical');
    expect(tierOf("The exchanger is dead in the water, we can't even log in to see the orders.").suggested).toBe('critical');
    expect(tierOf('Выплаты не уходят ни по одной заявке, и кнопка «Выплатить» в админке тоже не помогает.').suggested).toBe('critical');
    expect(tierOf('Заявка №512 висит в статусе «Проверка» уже третий час, остальные проходят.').suggested).toBe('partial');
    expect(tierOf('Обновились по вашей инструкции до 3.3. Теперь в письмах сумма с восемью нулями после запятой.').suggested).toBe('partial');
    expect(tierOf('Is there an instruction for moving from 3.2 to 3.3?').suggested).toBe('consultation');
    expect(tierOf("Clients cannot create an exchange on any direction: 'Direction is not available'.").suggested).toBe('critical');
    expect(tierOf('В админке в разделе «Отчёты» не работает выгрузка в Excel.').suggested).toBe('partial');
    expect(tierOf('RATES ARE FROZEN SINCE 9AM. FIX IT NOW').suggested).toBe('partial');
    expect(tierOf('Every new order ends in an error 500 after Confirm; old orders open fine.').suggested).toBe('critical');
    expect(tierOf('Главная и админка отдают 502 у всех, с утра.').suggested).toBe('critical');
    expect(tierOf('The reserve line says undefined for every visitor on one direction.').suggested).toBe('partial');
    expect(tierOf("Not sure how urgent this is for you, but not a single order has gone through since noon.").suggested).toBe('critical');
    expect(tierOf('Видео, как воспроизводится: статус заявки откатывается на «Ожидает оплаты».').suggested).toBe('partial');
    expect(tierOf('На странице Directions в админке белая страница, остальные страницы работают.').suggested).toBe('partial');
  });

  it('reads a stopped product worded without "down": nobody gets in, no order can be made, payouts stuck everywhere', () => {
    for (const text of [
      'None of our operators can get into the dashboard since the morning.',
      'Nobody from the staff can enter the admin panel.',
      'Customers cannot place any order: the form spins forever.',
      'We cannot accept a single exchange since the update.',
      'Payouts are stuck for all currencies since 2 am.',
      'Лежит админка с утра.',
      'В админку не попасть — после логина снова форма входа.',
      'Работать в админке сейчас никто не может.',
      'Клиенты не могут оформить обмен вообще.',
      'С утра ни одной новой заявки, форма пустая.',
      'Заявка не создаётся ни в одном направлении.',
      'Не работает сайт вообще, 502.',
    ]) {
      expect(tierOf(text).suggested, text).toBe('critical');
    }
    for (const text of [
      'Clients cannot create orders in the BTC → ETH direction, other directions work.',
      'На сайте не работает калькулятор.',
      'Не можем принять заявки на Сбер, остальные направления работают.',
      'Выплата по заявке 5512 не ушла.',
      'Our operators cannot change the order status to Paid.',
    ]) {
      expect(tierOf(text).suggested, text).toBe('partial');
    }
    expect(tierOf('How do I give my staff access to the admin panel?').suggested).toBe('consultation');
    expect(tierOf('Как сделать, чтобы заявки не создавались при нулевом резерве?').suggested).toBe('consultation');
  });

  it('reads no question in a bug report heading, a polite follow-up or a forwarded client message', () => {
    expect(tierOf('The fee is shown as 0.\nHow to reproduce:\n1. Open the main page\n2. Pick USDT').suggested).toBe('partial');
    expect(tierOf('Как воспроизвести: открыть главную, выбрать USDT — комиссия считается по старому курсу.').suggested).toBe('partial');
    const followUp = (first: string, second: string) => {
      const t = ticket(first, second);
      return suggestTier(policy('iexexchanger'), customerSegments(t), t).suggested;
    };
    expect(followUp('The "Copy address" button copies nothing in Safari.', 'Hi, any news on this?')).toBe('partial');
    expect(followUp('Партнёрские начисления считаются от суммы, а в настройках стоит от прибыли.', 'Есть ли новости по моему вопросу?')).toBe('partial');
    expect(followUp('How do I set up the referral program?', 'Any news?')).toBe('consultation');
    expect(followUp('Как настроить реферальную программу?', 'Есть новости?')).toBe('consultation');
    const forwarded = 'Forwarding a client complaint: BTC deposits are not detected.\n\n---------- Forwarded message ---------\nFrom: Client <c@mail.example>\n\nWhere is my money?';
    expect(tierOf(forwarded).suggested).toBe('partial');
    expect(tierOf('Клиент пишет: где мои деньги? Заявка висит в статусе ожидания.').suggested).toBe('partial');
    // Nudges between the messages ("HELLO???", "ау, вы где") ask nothing about the product.
    expect(followUp('The rate for BTC on the site is ten times lower than in the admin.', 'HELLO???')).toBe('partial');
    expect(followUp('Курс BTC на сайте в 10 раз меньше, чем в админке.', 'вы где вообще')).toBe('partial');
    expect(followUp('Where is the commission set?', 'HELLO???')).toBe('consultation');
  });

  it('reads a value that fails to change as a malfunction, even beside a question', () => {
    const tierOf = (text: string) => suggestTier(policy('iexexchanger'), customerSegments(ticket(text)), ticket(text)).suggested;
    expect(tierOf("The BTC reserve doesn't decrease after completed orders. Also, could you add a memo column to the export?")).toBe('partial');
    expect(tierOf('Резерв не уменьшается после завершённых заявок. И можно ли добавить колонку в экспорт?')).toBe('partial');
  });

  it('reads negations written without an apostrophe as with one', () => {
    expect(tierOf("customers can't create any order").suggested).toBe('critical');
    expect(tierOf('customers cant create ANY order, the button just spins!!!').suggested).toBe('critical');
  });

  it('is null for policies without severities and for tickets without words', () => {
    const t = ticket('The site is down.');
    expect(suggestTier(policy('bitrix24'), customerSegments(t), t)).toEqual({ suggested: null });
    expect(suggestTier(policy('ixxo'), customerSegments(t), t)).toEqual({ suggested: null });
    expect(suggestTier(policy('iexexchanger'), [], ticket())).toEqual({ suggested: null });
  });
});

describe('draftReplies', () => {
  const findings = (over: Partial<Findings>): Omit<Findings, 'replies'> => ({
    policy: 'iexexchanger',
    checklist: [],
    scope: { outOfScope: false, flags: [] },
    links: [],
    signals: [],
    tier: { suggested: null },
    ticket: ticket({ text: 'x', author: 'Anna' }),
    ...over,
  });

  it('asks for exactly the missing items, localized, greeting the customer', () => {
    const replies = draftReplies(
      policy('iexexchanger'),
      findings({
        checklist: [
          { id: 'version', status: 'missing' },
          { id: 'domain', status: 'present', evidence: 'x.io' },
          { id: 'steps', status: 'missing' },
        ],
      }),
      'ru',
    );
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ id: 'request-missing', language: 'ru' });
    expect(replies[0]!.text).toContain('Здравствуйте, Anna!');
    expect(replies[0]!.text).toContain('- Версия продукта\n- Шаги воспроизведения');
    expect(replies[0]!.text).not.toMatch(/Домен|\{|\}/);
  });

  it('declines each out-of-scope flag with its clause, and drafts nothing when there is nothing to say', () => {
    const flags = [{ category: 'server', clause: 'Server work is separate', evidence: 'renew the SSL' }];
    const [decline] = draftReplies(policy('iexexchanger'), findings({ scope: { outOfScope: true, flags } }), 'en');
    expect(decline!.id).toBe('decline-out-of-scope');
    expect(decline!.text).toContain('- Server and infrastructure work (Server work is separate: “Hosting, SSL');
    expect(draftReplies(policy('iexexchanger'), findings({}), 'en')).toEqual([]);
    expect(draftReplies(policy('ixxo'), findings({ checklist: [{ id: 'version', status: 'missing' }] }), 'en')).toEqual([]);
  });

  it('asks for what sits behind a refused link, once per host, even when no checklist item is missing', () => {
    const drive = { kind: 'cloud-storage' as const, verdict: 'not-opened' as const, host: 'drive.google.com' };
    const links = [
      { ...drive, url: 'https://drive.google.com/file/d/1/view' },
      { ...drive, url: 'https://drive.google.com/file/d/2/view' },
      { url: 'https://swapx.io/', kind: 'other' as const, verdict: 'ok' as const, host: 'swapx.io' },
    ];
    const [ask] = draftReplies(policy('iexexchanger'), findings({ links }), 'en');
    expect(ask!.id).toBe('request-missing');
    expect(ask!.text.match(/drive\.google\.com/g)).toHaveLength(1);
    expect(ask!.text).not.toContain('swapx.io');
    const [ru] = draftReplies(policy('iexexchanger'), findings({ links }), 'ru');
    expect(ru!.text).toContain('- Материалы по ссылке на drive.google.com — вложением прямо в это обращение');
  });

  it('leaves the name out when the author is unknown or an address', () => {
    const [reply] = draftReplies(
      policy('iexexchanger'),
      findings({ checklist: [{ id: 'version', status: 'missing' }], ticket: ticket({ text: 'x', author: 'ann@example.com' }) }),
      'en',
    );
    expect(reply!.text.startsWith('Hello,\n')).toBe(true);
  });
});
