import { describe, expect, it } from 'vitest';
import { analyseTicket } from '../../src/analysis';
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
