import type { Policy, Severity } from '../policy/schema';
import type { Ticket } from '../ticket/schema';
import { evidenceIn, type Evidence, type Segment } from './evidence';
import { byKey, Sentences } from './phrases';
import { severityBook } from './rules/severity';

const SEVERITY_ORDER: Severity[] = ['stopped', 'malfunction', 'question'];

/** A "?" asks after a word; one that starts a URL query ("watch?v=") or a bare "???" nudge asks nothing. */
const QUESTION_MARK = /(?<=[\p{L}\p{N})»"'])\s?\?(?![\p{L}\p{N}=&%_-])/u;

const REASONS: Record<Severity, string> = {
  stopped: 'the standard product looks stopped for its users',
  malfunction: 'one function looks wrong while the product works',
  question: 'a question on settings, updates or admin usage',
};

/**
 * How badly the ticket says the product is hurt: the gravest reading the customer's words support.
 * Without any telling word, a message that asks something is a question and one that only reports is a malfunction.
 */
export function readSeverity(segments: Segment[]): { severity: Severity; evidence: Evidence } | null {
  const found = byKey(severityBook().scan(segments));
  if (found.has('limited')) found.delete('stopped');
  const lookingFor = found.get('looking-for') ?? [];
  if (lookingFor.length > 0) {
    const seeking = new Sentences(lookingFor);
    found.set('malfunction', (found.get('malfunction') ?? []).filter((m) => !seeking.has(m)));
    found.set('question', [...lookingFor, ...(found.get('question') ?? [])]);
  }
  for (const severity of SEVERITY_ORDER) {
    const first = found.get(severity)?.[0];
    if (first) return { severity, evidence: first.evidence };
  }
  const text = segments.find((s) => /\p{L}/u.test(s.text));
  if (!text) return null;
  const asked = segments.find((s) => QUESTION_MARK.test(s.text));
  if (asked) {
    const at = asked.text.search(QUESTION_MARK);
    return { severity: 'question', evidence: evidenceIn(asked, asked.text.indexOf('?', at), 1) };
  }
  return { severity: 'malfunction', evidence: evidenceIn(text, 0, Math.min(text.text.length, 60)) };
}

/** The policy tier whose `severity` matches the ticket's reading; null where the policy maps none. */
export function suggestTier(policy: Policy, segments: Segment[], _ticket: Ticket): { suggested: string | null; reason?: string } {
  if (!policy.sla.tiers.some((t) => t.severity)) return { suggested: null };
  const reading = readSeverity(segments);
  if (!reading) return { suggested: null };
  const tier = policy.sla.tiers.find((t) => t.severity === reading.severity);
  if (!tier) return { suggested: null };
  return { suggested: tier.id, reason: `${REASONS[reading.severity]}: “${reading.evidence.text}”` };
}
