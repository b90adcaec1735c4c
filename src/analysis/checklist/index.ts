import type { ChecklistItem, ChecklistItemId } from '../../policy/schema';
import type { ChecklistFinding, Ticket } from '../../ticket/schema';
import type { Evidence } from '../evidence';
import { findAccess } from './access';
import { readCustomization } from './customization';
import { readDocReference } from './doc-reference';
import { findDomain } from './domain';
import { readErrorText } from './error-text';
import { findExpected } from './expected';
import { findLicense } from './license';
import { type DetectorInput, type ItemReading, presentOr } from './reading';
import { findSteps } from './steps';
import { findVersion } from './version';

const DETECTORS: Record<ChecklistItemId, (input: DetectorInput) => ItemReading> = {
  version: ({ policy, segments }) => presentOr(findVersion(policy, segments)),
  domain: ({ policy, ticket, segments, signatures }) => presentOr(findDomain(policy, ticket, [...segments, ...signatures])),
  steps: ({ segments }) => presentOr(findSteps(segments)),
  expected: ({ segments }) => presentOr(findExpected(segments)),
  attachments: ({ ticket }) => presentOr(firstAttachment(ticket)),
  'error-text': ({ segments }) => readErrorText(segments),
  customization: ({ segments }) => {
    const reading = readCustomization(segments);
    return reading.state === 'unknown' || !reading.evidence ? { status: 'unknown' } : { status: 'present', evidence: reading.evidence };
  },
  access: ({ segments }) => presentOr(findAccess(segments)),
  license: ({ segments }) => presentOr(findLicense(segments)),
  'doc-reference': ({ segments }) => readDocReference(segments),
};

export interface ChecklistContext extends DetectorInput {
  language: 'en' | 'ru';
  /** The ticket reports something working wrongly (items required of malfunctions apply). */
  malfunction: boolean;
}

/**
 * One finding per item the policy's checklist lists. An item nobody mentioned is `missing` when the
 * policy always asks for it (or asks it of malfunction reports and this is one), else `not-applicable`.
 */
export function checklistFindings(context: ChecklistContext): ChecklistFinding[] {
  return context.policy.checklist.map((item) => {
    const reading = DETECTORS[item.id](context);
    const status = reading.status === 'unknown' ? statusWhenUnsaid(item, context.malfunction) : reading.status;
    const evidence = reading.status === 'unknown' ? undefined : reading.evidence;
    return {
      id: item.id,
      status,
      ...(evidence ? { evidence: evidence.text, at: evidence.at } : {}),
      label: labelOf(item, context.language),
      clause: item.clause,
    };
  });
}

function statusWhenUnsaid(item: ChecklistItem, malfunction: boolean): ChecklistFinding['status'] {
  if (item.required === 'always') return 'missing';
  if (item.required === 'malfunction') return malfunction ? 'missing' : 'not-applicable';
  return 'not-applicable';
}

function labelOf(item: ChecklistItem, language: 'en' | 'ru'): string {
  return (language === 'ru' ? item.label.ru : undefined) ?? item.label.en;
}

/** The first file attached to a customer message; evidence names it and points at its message. */
function firstAttachment(ticket: Ticket): Evidence | undefined {
  for (const [message, m] of ticket.messages.entries()) {
    if (m.role !== 'customer') continue;
    const file = m.attachments?.find((a) => a && typeof a.name === 'string');
    if (file) return { text: file.name || '(unnamed file)', at: { message, start: 0, end: 0 } };
  }
  return undefined;
}

