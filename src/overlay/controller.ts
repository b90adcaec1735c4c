import { describeDeadline, describeNoCommitment } from '../deadline/format';
import type { DeadlineResult } from '../deadline/index';
import type { PageConfig, PolicyEntry, ReplyValues, RequestInput, TicketState } from '../messaging/protocol';
import type { ReadResult, SiteAdapter } from '../sites/types';
import type { Findings } from '../ticket/schema';
import type { DeadlineView, OverlayContent } from './components/types';
import { ticketFingerprint } from './fingerprint';
import { chosenTier, defaultReceived, isPaused, type PauseSpan, ticketKey, togglePause } from './view-model';

/** What the controller needs from the page and the extension; the content script supplies the real ones. */
export interface OverlayServices {
  ask<K extends keyof ReplyValues>(request: RequestInput & { type: K }): Promise<ReplyValues[K]>;
  /** Reads the ticket on the page with the site registry. */
  read(url: string, adapterId: string | null): ReadResult | null;
  /** Shows (mounting when needed) or updates the overlay. */
  show(content: OverlayContent): void;
  /** Removes the overlay from the page. */
  hide(): void;
  doc: Document;
  url(): string;
  now(): Date;
  /** The agent's IANA time zone, for "12:00 your time". */
  timeZone: string;
  language: 'en' | 'ru';
}

interface Current {
  key: string;
  policyId: string;
  adapter: SiteAdapter;
  fellBack?: string;
  findings: Findings;
  policy: PolicyEntry['policy'] | undefined;
  state: TicketState;
}

/**
 * The overlay's life on one page: read the ticket, ask the worker for findings and the deadline,
 * and show them; re-reads skip the analysis when the ticket has not changed.
 */
export class OverlayController {
  private config: { url: string; value: PageConfig } | null = null;
  private policies: PolicyEntry[] | null = null;
  private fingerprint = '';
  private current: Current | null = null;
  private generation = 0;
  /** Whether the agent asked for the overlay (then "no ticket found" is said out loud). */
  private requested = false;
  /** The adapter of the last read (the generic reader when the page's own adapter fell back). */
  adapter: SiteAdapter | null = null;
  /** How many times the analysis ran (the bench and tests read it). */
  analyses = 0;

  constructor(private readonly services: OverlayServices) {}

  /** Re-reads the page; `force` analyses even an unchanged ticket (the agent asked, or the URL moved). */
  async refresh(options: { force?: boolean; requested?: boolean } = {}): Promise<void> {
    if (options.requested) this.requested = true;
    const s = this.services;
    // Only a read that goes on to show something supersedes work in flight; an unchanged re-read must not.
    let generation = this.generation;
    try {
      const url = s.url();
      if (this.config?.url !== url) this.config = { url, value: await s.ask({ type: 'page-config', url }) };
      const { policyId, adapterId } = this.config.value;
      const read = s.read(url, adapterId);
      this.adapter = read?.adapter ?? null;
      const ticket = read?.ticket;
      if (!read || !ticket || ticket.messages.length === 0) {
        generation = ++this.generation;
        this.fingerprint = '';
        if (this.current) void s.ask({ type: 'active-ticket/clear' }).catch(() => {});
        this.current = null;
        if (this.requested) s.show({ kind: 'no-ticket' });
        else s.hide();
        return;
      }
      const fingerprint = `${policyId}|${url}|${ticketFingerprint(ticket)}`;
      if (fingerprint === this.fingerprint && !options.force) return;
      this.fingerprint = fingerprint;
      generation = ++this.generation;
      if (!this.current) s.show({ kind: 'loading' });
      const key = ticketKey(url);
      this.analyses++;
      const [findings, policies, saved] = await Promise.all([
        s.ask({ type: 'analyse', policyId, ticket }),
        this.policies ? Promise.resolve(this.policies) : s.ask({ type: 'list-policies' }),
        s.ask({ type: 'ticket-state/get', key }),
      ]);
      if (generation !== this.generation) return;
      this.policies = policies;
      const state: TicketState = { pauses: [], ...saved };
      if (!state.received) {
        // Without a time on the page, the clock starts when the agent first opened the ticket.
        state.received = defaultReceived(ticket) ?? s.now().toISOString();
        if (!defaultReceived(ticket)) void s.ask({ type: 'ticket-state/set', key, state }).catch(() => {});
      }
      this.current = {
        key,
        policyId,
        adapter: read.adapter,
        fellBack: read.fellBack ? (read.reason ?? read.adapter.name) : undefined,
        findings,
        policy: policies.find((p) => p.policy.id === policyId)?.policy,
        state,
      };
      await this.updateDeadline(generation);
    } catch (error) {
      if (generation !== this.generation) return;
      this.fingerprint = ''; // the next change tries again
      s.show({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  /** The adapter an admin mapped this page to, if any. */
  get configuredAdapterId(): string | null {
    return this.config?.value.adapterId ?? null;
  }

  /** The countdown's tick: asks for the remaining time again. */
  async tick(): Promise<void> {
    if (this.current) await this.updateDeadline(this.generation);
  }

  hasDeadline(): boolean {
    const sla = this.current?.policy?.sla;
    return !!sla && sla.commitment !== 'none' && sla.tiers.length > 0;
  }

  async chooseTier(tierId: string): Promise<void> {
    await this.saveState({ tierId });
  }

  async setReceived(received: string): Promise<void> {
    await this.saveState({ received });
  }

  async togglePause(): Promise<void> {
    const pauses = togglePause(this.current?.state.pauses ?? [], this.services.now().toISOString());
    await this.saveState({ pauses });
  }

  /** The overlay was closed: the badge and reminder for this tab go too. */
  closed(): void {
    this.generation++;
    this.current = null;
    this.fingerprint = '';
    this.requested = false;
    void this.services.ask({ type: 'active-ticket/clear' }).catch(() => {});
  }

  private async saveState(change: Partial<TicketState>): Promise<void> {
    const current = this.current;
    if (!current) return;
    current.state = { ...current.state, ...change };
    await this.services.ask({ type: 'ticket-state/set', key: current.key, state: current.state }).catch(() => {});
    await this.updateDeadline(this.generation);
  }

  private async updateDeadline(generation: number): Promise<void> {
    const s = this.services;
    const current = this.current;
    if (!current) return;
    const sla = current.policy?.sla;
    const tiers = (sla?.tiers ?? []).map((t) => ({ id: t.id, label: t.label }));
    const tierId = chosenTier(
      tiers.map((t) => t.id),
      current.state.tierId,
      current.findings.tier.suggested,
    );
    const pauses: PauseSpan[] = current.state.pauses;
    const view: DeadlineView = {
      commitment: sla?.commitment ?? 'none',
      tiers,
      tierId,
      suggested: current.findings.tier.suggested,
      received: current.state.received,
      paused: isPaused(pauses),
      deadline: null,
    };
    if (this.hasDeadline() && tierId && view.received) {
      try {
        const now = s.now().toISOString();
        const result: DeadlineResult = await s.ask({ type: 'deadline', policyId: current.policyId, tierId, received: view.received, now, pauses });
        view.deadline = result.deadline;
        view.display = describeDeadline(result, { now, timeZone: s.timeZone, locale: s.language, summary: sla?.summary });
      } catch (error) {
        view.error = error instanceof Error ? error.message : String(error);
      }
    } else {
      view.display = describeNoCommitment(sla?.summary, s.language);
    }
    if (generation !== this.generation || this.current !== current) return;
    s.show({ kind: 'ready', findings: current.findings, deadline: view, fellBack: current.fellBack, canInsert: !!current.adapter.replyBox(s.doc) });
    void s
      .ask({
        type: 'active-ticket',
        key: current.key,
        title: current.findings.ticket.subject || current.key,
        deadline: view.deadline,
        paused: view.paused,
        policyId: current.policyId,
        tierId,
        received: view.received,
        pauses,
      })
      .catch(() => {});
  }
}
