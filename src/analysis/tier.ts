import type { Policy, Severity } from '../policy/schema';
import type { Ticket } from '../ticket/schema';
import { evidenceIn, type Evidence, type Segment } from './evidence';
import { byKey, inQuestion, Sentences } from './phrases';
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
  const matches = severityBook().scan(segments);
  const found = byKey(matches);
  if (found.has('limited')) found.delete('stopped');
  // Fault words inside a how-to question ("how do I add a promo code on all directions?") describe the wish, not damage;
  // beside "fine now" they tell a past incident.
  const fixing = new Sentences(found.get('asks-for-fix'));
  const howTo = (found.get('question') ?? []).filter((m) => inQuestion(m) && !fixing.has(m));
  const seeking = new Sentences([...(found.get('looking-for') ?? []), ...howTo, ...(found.get('resolved') ?? [])]);
  for (const severity of ['stopped', 'malfunction'] as const) {
    found.set(severity, (found.get(severity) ?? []).filter((m) => !seeking.has(m)));
  }
  found.set('question', [...(found.get('looking-for') ?? []), ...(found.get('question') ?? [])]);
  // A ticket that opens with a how-to question asks it; a fault mentioned after it is context ("…? Her mail is down").
  const opening = matches.find((m) => SEVERITY_ORDER.includes(m.key as Severity) || m.key === 'looking-for');
  if (opening && howTo.includes(opening)) found.delete('malfunction');
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
