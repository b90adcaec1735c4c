// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { OverlayContent } from '../../src/overlay/components/types';
import { OverlayController, type OverlayServices } from '../../src/overlay/controller';
import type { SiteAdapter } from '../../src/sites/types';
import type { Ticket } from '../../src/ticket/schema';
import { FINDINGS } from './support/overlay-findings';

const ADAPTER: SiteAdapter = {
  id: 'test',
  name: 'Test desk',
  hostPatterns: [],
  isTicketUrl: () => true,
  recognises: () => true,
  read: () => null,
  replyBox: () => null,
  ticketRoot: () => null,
};

const POLICY = {
  id: 'iexexchanger',
  name: 'iEXExchanger',
  sla: { commitment: 'guaranteed', tiers: [{ id: 'critical', label: 'Critical' }, { id: 'partial', label: 'Partial' }] },
};

function setUp(options: { commitment?: string; saved?: object | null } = {}) {
  let ticket: Ticket | null = FINDINGS.ticket;
  const shown: OverlayContent[] = [];
  const requests: { type: string; [key: string]: unknown }[] = [];
  const policy = { ...POLICY, sla: { ...POLICY.sla, commitment: options.commitment ?? 'guaranteed', tiers: options.commitment === 'none' ? [] : POLICY.sla.tiers } };
  const answers: Record<string, (r: Record<string, unknown>) => unknown> = {
    'page-config': () => ({ policyId: 'iexexchanger', adapterId: null, source: 'default' }),
    analyse: (r) => ({ ...FINDINGS, ticket: r.ticket }),
    'list-policies': () => [{ policy, source: 'bundled', locked: true }],
    'ticket-state/get': () => options.saved ?? null,
    'ticket-state/set': (r) => r.state,
    deadline: (r) => ({
      commitment: 'guaranteed',
      deadline: r.tierId === 'critical' ? '2026-11-20T15:15:00Z' : '2026-11-20T11:00:00Z',
      remainingMinutes: r.tierId === 'critical' ? 195 : -90,
      timezone: 'UTC',
      clock: 'business',
      targetMinutes: 480,
      paused: (r.pauses as { end?: string }[]).some((p) => !p.end),
    }),
    'active-ticket': () => ({}),
    'active-ticket/clear': () => null,
  };
  const services: OverlayServices = {
    ask: vi.fn(async (request) => {
      requests.push(request as never);
      return answers[request.type]?.(request as never) as never;
    }) as OverlayServices['ask'],
    read: () => (ticket ? { ticket, adapter: ADAPTER, fellBack: false } : null),
    show: (content) => shown.push(content),
    hide: vi.fn(),
    doc: document,
    url: () => 'https://desk.example.com/tickets/7',
    now: () => new Date('2026-11-20T12:00:00Z'),
    timeZone: 'UTC',
    language: 'en',
  };
  const controller = new OverlayController(services);
  const last = () => shown.at(-1);
  const deadline = () => {
    const content = last();
    if (content?.kind !== 'ready') throw new Error(`not ready: ${content?.kind}`);
    return content.deadline;
  };
  return { controller, services, requests, last, deadline, setTicket: (t: Ticket | null) => (ticket = t) };
}

describe('the overlay controller', () => {
  it('shows findings with the suggested tier and the first customer message as the received time', async () => {
    const { controller, deadline, requests } = setUp();
    await controller.refresh();
    expect(deadline()).toMatchObject({ tierId: 'partial', received: '2026-11-20T09:15:00Z', deadline: '2026-11-20T11:00:00Z' });
    expect(deadline().display).toMatchObject({ state: 'breached', parts: { working: '1 h 30 min of working time overdue' } });
    expect(requests.find((r) => r.type === 'active-ticket')).toMatchObject({ key: 'https://desk.example.com/tickets/7', deadline: '2026-11-20T11:00:00Z', tierId: 'partial' });
  });

  it('skips the analysis when the re-read ticket is unchanged, and runs it when it changed', async () => {
    const { controller, setTicket } = setUp();
    await controller.refresh();
    await controller.refresh();
    expect(controller.analyses).toBe(1);
    setTicket({ ...FINDINGS.ticket, messages: [...FINDINGS.ticket.messages, { author: 'Ivan', role: 'customer', text: 'Any news?' }] });
    await controller.refresh();
    expect(controller.analyses).toBe(2);
  });

  it('finishes showing the ticket when an unchanged re-read comes in while the first is still in flight', async () => {
    const { controller, last } = setUp();
    await Promise.all([controller.refresh(), controller.refresh(), Promise.resolve().then(() => controller.refresh())]);
    expect(controller.analyses).toBe(1);
    expect(last()?.kind).toBe('ready');
  });

  it('keeps the agent-chosen tier and received time over the defaults', async () => {
    const { controller, deadline } = setUp({ saved: { tierId: 'critical', received: '2026-11-19T08:00:00Z', pauses: [] } });
    await controller.refresh();
    expect(deadline()).toMatchObject({ tierId: 'critical', received: '2026-11-19T08:00:00Z' });
  });

  it('stores a pause and a resume, and asks for the deadline with them', async () => {
    const { controller, requests, deadline } = setUp();
    await controller.refresh();
    await controller.togglePause();
    expect(deadline().paused).toBe(true);
    await controller.togglePause();
    const lastSet = requests.filter((r) => r.type === 'ticket-state/set').at(-1);
    expect(lastSet?.state).toMatchObject({ pauses: [{ start: '2026-11-20T12:00:00.000Z', end: '2026-11-20T12:00:00.000Z' }] });
    expect(requests.filter((r) => r.type === 'deadline').at(-1)?.pauses).toHaveLength(1);
  });

  it('asks for no deadline when the policy promises none', async () => {
    const { controller, requests, deadline } = setUp({ commitment: 'none' });
    await controller.refresh();
    expect(deadline()).toMatchObject({ commitment: 'none', deadline: null, display: { state: 'no-deadline', text: 'the policy promises no response time' } });
    expect(requests.some((r) => r.type === 'deadline')).toBe(false);
  });

  it('shows nothing on a page without a ticket, unless the agent asked', async () => {
    const { controller, services, last, setTicket } = setUp();
    setTicket(null);
    await controller.refresh();
    expect(services.hide).toHaveBeenCalled();
    expect(last()).toBeUndefined();
    await controller.refresh({ requested: true });
    expect(last()).toEqual({ kind: 'no-ticket' });
  });

  it('shows the worker’s message instead of crashing when the analysis fails', async () => {
    const { controller, services, last } = setUp();
    const ask = services.ask;
    services.ask = (async (request: { type: string }) => {
      if (request.type === 'analyse') throw new Error('policy "x" is not installed');
      return ask(request as never);
    }) as OverlayServices['ask'];
    await controller.refresh();
    expect(last()).toEqual({ kind: 'error', message: 'policy "x" is not installed' });
  });
});
