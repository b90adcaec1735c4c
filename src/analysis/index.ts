import type { Policy } from '../policy/schema';
import type { Findings, Ticket } from '../ticket/schema';
import { checklistFindings } from './checklist';
import { detectLanguage } from './language';
import { findLinks } from './links';
import { draftReplies } from './replies';
import { detectScope } from './scope';
import { detectSignals } from './signals';
import { MAX_MESSAGE_CHARS, MAX_TICKET_CHARS, readThread } from './thread';
import { suggestTier } from './tier';

/**
 * Reads a ticket against a policy: checklist, scope, links, signals, tier and reply drafts, each
 * finding with its evidence. Takes a ticket already in the contract's shape (the CLI and the page
 * reader validate it) and never throws: a stage that fails leaves its part empty and a note says so.
 */
export function analyseTicket(policy: Policy, ticket: Ticket): Findings {
  const notes: string[] = [];
  const messages = Array.isArray(ticket?.messages) ? ticket.messages : [];
  const read: Ticket = { ...ticket, subject: typeof ticket?.subject === 'string' ? ticket.subject : '', messages };
  const empty: Findings = {
    policy: policy.id,
    checklist: [],
    scope: { outOfScope: false, flags: [] },
    links: [],
    signals: [],
    tier: { suggested: null },
    notes,
    ticket: read,
  };

  const { segments, signatures, omitted } = attempt(notes, 'reading the thread', () => readThread(read), {
    segments: [],
    signatures: [],
    omitted: 0,
  });
  if (!messages.some((m) => m?.role === 'customer' && typeof m.text === 'string' && m.text.trim())) {
    notes.push('No customer message with text: nothing to analyse.');
    return empty;
  }
  if (omitted > 0) {
    notes.push(
      `Long thread: ${omitted} characters of customer text were not analysed (at most ${MAX_MESSAGE_CHARS} per message and ` +
        `${MAX_TICKET_CHARS} per ticket, from the start and the end of the thread).`,
    );
  }
  if (segments.length === 0) notes.push('The customer messages hold only quoted history or signatures.');

  const language = attempt(notes, 'language detection', () => detectLanguage(segments, read), 'en' as const);
  const tier = attempt(notes, 'tier suggestion', () => suggestTier(policy, segments, read), { suggested: null });
  const severity = policy.sla.tiers.find((t) => t.id === tier.suggested)?.severity;
  const findings: Omit<Findings, 'replies'> = {
    ...empty,
    language,
    checklist: attempt(notes, 'the checklist', () =>
      checklistFindings({ policy, ticket: read, segments, signatures, language, malfunction: severity !== 'question' }), []),
    scope: attempt(notes, 'scope detection', () => detectScope(policy, segments, read), empty.scope),
    links: attempt(notes, 'link detection', () => findLinks(policy, segments), []),
    signals: attempt(notes, 'signal detection', () => detectSignals(policy, read, segments, language), []),
    tier,
  };
  const replies = attempt(notes, 'reply drafts', () => draftReplies(policy, findings, language), []);
  return { ...findings, replies };
}

/** Runs one stage; a failure becomes a note instead of losing the whole analysis. */
function attempt<T>(notes: string[], stage: string, run: () => T, fallback: T): T {
  try {
    return run();
  } catch (e) {
    notes.push(`${stage} failed: ${e instanceof Error ? e.message : String(e)}`);
    return fallback;
  }
}
