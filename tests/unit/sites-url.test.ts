import { describe, expect, it } from 'vitest';
import { ADAPTERS, SAAS_MATCH_PATTERNS, adapterById, adapterForUrl } from '../../src/sites/index';
import { matchesPattern } from '../../src/sites/url';

const isTicket = (id: string, url: string) => adapterById(id)!.isTicketUrl(new URL(url));

describe('match patterns', () => {
  it('matches subdomains of a wildcard host, with any path, and not look-alike hosts', () => {
    const pattern = 'https://*.zendesk.com/*';
    expect(matchesPattern(pattern, new URL('https://acme.zendesk.com/agent/tickets/1'))).toBe(true);
    expect(matchesPattern(pattern, new URL('https://zendesk.com/'))).toBe(true);
    expect(matchesPattern(pattern, new URL('https://evilzendesk.com/'))).toBe(false);
    expect(matchesPattern(pattern, new URL('https://acme.zendesk.com.evil.io/'))).toBe(false);
    expect(matchesPattern(pattern, new URL('http://acme.zendesk.com/'))).toBe(false);
  });

  it('lists every SaaS host once, for the manifest', () => {
    expect(SAAS_MATCH_PATTERNS).toEqual(expect.arrayContaining([
      'https://*.zendesk.com/*', 'https://*.freshdesk.com/*', 'https://*.atlassian.net/*', 'https://mail.google.com/*',
      'https://web.telegram.org/*', 'https://*.bitrix24.com/*', 'https://*.bitrix24.ru/*', 'https://*.bitrix24.de/*',
      'https://secure.helpscout.net/*', 'https://*.zammad.com/*',
    ]));
    expect(new Set(SAAS_MATCH_PATTERNS).size).toBe(SAAS_MATCH_PATTERNS.length);
    expect(SAAS_MATCH_PATTERNS.some((pattern) => /127\.0\.0\.1|localhost|<all_urls>|\*:\/\/\*\//.test(pattern))).toBe(false);
  });
});

describe('adapterForUrl', () => {
  const cases: [string, string | null][] = [
    ['https://acme.zendesk.com/agent/tickets/4521', 'zendesk'],
    ['https://acme.freshdesk.com/a/tickets/3187', 'freshdesk'],
    ['https://acme.atlassian.net/browse/SUP-118', 'jira'],
    ['https://acme.zammad.com/#ticket/zoom/42', 'zammad'],
    ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmvbRWpQ', 'gmail'],
    ['https://web.telegram.org/k/#@iexexchanger_support', 'telegram'],
    ['https://acme.bitrix24.ru/online/?IM_DIALOG=imol|1234', 'bitrix24'],
    ['https://secure.helpscout.net/conversation/2100/1043', 'freescout'],
    // Self-hosted: only a distinctive ticket path names the helpdesk.
    ['https://rt.example.com/Ticket/Display.html?id=42', 'request-tracker'],
    ['http://127.0.0.1:8080/rt/Ticket/Display.html?id=7', 'request-tracker'],
    ['https://help.example.com/scp/tickets.php?id=42', 'osticket'],
    ['https://glpi.example.com/front/ticket.form.php?id=42', 'glpi'],
    ['https://desk.example.com/conversation/1043', 'freescout'],
    ['https://desk.example.com/#ticket/zoom/42', 'zammad'],
    ['https://support.example.org/view?id=7', null],
    ['not a url', null],
  ];
  for (const [url, id] of cases) {
    it(`${url} → ${id}`, () => expect(adapterForUrl(url)?.id ?? null).toBe(id));
  }
});

describe('ticket URLs', () => {
  it('tells ticket pages from the rest of each helpdesk', () => {
    expect(isTicket('zendesk', 'https://acme.zendesk.com/agent/tickets/4521')).toBe(true);
    expect(isTicket('zendesk', 'https://acme.zendesk.com/agent/filters/360001')).toBe(false);
    expect(isTicket('freshdesk', 'https://acme.freshdesk.com/a/tickets/3187?current_tab=details')).toBe(true);
    expect(isTicket('freshdesk', 'https://acme.freshdesk.com/a/tickets/filters/all_tickets')).toBe(false);
    expect(isTicket('jira', 'https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1/SUP-118')).toBe(true);
    expect(isTicket('jira', 'https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1')).toBe(false);
    expect(isTicket('jira', 'https://acme.atlassian.net/jira/software/projects/SUP/boards/1?selectedIssue=SUP-7')).toBe(true);
    expect(isTicket('request-tracker', 'https://rt.example.com/Ticket/Display.html?id=42')).toBe(true);
    expect(isTicket('request-tracker', 'https://rt.example.com/Search/Results.html?Query=x')).toBe(false);
    expect(isTicket('request-tracker', 'https://rt.example.com/Ticket/Display.html')).toBe(false);
    expect(isTicket('osticket', 'https://help.example.com/scp/tickets.php?id=42')).toBe(true);
    expect(isTicket('osticket', 'https://help.example.com/scp/tickets.php?status=open')).toBe(false);
    expect(isTicket('glpi', 'https://glpi.example.com/front/ticket.form.php?id=42')).toBe(true);
    expect(isTicket('glpi', 'https://glpi.example.com/front/ticket.php')).toBe(false);
    expect(isTicket('gmail', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmvbRWpQ')).toBe(true);
    expect(isTicket('gmail', 'https://mail.google.com/mail/u/0/#label/Support/FMfcgzQXJWDsKmvbRWpQ')).toBe(true);
    expect(isTicket('gmail', 'https://mail.google.com/mail/u/0/#inbox')).toBe(false);
    expect(isTicket('telegram', 'https://web.telegram.org/a/#-1001234567890')).toBe(true);
    expect(isTicket('telegram', 'https://web.telegram.org/k/')).toBe(false);
    expect(isTicket('bitrix24', 'https://acme.bitrix24.com/online/?IM_DIALOG=chat123')).toBe(true);
    expect(isTicket('bitrix24', 'https://acme.bitrix24.com/crm/deal/')).toBe(false);
  });

  it('the generic reader claims no URL', () => {
    expect(ADAPTERS.at(-1)?.id).toBe('generic');
    expect(isTicket('generic', 'https://support.example.org/view?id=7')).toBe(false);
  });
});
