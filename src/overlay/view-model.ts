import type { Findings, LinkFinding, Ticket } from '../ticket/schema';

/** A pause while the ticket waits on the customer; no `end` while it is still going on. */
export interface PauseSpan {
  start: string;
  end?: string;
}

export function isPaused(pauses: readonly PauseSpan[]): boolean {
  return pauses.some((p) => !p.end);
}

/** Pausing opens a pause at `now`; resuming closes the open one. */
export function togglePause(pauses: readonly PauseSpan[], now: string): PauseSpan[] {
  if (!isPaused(pauses)) return [...pauses, { start: now }];
  return pauses.map((p) => (p.end ? p : { start: p.start, end: now }));
}

/** The clock starts when the customer first wrote; without a time on the page, the caller supplies one. */
export function defaultReceived(ticket: Ticket): string | undefined {
  const first = ticket.messages.find((m) => m.role === 'customer' && m.at) ?? ticket.messages.find((m) => m.at);
  return first?.at;
}

/** The agent's choice wins, then the analysis' suggestion, then the policy's first tier. */
export function chosenTier(tierIds: readonly string[], chosen: string | undefined, suggested: string | null): string | undefined {
  for (const id of [chosen, suggested ?? undefined]) if (id && tierIds.includes(id)) return id;
  return tierIds[0];
}

/** Refused links first: they are what the agent must act on. */
export function orderedLinks(links: readonly LinkFinding[]): LinkFinding[] {
  return [...links].sort((a, b) => Number(a.verdict === 'ok') - Number(b.verdict === 'ok'));
}

/** Reply drafts in the ticket's language when the analysis wrote some, otherwise all of them. */
export function repliesToShow(findings: Findings): NonNullable<Findings['replies']> {
  const replies = findings.replies ?? [];
  const inLanguage = replies.filter((r) => r.language === findings.language);
  return inLanguage.length ? inLanguage : replies;
}

/** One ticket is one page address; the fragment counts because mail clients keep the conversation there. */
export function ticketKey(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}${u.search}${u.hash}`;
}

/** `YYYY-MM-DDTHH:MM` in the browser's time zone, for a datetime-local input. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The instant a datetime-local value stands for in the browser's time zone; undefined when empty or invalid. */
export function fromLocalInput(value: string): string | undefined {
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value)) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}
