import { describe, expect, it } from 'vitest';
import { analyseTicket } from '../../src/analysis';
import { bundledPolicy } from '../../src/policy/bundled';
import { ticketSchema } from '../../src/ticket/schema';
import { bareUrl as bare, readLabeledFolder } from './support/labeled';

/**
 * Labeled tickets, every finding a case labels checked the way the shared scorer reads it: the sets written blind
 * from the analysis rules (tests/fixtures/holdout, each scored once before the analysis was tuned on it) and the
 * rule cases of our own (tests/fixtures/rules).
 */
const cases = [...readLabeledFolder('tests/fixtures/holdout'), ...readLabeledFolder('tests/fixtures/rules')];

/**
 * What we still read differently from the label, and why we leave it. The test asserts our current reading, so an
 * entry must go when the analysis changes (it then fails), and the rest of each case is checked as usual.
 */
const KNOWN_MISREADINGS: Record<
  string,
  { categories?: string[]; tier?: string; checklist?: Record<string, string>; signals?: string[]; links?: string[]; why: string }
> = {
  'blindA-159': { categories: ['design-customization', 'javascript'], why: '"make the homepage banner slide" reads as a homepage design ask' },
  'hard-149': { categories: ['design-customization', 'ecommerce-consulting'], why: '"что поменять в магазине — баннеры" names banner changes' },
  'blindD-006': {
    tier: 'partial',
    checklist: { customization: 'missing' },
    why: 'Russian written in Latin letters ("Adminka ne otkryvaetsya", "Nichego ne menyali") is not read as Russian',
  },
  'blindE-047': { checklist: { customization: 'present' }, why: '"before we changed the wallet in admin" reads as saying it was only configured' },
  'blindF-072': { categories: [], why: 'the quoted «Проверку системы» reads as a question about requirements, which keeps the VM setup in scope' },
  'blindD-014': { categories: ['source-code', 'tech-consulting'], why: '"объяснить, как устроены роуты, миграции" also reads as explaining the code' },
  'blindP-089': { categories: ['source-code'], why: '"We don\'t want any development, just change a few lines" reads as asking for the lines to be changed' },
  'blindN-061': { categories: ['partner-project'], why: 'the integrator\'s custom business processes are read as the partner\'s project only, not as new development' },
  'blindS-036': {
    categories: ['customization', 'third-party-changes'],
    signals: [],
    why: 'a previous programmer who left a module half done reads as someone whose changes are to be fixed, and "не доделав" as no change',
  },
  'blindS-075': { categories: ['partner-project', 'third-party-software'], why: 'the Marketplace app\'s studio, named again in its own sentence, reads as a partner studio' },
  'blindX-018': { categories: ['source-code', 'tech-consulting'], why: '"walk him through how … Blade components work" also reads as walking through the code' },
  'blindY-051': { categories: ['partner-project', 'web-development'], why: 'the partner\'s process "со своими кастомными действиями" also reads as custom development asked' },
  'blindAA-023': { categories: ['customization', 'third-party-changes'], why: 'the freelancer "добавлял верификацию и свои поля" also reads as new fields asked' },
  'blindAD-046': { tier: 'critical', why: '"NOTHING WORKS" shouted after "RATES ARE NOT UPDATING" reads as a stopped product, not as venting' },
  'blindBB-003': { categories: ['customization', 'server'], why: '"Сделайте, пожалуйста, чтобы воркеры очередей не жрали проц" also reads as "make it so that", a customization ask' },
  'blindBB-029': { categories: [], why: 'after "править не надо", which CSS class sets the slider width of their own template reads as a how-to, not as support for a customized template' },
  'blindBC-007': { categories: [], why: 'after "my programmer will change it himself", "just the file name and method" is not read as asking for the code again' },
  'blindBD-003': {
    categories: ['customization', 'third-party-changes'],
    checklist: { customization: 'missing' },
    signals: [],
    why: 'a freelancer who "ковырял расчёт комиссии", rolled back since, reads as someone whose changes are to be fixed, and "ковырял" as no disclosure',
  },
  'blindBD-027': { categories: [], why: 'after the refusal, "распишите, как настроить nginx и php-fpm под IXXO" reads as a how-to on the product\'s requirements' },
  'blindBD-028': { categories: [], why: 'after the refusal, which CSS class sets the header height of their own theme reads as a how-to, not as support for a customized theme' },
  'blindBE-010': { categories: ['source-code'], why: '"look through what he changed and get it working" reads as asking for the code, not as fixing what the hired developer broke' },
  'blindBF-011': { categories: ['source-code', 'tech-consulting'], why: '"send code snippet how to add this markup" reads as explaining the code, not as asking for the markup to be built' },
  'blindBF-015': { tier: 'critical', why: '"Still zero for all new orders today" reads as every order failing, though only referral bonuses are' },
  'blindBG-006': { categories: ['tech-consulting'], why: 'explaining how their rate code works in Laravel reads as a Laravel lesson only, not also as explaining the source' },
  'blindBV-003': { categories: [], why: '"переехали на новый впс" reads as a bug report after a move, and keeps "настройте пожалуйста крон" in its sentence in scope' },
  'blindBW-007': { categories: [], why: 'the code change is told only in the developer\'s forwarded note ("I changed PayoutController.php"); "fix the payouts so they work with the markup" is not read as fixing what he changed' },
  'blindBX-012': { tier: 'critical', why: '"does not appear on the order page for any crypto direction" reads as no order possible in any direction, though only the QR code is missing' },
  'blindBY-030': { categories: ['hosting', 'third-party-software'], why: '"поставьте нам на хостинг WordPress" also names WordPress as software IXXO does not integrate with' },
  'blindBZ-007': { categories: ['customization'], why: '"correct Dmitry\'s rounding code" reads as a change of the code asked, not as fixing what he changed' },
  'blindBZ-014': { signals: ['channel'], why: '"Писал разработчику … в Skype" is read as contact through a refused channel, though it was the app developer who was written to' },
  'blindCA-012': { categories: [], why: '"можно тогда без настройки — просто пришлите конфиг для supervisor" reads as the server work taken back, the config asked after the dash not as server work asked again' },
  'blindCC-003': { tier: 'partial', why: '"about twice as large" in the styling ask reads as a fault ("twice"), and the how-to after the designer takes it on does not outweigh it' },
  'blindCD-003': { tier: 'partial', why: 'the stopped mails are handed to the customer\'s admin, but the tier does not read hand-overs, so the fault outweighs the how-to after it' },
  'blindCC-005': { categories: [], why: 'after "never mind then", "go through RateService.php with him line by line" is not read as the code explained again' },
  'blindCH-005': { categories: ['source-code', 'third-party-changes'], why: '"just fix it please, it\'s one controller" after the freelancer\'s edit also reads as asking to change the code' },
  'blindCI-012': { categories: ['javascript', 'third-party-software'], why: '"I get that you don\'t support custom code" repeats the refusal in words that name unsupported software' },
  'blindCK-029': { categories: ['javascript', 'third-party-software'], why: '"debug their script" (the ERP vendor\'s export script) reads as the customer\'s JavaScript' },
  'blindCR-015': { categories: ['partner-project'], why: 'the fixes a partner\'s studio no longer makes ("поправить вёрстку… добавить фильтр") read as the partner project\'s work only' },
  'blindCS-017': { categories: ['partner-project', 'third-party-software'], why: '"fix their module" (the Marketplace developer\'s) also reads as a partner\'s project to maintain' },
  'blindCS-024': { categories: ['design-customization'], why: '"can you just rewrite that snippet" is read with the storefront the bug report names; the agent names the snippet in another sentence than the refusal of custom JavaScript' },
  'blindCT-007': { categories: ['ecommerce-consulting'], why: '"yeah fair, kinda figured. ok then a platform-y one" is a plain OK with a new question, which keeps the refused ask flagged (as CM-027 is labeled); this set reads it as swapped' },
  'blindCT-030': { categories: [], why: '"пока отложим, вернёмся к этому в третьем квартале" is read as the ask put aside, as the earlier thread sets label it; this set keeps a postponed ask standing' },
  'blindCW-026': { signals: ['channel'], why: '"messages sent to the Telegram bot" of the product\'s own Open Channel reads as the customer writing through Telegram' },
  'blindCX-007': { tier: 'partial', why: 'the fault handed to the freelancer ("по первому пункту передали фрилансеру") still sets the tier; the tier does not read hand-overs' },
  'blindCZ-029': { tier: 'critical', why: '"the QR code is not displayed … All crypto directions" reads as no order possible in any direction, though only the QR code is missing (as BX-012)' },
  'blindDA-005': { categories: [], why: '"just install it fresh on the new box the way you did the first time … the same free install, no?" is read with the one free installation, which keeps it in scope' },
  'blindDB-010': { categories: ['design-customization'], why: 'in "tell us what to change — product page layout, SEO titles, prices" the layout change is read as the ask, and the SEO and prices listed after it as its matter' },
  'blindDC-019': { signals: ['channel'], why: '"модуль … тоже перестал отправлять остатки" reads "тоже" as more of the same problem, not a second issue' },
  'blindDE-024': { categories: ['design-customization'], why: 'the script the customer "wrote and put into the theme" is read with the theme as a design change, not as JavaScript' },
  'blindDX-006': { checklist: { version: 'missing' }, why: '"после перехода на 3.1" names the version moved to in passing; read as no version given' },
  'blindDX-019': { categories: ['ecommerce-consulting', 'javascript'], why: 'a conversion widget script also reads as asking how to sell more' },
  'blindDX-029': { categories: ['hosting'], why: 'the on-premise server that went down is read as the hosting asked to recover, not the data restore' },
  'blindDZ-005': { categories: ['customization'], why: 'asking where in the code to change a formula reads as a customization asked, not the source explained' },
  'blindDZ-006': { categories: ['third-party-changes'], signals: [], checklist: { customization: 'missing' }, why: 'an installed third-party AML module, said to be disabled, still reads as the module to be fixed' },
  'blindDZ-024': { categories: ['web-development'], why: 'taking over a partner\'s components reads as new development, not the partner\'s project' },
  'blindEA-007': { categories: ['tech-consulting', 'third-party-changes'], why: 'the freelancer\'s rolled-back work, named beside the lesson asked, still reads as work to fix' },
  'blindEA-009': { categories: ['customization', 'server'], why: '"Backups – noted" leaves both asks standing, and the backup script also reads as a customization' },
  'blindEA-018': { signals: ['doc-reference'], why: 'a third-party module ask dropped later is not counted as one of two issues (sets disagree on this)' },
  'blindEA-020': { signals: ['credentials', 'urgent-recovery'], why: 'an ask handed to their own admin later is not counted as one of two issues (sets disagree on this)' },
  'blindEA-021': { categories: ['hosting', 'web-development'], signals: ['credentials'], why: 'raising upload_max_filesize for a new upload form also reads as the form asked; two asks in one sentence are one issue' },
  'blindEA-024': { categories: ['design-customization', 'javascript'], why: 'the customer\'s script in the theme also reads as a theme change' },
  'blindEB-012': { signals: [], checklist: { customization: 'missing' }, why: '"the freelancer was adding a promo-code field" is told as work under way, not as a change made' },
  'blindEC-015': { categories: ['server', 'source-code', 'third-party-changes'], why: 'the forwarded freelancer\'s mail about the controller and the server also reads as asks of their own' },
  'blindEC-026': { checklist: { 'error-text': 'present' }, why: 'the quoted status name «Ожидает оплаты» reads as the error text' },
  'blindEC-030': { checklist: { steps: 'missing' }, why: 'steps told in a run of short chat lines are not read as a sequence' },
  'blindED-027': { signals: ['channel'], why: 'two faults joined by "and" in one sentence are read as one issue' },
  'blindEE-012': { categories: ['partner-project', 'web-development'], why: 'a site built by a studio that is asked to be extended also reads as the partner\'s project' },
  'blindEG-015': { signals: ['doc-reference'], why: 'a colleague\'s problem added later in the thread is not counted as a second issue' },
  'blindEG-029': { categories: ['ecommerce-consulting', 'third-party-software'], why: 'the pricing words of the paid-offer reply are read as advice asked again' },
  'blindEH-017': { categories: ['web-development'], why: 'the agency\'s custom component under local/ reads as development asked, not the partner\'s project' },
  'blindEI-006': { categories: ['hosting', 'web-development'], why: 'the site files to be moved also read as development asked' },
  'blindEI-011': { signals: ['customized-product'], why: 'the agent\'s words quoted in the customer\'s mail about a customized template are read as the customer\'s disclosure' },
  'blindDK-014': { tier: 'partial', why: 'every payout stuck is read as one function failing' },
  'blindEN-016': { categories: ['server'], why: 'a call asked to teach Laravel ("Можете провести ему созвон: как устроены миграции…") reads as no question put, so no lesson asked' },
  'blindEN-019': { signals: [], why: 'an in-scope fault and a hosting ask in one message are not counted as two issues' },
  'blindEP-027': { categories: ['design-customization', 'hosting'], why: '"Хотя бы поставьте" after the template was handed to their designer also reads as pressing for the template' },
  'blindCT-009': { categories: [], why: '"Let\'s come back to it in January" is read as the ask put aside, as the postponing sets label it; this set keeps postponed asks flagged' },
  'blindCT-017': { categories: [], why: '"давайте вернёмся к этому после нового года" is read as the ask put aside, as CT-030 and the postponing sets label it; this set keeps postponed asks flagged' },
  'blindDD-002': { checklist: { customization: 'missing' }, why: '"nichego ne menyali" is Russian typed in Latin letters, which the analysis does not read' },
  'blindDD-013': { signals: [], why: '"vchera pisal vam v skype" is Russian typed in Latin letters; the channel rule reads Russian and English words only' },
  'blindDG-003': { categories: [], why: 'after "no code tour then", "at least tell me which file / class does the fee math" is not read as the code question asked again' },
  'blindDH-016': { categories: [], why: '"гляньте на сервере, что там с MySQL и nginx" is read as a plea to repair, not as server work asked' },
  'blindDI-013': { categories: ['design-customization', 'javascript'], why: '"the carousel\'s my nephew\'s handiwork, he\'ll sort his own mess out" is not read as the JS ask handed over' },
  'blindDI-023': { signals: [], why: 'two asks of one partner-built site, one later dropped, are read as one matter' },
  'blindDI-024': { categories: ['hosting'], why: '"хостер … переключили. Так что … остальное уже не к вам" is not read as the PHP ask done elsewhere' },
  'blindDI-028': { categories: ['hosting', 'third-party-software'], why: '"разработчик уже у нас в чате, ковыряется, с ним разберёмся" is not read as the module handed to its developer' },
  'blindDJ-001': { categories: ['customization', 'source-code'], why: '"the code" in the logo wish also reads as a question about the source' },
  'blindDJ-003': { categories: ['customization', 'server', 'third-party-changes'], why: 'the freelancer\'s header work told as history reads as asked beside the VPS move' },
  'blindDJ-013': { signals: ['attachment-format'], why: '"I\'ve already rung your sales department twice" is not read as a refused channel' },
  'blindDJ-017': { tier: 'consultation', why: 'a question in the second message outweighs the fault told in the first' },
  'blindDJ-018': { categories: [], why: '"поправьте уже крон… вы же настраивали нам сервер" is read as a plea to repair the product\'s rates, not server work' },
  'blindDK-003': { categories: ['javascript'], why: '"ignore his bit about the slider — that\'s our own script" names the script in the customer\'s own words, read as asked' },
  'blindDK-007': { categories: ['domain-ssl', 'ecommerce-consulting'], why: 'the colleague\'s DNS ask below is read as the customer\'s, though "про DNS уже не актуально" takes it back' },
  'blindDK-010': { tier: 'partial', why: 'a fault word in the forwarded developer note sets the tier of a how-to' },
  'blindDK-013': { categories: ['domain-ssl'], why: '"you can disregard his SSL question" is not read as taking back the SSL ask of the forwarded mail' },
  'blindDK-021': { categories: ['hosting'], why: 'the hoster\'s my.cnf advice in the forward is read as the customer\'s ask, though their admins take it' },
  'blindCX-017': { checklist: { 'doc-reference': 'not-applicable' }, why: '"followed the guide" stands in an inline answer whose article link is only in the quoted agent text, and is not read as invoking the docs' },
  'blindCC-008': { categories: [], why: 'the Marketplace app is named as another vendor\'s only by the agent; "patch the app so it works with the new version" reads as an update problem' },
  'blindCC-026': { categories: ['partner-project', 'web-development'], why: '"the partners we contacted are far too expensive" also reads as a partner\'s project' },
  'blindCC-027': { categories: ['partner-project', 'web-development'], why: '"Fine, skip the header" is not read as taking the header back, and the partner-built site stays flagged though the agent found a core error' },
  'blindCD-019': { categories: ['third-party-software'], why: '"Мы удалили приложение полностью — вкладка всё равно не открывается" is not read as the app no longer being the matter' },
  'blindDL-006': { categories: ['customization', 'server'], why: '"возможно ли сделать так, чтобы новые заявки появлялись без F5" also reads as a feature change asked' },
  'blindDL-011': { categories: [], why: '"гляньте заодно, почему у нас крон падает" asks a look at a failing cron, read as the fault report it resembles' },
  'blindDN-011': { tier: 'consultation', why: 'the "как" of the reply outweighs the fault it tells' },
  'blindDN-025': { signals: ['channel'], why: 'problems added in a later reply are not read as a second issue' },
  'blindDN-029': { categories: ['partner-project'], why: '"ошибка в ядре" is the partner\'s claim two sentences away; "Просим посмотреть" keeps the partner-built site asked' },
  'blindDO-005': { signals: ['customized-product'], why: '"a custom dev route" the customer asks about is read as a disclosed change' },
  'blindDO-007': { tier: 'consultation', why: 'a layout fault put as a "how" question reads as a how-to' },
  'blindDO-012': { tier: 'consultation', why: 'the question of the later cron ask sets a how-to tier over the decimals fault' },
  'blindDP-002': { signals: [], why: 'a whole site down after an update, "помогите поднять сайт", is not read as urgent recovery' },
  'blindDP-005': { signals: ['urgent-recovery'], why: 'an out-of-scope aside beside the bug is not counted as a second issue' },
  'blindDP-008': { categories: ['partner-project', 'web-development'], why: '"Мы партнёр" tells that the customer is a partner, read as a partner-built project' },
  'blindDQ-014': { signals: ['urgent-recovery'], why: 'two asks of the first request, one later dropped, are not counted as two issues' },
  'blindDQ-028': { categories: ['ecommerce-consulting', 'javascript'], why: '"we need that timer for Black Friday" names Black Friday as the purpose, read as marketing advice asked' },
  'blindDR-006': { categories: ['customization', 'source-code', 'third-party-changes'], why: 'the freelancer\'s code change is also read as source-code and customization asks' },
  'blindDR-009': { categories: [], signals: [], why: '"Could Bitrix redesign…", "can Bitrix set that up" name the vendor, not "you", and are not read as asks' },
  'blindDR-012': { signals: ['urgent-recovery'], why: 'the two numbered points of the forwarded mail are not read as two issues' },
  'blindDU-008': { categories: [], why: '"our ssl is broken, fix it" is a plea to repair; only the agent calls it server work, in words it does not share' },
  'blindDU-016': { signals: [], why: 'a numbered fault and a design ask (the ask later dropped) are not counted as two issues' },
  'blindDU-020': { categories: ['partner-project'], why: '"Шаблон поправит фрилансер… с вас снимаем" names the template and takes that back, not the partner-built site the ask was flagged as' },
  'blindDU-028': { signals: [], checklist: { customization: 'not-applicable' }, why: '"we also restyled the order page template ourselves" stands in an out-of-scope ask, where the customization item is not applied' },
  'blindDW-029': { categories: ['tech-consulting', 'third-party-changes'], checklist: { customization: 'not-applicable' }, why: '"tell us which tables we need to fix" also reads as a database lesson; the customization item is not applied to an out-of-scope ask' },
};

describe('labeled tickets', () => {
  it('hold several hundred cases of every policy', () => {
    expect(cases.length).toBeGreaterThanOrEqual(900);
    expect(new Set(cases.map((c) => c.policy))).toEqual(new Set(['iexexchanger', 'bitrix24', 'ixxo']));
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const findings = analyseTicket(bundledPolicy(c.policy)!, ticketSchema.parse(c.ticket));
    const e = c.expect;
    const statuses = Object.fromEntries(findings.checklist.map((i) => [i.id, i.status]));
    const want = { ...e.checklist, ...KNOWN_MISREADINGS[c.id]?.checklist };
    expect(Object.fromEntries(Object.keys(want).map((k) => [k, statuses[k]])), 'checklist').toEqual(want);

    const known = KNOWN_MISREADINGS[c.id];
    const outOfScope = known?.categories ? known.categories.length > 0 : e.outOfScope;
    if (outOfScope !== undefined) expect(findings.scope.outOfScope, JSON.stringify(findings.scope.flags)).toBe(outOfScope);
    const got = findings.scope.flags.map((f) => f.category);
    if (known?.categories) expect(got.sort(), known.why).toEqual(known.categories);
    else if (e.outOfScope) {
      const allowed = [...(e.categories ?? []), ...(e.categoriesAlso ?? [])];
      expect(got, 'categories').toEqual(expect.arrayContaining(e.categories ?? []));
      expect(got.filter((g) => !allowed.includes(g)), 'categories beyond the allowed').toEqual([]);
    }

    const ignore = new Set((e.linksIgnore ?? []).map(bare));
    const flagged = findings.links.filter((l) => l.verdict === 'not-opened').map((l) => bare(l.url)).filter((u) => !ignore.has(u));
    expect(flagged.sort(), known?.links ? known.why : 'links').toEqual((known?.links ?? e.links ?? []).map(bare).sort());

    const signals = findings.signals.map((s) => s.id);
    if (known?.signals) expect(signals.sort(), known.why).toEqual(known.signals);
    else {
      expect(signals, 'signals').toEqual(expect.arrayContaining(e.signals ?? []));
      expect(signals.filter((s) => (e.noSignals ?? []).includes(s)), 'signals that must not fire').toEqual([]);
    }

    if (known?.tier) expect(findings.tier.suggested, known.why).toBe(known.tier);
    else if (e.tier !== undefined) expect(findings.tier.suggested, 'tier').toBe(e.tier);
  });
});
