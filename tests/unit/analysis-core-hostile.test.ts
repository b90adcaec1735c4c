import { describe, expect, it } from 'vitest';
import { analyseTicket } from '../../src/analysis';
import { detectScope } from '../../src/analysis/scope';
import { customerSegments, MAX_TICKET_CHARS } from '../../src/analysis/thread';
import { bundledPolicy } from '../../src/policy/bundled';
import { findingsSchema, type Ticket } from '../../src/ticket/schema';
import { HOSTILE_TICKETS, largeTicket } from './support/analysis-inputs';

const policies = ['iexexchanger', 'bitrix24', 'ixxo'].map((id) => bundledPolicy(id)!);

// Finishing at all is the point: a pattern with catastrophic backtracking would hang here for minutes.
describe('hostile input', () => {
  it.each(Object.keys(HOSTILE_TICKETS))('%s: finishes with findings of the contract shape', (name) => {
    const ticket = HOSTILE_TICKETS[name]!;
    for (const policy of policies) {
      const findings = analyseTicket(policy, ticket);
      expect(findingsSchema.safeParse(findings).success).toBe(true);
      expect(findings.notes?.some((n) => /not analysed/.test(n)) || ticket.messages.every((m) => m.text.length < 20_000)).toBe(true);
    }
  });

  // The rules read whole segments past the analysed length too (the CLI's rules bench does): a test of the whole text
  // or sentence run once per match would make a megabyte of matches quadratic.
  it.each([
    ['one topic repeated', 'ssl '.repeat(250_000), []],
    ['coverage questions handing the work over', 'is ssl covered by support? if so, what access do you need? '.repeat(15_000), ['server']],
    ['retractions repeated', 'never mind the ssl, forget it. '.repeat(30_000), []],
  ])('%s, over a megabyte: the scope reading finishes and reads as it does once', (_name, text, categories) => {
    const flags = detectScope(policies[0]!, [{ message: 0, start: 0, text }]).flags;
    expect(flags.map((f) => f.category)).toEqual(categories);
  });

  it('finds every link of a message with thousands of URLs, up to the analysed length', () => {
    const findings = analyseTicket(policies[0]!, HOSTILE_TICKETS['thousands of URLs']!);
    const refused = findings.links.filter((l) => l.verdict === 'not-opened');
    expect(refused.length).toBeGreaterThan(500);
    expect(refused.every((l) => /^https:\/\/prnt\.sc\/\d+$/.test(l.url))).toBe(true);
  });

  it('keeps the start and the end of a long thread', () => {
    const ticket: Ticket = largeTicket();
    const segments = customerSegments(ticket);
    expect(segments.reduce((n, s) => n + s.text.length, 0)).toBe(MAX_TICKET_CHARS);
    expect(segments[0]!.message).toBe(0);
    const lastCustomer = ticket.messages.map((m) => m.role).lastIndexOf('customer');
    expect(segments.at(-1)!.message).toBe(lastCustomer);
    for (const s of segments) expect(ticket.messages[s.message]!.text.slice(s.start, s.start + s.text.length)).toBe(s.text);
    expect(analyseTicket(policies[0]!, ticket).notes?.join(' ')).toMatch(/Long thread/);
  });
});
