import { z } from 'zod';
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
  /** The overlay reports its ticket's deadline so the toolbar badge and breach alarm follow it. */
  z.object({
    type: z.literal('active-ticket'),
    key: z.string(),
    title: z.string(),
    deadline: instant.nullable(),
    paused: z.boolean().default(false),
  }),
  z.object({ type: z.literal('list-policies') }),
]);
export type Request = z.infer<typeof requestSchema>;
export type RequestInput = z.input<typeof requestSchema>;
export type RequestType = Request['type'];

/** Every answer is either `{ ok: true, value }` or `{ ok: false, error }` with a message for people. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
