import { z } from 'zod';
import type { DeadlineState } from '../deadline/format';
import type { DeadlineResult } from '../deadline/index';
import type { Policy } from '../policy/schema';
import type { Findings } from '../ticket/schema';
import { ticketSchema } from '../ticket/schema';

/**
 * Messages from the overlay, popup and options page to the background service worker.
 * The worker validates every request with these schemas; senders get the types from them.
 * Domain work (analysis, deadlines) runs in the worker so the content script stays small.
 */
const instant = z.string().min(1);

export const pauseSchema = z.object({ start: instant, end: instant.optional() });
export type Pause = z.infer<typeof pauseSchema>;

/** What the agent set on one ticket; kept in extension storage under the ticket's key. */
export const ticketStateSchema = z.object({
  tierId: z.string().optional(),
  received: instant.optional(),
  pauses: z.array(pauseSchema).default([]),
});
export type TicketState = z.infer<typeof ticketStateSchema>;

export const requestSchema = z.discriminatedUnion('type', [
  /** Which policy and adapter apply to a page (site mapping, managed settings). */
  z.object({ type: z.literal('page-config'), url: z.string() }),
  /** Analyse a ticket read from a page; answers Findings. */
  z.object({ type: z.literal('analyse'), policyId: z.string(), ticket: ticketSchema }),
  /** A deadline for a policy tier; the popup's lookup and the overlay's countdown. */
  z.object({
    type: z.literal('deadline'),
    policyId: z.string(),
    tierId: z.string(),
    received: instant,
    now: instant.optional(),
    pauses: z.array(pauseSchema).default([]),
  }),
  z.object({ type: z.literal('ticket-state/get'), key: z.string() }),
  z.object({ type: z.literal('ticket-state/set'), key: z.string(), state: ticketStateSchema }),
  /**
   * The overlay reports its ticket's deadline so the toolbar badge and breach alarm follow it.
   * With `policyId`, `tierId` and `received` (and `pauses`) the badge counts working time left;
   * without them, wall-clock time to `deadline`. `deadline: null` (no promise) clears the badge.
   */
  z.object({
    type: z.literal('active-ticket'),
    key: z.string(),
    title: z.string(),
    deadline: instant.nullable(),
    paused: z.boolean().default(false),
    policyId: z.string().optional(),
    tierId: z.string().optional(),
    received: instant.optional(),
    pauses: z.array(pauseSchema).optional(),
  }),
  /** The sender's tab shows no ticket any more: its badge and reminder go. */
  z.object({ type: z.literal('active-ticket/clear') }),
  /** What the overlay reported for a tab (the popup's "current state"); null when none. */
  z.object({ type: z.literal('tab-ticket'), tabId: z.number().int() }),
  z.object({ type: z.literal('list-policies') }),
]);
export type Request = z.infer<typeof requestSchema>;
export type RequestInput = z.input<typeof requestSchema>;
export type RequestType = Request['type'];

/** Every answer is either `{ ok: true, value }` or `{ ok: false, error }` with a message for people. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Which policy and adapter apply to a page; `adapterId` null means "choose by URL". */
export interface PageConfig {
  policyId: string;
  adapterId: string | null;
  /** What decided it: an admin's or a managed site mapping, or the default policy. */
  source: 'mapping' | 'managed' | 'default';
  pattern?: string;
}

export type PolicySource = 'bundled' | 'own' | 'managed';
export interface PolicyEntry {
  policy: Policy;
  source: PolicySource;
  /** Bundled and managed policies cannot be edited in the options page. */
  locked: boolean;
}

export interface ActiveTicket {
  key: string;
  title: string;
  deadline: string | null;
  state: DeadlineState;
  /** Working minutes left (negative when breached), or wall-clock minutes without a tier. */
  remainingMinutes: number | null;
  badge: string;
}

export type { DeadlineState };

/** What each request answers with (`value` of a successful Reply). */
export interface ReplyValues {
  'page-config': PageConfig;
  analyse: Findings;
  deadline: DeadlineResult;
  'ticket-state/get': TicketState | null;
  'ticket-state/set': TicketState;
  'active-ticket': ActiveTicket;
  'active-ticket/clear': null;
  'tab-ticket': ActiveTicket | null;
  'list-policies': PolicyEntry[];
}

/** Messages to a tab's content script (browser.tabs.sendMessage), sent by the popup. */
export const tabMessageSchema = z.discriminatedUnion('type', [z.object({ type: z.literal('show-overlay') })]);
export type TabMessage = z.infer<typeof tabMessageSchema>;
