import type { Channel, Policy, SignalId, SignalRule } from '../policy/schema';
import type { SignalFinding, Ticket } from '../ticket/schema';
import { readCustomization } from './checklist/customization';
import type { Evidence, Segment } from './evidence';
import { detectLanguage } from './language';
import { phraseBook, Sentences } from './phrases';
import { findCredentials } from './rules/credentials';
import { fairUse } from './rules/fair-use';
import { multipleIssues } from './rules/multiple-issues';
import {
  CHANNEL_NAMES,
  CONTACT_VERBS,
  DOC_MENTIONS,
  SELF_NAMING,
  PROJECT_DOWN,
  PROJECT_RESTORE,
  RESTORE_UNLESS,
  HYPOTHETICAL,
} from './rules/signal-phrases';

/** What fired; attachments have no place in the text, so no `at`. */
type Found = { text: string; at?: Evidence['at'] };

type Detector<R extends SignalRule = SignalRule> = (ctx: {
  rule: R;
  policy: Policy;
  ticket: Ticket;
  segments: Segment[];
}) => Found | null;

const RECOVERY_LISTS = { down: PROJECT_DOWN, restore: PROJECT_RESTORE, unless: RESTORE_UNLESS, hypothetical: HYPOTHETICAL };
const ARCHIVES = new Set(['zip', 'rar', '7z', 'gz', 'tgz', 'tar', 'bz2', 'xz']);
const LINK = /https?:\/\/|www\.|\b[\w-]+\.[a-z]{2,}\/\S/i;

/** "I called your sales", "wrote to you on Skype", "posted on your forum": contact through a refused channel. */
function channelPhrases(refused: readonly Channel[]): [string, string[]][] {
  return refused.map((channel) => {
    const names = CHANNEL_NAMES[channel];
    const phrases = CONTACT_VERBS.flatMap((verb) => names.flatMap((name) => [`${verb} * * * ${name}`, `${name} * ${verb}`]));
    return [channel, [...phrases, ...(SELF_NAMING[channel] ?? [])]];
  });
}

function recovery(segments: Segment[]): Evidence | null {
  const found = phraseBook(RECOVERY_LISTS, () => Object.entries(RECOVERY_LISTS)).scan(segments);
  // "If our site went down after an update, would you restore it?" plans for a fall that has not happened.
  const supposed = new Sentences(found.filter((m) => m.key === 'hypothetical'));
  const down = found.find((m) => m.key === 'down' && !supposed.has(m));
  if (down) return down.evidence;
  const howTo = new Sentences(found.filter((m) => m.key === 'unless'));
  return found.find((m) => m.key === 'restore' && !howTo.has(m) && !supposed.has(m))?.evidence ?? null;
}

const DETECTORS: { [K in SignalId]: Detector<Extract<SignalRule, { id: K }>> } = {
  'fair-use': ({ ticket, segments }) => fairUse(ticket, segments),
  'customized-product': ({ segments }) => {
    const reading = readCustomization(segments);
    return reading.state === 'changed' ? (reading.evidence ?? null) : null;
  },
  'multiple-issues': ({ segments }) => multipleIssues(segments),
  credentials: ({ segments }) => findCredentials(segments),
  channel: ({ policy, segments }) => {
    const refused = policy.channels.refused;
    return phraseBook(policy.channels, () => channelPhrases(refused)).scan(segments)[0]?.evidence ?? null;
  },
  'attachment-format': ({ rule, ticket }) => {
    const files = ticket.messages.flatMap((m) => (m.role === 'customer' ? (m.attachments ?? []) : []));
    const bad = files.find((file) => {
      const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
      const subtype = /^[a-z]+\/(?:x-)?(?:ms-)?([a-z0-9]+)/i.exec(file.mime ?? '')?.[1]?.toLowerCase();
      if (ext && ARCHIVES.has(ext)) return false;
      return rule.mustArchive.some((format) => format === ext || format === subtype);
    });
    return bad ? { text: bad.name } : null;
  },
  'doc-reference': ({ segments }) => {
    const mention = phraseBook(DOC_MENTIONS, () => [['doc', DOC_MENTIONS]]).scan(segments)[0];
    return mention && !segments.some((s) => LINK.test(s.text)) ? mention.evidence : null;
  },
  'urgent-recovery': ({ segments }) => recovery(segments),
};

/** The policy's signal rules that the ticket triggers, each with its evidence, clause and advice. */
export function detectSignals(
  policy: Policy,
  ticket: Ticket,
  segments: Segment[],
  language: 'en' | 'ru' = detectLanguage(segments, ticket),
): SignalFinding[] {
  const out: SignalFinding[] = [];
  for (const rule of policy.signals) {
    const detect = DETECTORS[rule.id] as Detector;
    const evidence = detect({ rule, policy, ticket, segments });
    if (!evidence) continue;
    const advice = rule.advice ? (rule.advice[language] ?? rule.advice.en) : undefined;
    out.push({
      id: rule.id,
      evidence: evidence.text,
      clause: { ref: rule.clause.ref, quote: rule.clause.quote },
      ...(advice ? { advice } : {}),
      ...(evidence.at ? { at: evidence.at } : {}),
    });
  }
  return out;
}
