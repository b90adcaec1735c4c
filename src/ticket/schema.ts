import { z } from 'zod';
import { CHECKLIST_ITEMS, LINK_KINDS } from '../policy/schema';

/** The ticket as site adapters read it and as `check` takes it (product contract, "Ticket shape"). */
export const attachmentSchema = z.object({
  name: z.string(),
  mime: z.string().optional(),
  size: z.number().nonnegative().optional(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const messageSchema = z.object({
  author: z.string().default(''),
  role: z.enum(['customer', 'agent']),
  at: z.string().optional(),
  text: z.string(),
  attachments: z.array(attachmentSchema).optional(),
});
export type TicketMessage = z.infer<typeof messageSchema>;

export const ticketSchema = z.object({
  url: z.string().optional(),
  subject: z.string().default(''),
  channel: z.string().optional(),
  messages: z.array(messageSchema),
});
export type Ticket = z.infer<typeof ticketSchema>;

/** Where a finding's evidence stands: message index and a character range of its text. */
export const evidenceRefSchema = z.object({
  message: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type EvidenceRef = z.infer<typeof evidenceRefSchema>;

const clauseRef = z.object({ ref: z.string(), quote: z.string() });

export const checklistFindingSchema = z.object({
  id: z.enum(CHECKLIST_ITEMS),
  status: z.enum(['present', 'missing', 'not-applicable']),
  evidence: z.string().optional(),
  at: evidenceRefSchema.optional(),
  label: z.string().optional(),
  clause: clauseRef.optional(),
});

export const scopeFlagSchema = z.object({
  category: z.string(),
  label: z.string().optional(),
  clause: z.string(),
  quote: z.string().optional(),
  evidence: z.string(),
  at: evidenceRefSchema.optional(),
});

export const linkFindingSchema = z.object({
  url: z.string(),
  host: z.string().optional(),
  kind: z.enum(LINK_KINDS),
  verdict: z.enum(['not-opened', 'ok']),
  clause: clauseRef.optional(),
  at: evidenceRefSchema.optional(),
});

export const signalFindingSchema = z.object({
  id: z.string(),
  evidence: z.string(),
  clause: clauseRef.optional(),
  advice: z.string().optional(),
  at: evidenceRefSchema.optional(),
});

export const findingsSchema = z.object({
  policy: z.string(),
  language: z.enum(['en', 'ru']).optional(),
  checklist: z.array(checklistFindingSchema),
  scope: z.object({ outOfScope: z.boolean(), flags: z.array(scopeFlagSchema) }),
  links: z.array(linkFindingSchema),
  signals: z.array(signalFindingSchema),
  tier: z.object({ suggested: z.string().nullable(), reason: z.string().optional() }),
  replies: z
    .array(z.object({ id: z.string(), language: z.enum(['en', 'ru']), text: z.string() }))
    .optional(),
  notes: z.array(z.string()).optional(),
  ticket: ticketSchema,
});
export type Findings = z.infer<typeof findingsSchema>;
export type ChecklistFinding = z.infer<typeof checklistFindingSchema>;
export type ScopeFlag = z.infer<typeof scopeFlagSchema>;
export type LinkFinding = z.infer<typeof linkFindingSchema>;
export type SignalFinding = z.infer<typeof signalFindingSchema>;
