import { z } from 'zod';
import { isValidTimezone } from './timezone';

/**
 * The support-policy format: one zod schema, the TypeScript types inferred from it,
 * and policies/schema.json generated from it. `id`, `name`, `schedule` and `sla` are the
 * pinned part of the product contract; every other section is optional and defaults to empty.
 */

const DURATION = /^(\d+(?:\.\d+)?)(m|h|d|bd)$/;
const TIME = '(?:[01]\\d|2[0-3]):[0-5]\\d';
const INTERVAL = new RegExp(`^(${TIME})-(${TIME}|24:00)$`);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const durationSchema = z
  .string()
  .regex(DURATION, 'expected a positive number and a unit m, h, d or bd, like "6h" or "1.5bd"')
  .refine((s) => Number(DURATION.exec(s)?.[1]) > 0, 'a duration must be greater than zero');

export const intervalSchema = z
  .string()
  .regex(INTERVAL, 'expected "HH:MM-HH:MM" with hours 00-23 (or an end of 24:00)')
  .refine((s) => {
    const [start, end] = s.split('-') as [string, string];
    return start < end;
  }, 'an interval must start before it ends');

const localDateSchema = z
  .string()
  .regex(DATE, 'expected a local date "YYYY-MM-DD"')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'not a calendar date');

/** Where a rule comes from: section number or heading, and a short quote of the seed text. */
export const clauseSchema = z.object({
  ref: z.string().min(1).describe('Section number or heading of the policy text'),
  quote: z.string().min(1).describe('A short quote of the clause, shown to the agent'),
});
export type Clause = z.infer<typeof clauseSchema>;

/** Text shown to people: English is required, Russian optional (falls back to English). */
export const localTextSchema = z.object({ en: z.string().min(1), ru: z.string().min(1).optional() });
export type LocalText = z.infer<typeof localTextSchema>;

const weekSchema = z
  .object(Object.fromEntries(WEEKDAYS.map((d) => [d, z.array(intervalSchema).default([])])) as Record<
    Weekday,
    z.ZodDefault<z.ZodArray<typeof intervalSchema>>
  >)
  .strict()
  .superRefine((week, ctx) => {
    for (const day of WEEKDAYS) {
      const sorted = [...week[day]].map((s, i) => ({ s, i })).sort((a, b) => a.s.localeCompare(b.s));
      for (let k = 1; k < sorted.length; k++) {
        const prev = sorted[k - 1]!;
        const cur = sorted[k]!;
        if (cur.s.slice(0, 5) < prev.s.slice(6)) {
          ctx.addIssue({
            code: 'custom',
            path: [day, cur.i],
            message: `interval ${cur.s} overlaps ${prev.s}`,
          });
        }
      }
    }
  });

export const scheduleSchema = z.object({
  timezone: z.string().refine(isValidTimezone, 'unknown IANA timezone'),
  week: weekSchema,
  holidays: z.array(localDateSchema).default([]),
  businessDay: durationSchema
    .refine((s) => !s.endsWith('bd'), 'businessDay cannot be measured in business days')
    .optional(),
  clause: clauseSchema.optional(),
});
export type Schedule = z.infer<typeof scheduleSchema>;

/** Maps the analysis' severity reading of a ticket onto a tier of this policy. */
export const SEVERITIES = ['stopped', 'malfunction', 'question'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const tierSchema = z
  .object({
    id: z.string().min(1),
    label: z.string().min(1),
    from: durationSchema.optional(),
    target: durationSchema,
    clock: z.enum(['business', 'calendar']).default('business'),
    severity: z.enum(SEVERITIES).optional().describe('Which tickets this tier is suggested for'),
    description: z.string().optional(),
    clause: clauseSchema.optional(),
  })
  .superRefine((tier, ctx) => {
    if (tier.clock !== 'calendar') return;
    for (const key of ['from', 'target'] as const) {
      if (tier[key]?.endsWith('bd')) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'a calendar clock cannot count business days (bd)' });
      }
    }
  });
export type Tier = z.infer<typeof tierSchema>;

export const slaSchema = z
  .object({
    commitment: z.enum(['guaranteed', 'indicative', 'none']),
    tiers: z.array(tierSchema).default([]),
    summary: localTextSchema.optional().describe('How the policy words its promise, shown where no deadline exists'),
    clause: clauseSchema.optional(),
  })
  .superRefine((sla, ctx) => {
    const seen = new Map<string, number>();
    sla.tiers.forEach((tier, i) => {
      if (seen.has(tier.id)) {
        ctx.addIssue({ code: 'custom', path: ['tiers', i, 'id'], message: `duplicate tier id "${tier.id}"` });
      }
      seen.set(tier.id, i);
    });
  });
export type Sla = z.infer<typeof slaSchema>;

export const CHECKLIST_ITEMS = [
  'version',
  'domain',
  'steps',
  'expected',
  'attachments',
  'error-text',
  'customization',
  'access',
  'license',
  'doc-reference',
] as const;
export type ChecklistItemId = (typeof CHECKLIST_ITEMS)[number];

export const checklistItemSchema = z.object({
  id: z.enum(CHECKLIST_ITEMS),
  label: localTextSchema,
  /** `malfunction`: asked of bug reports only; `when-needed`: never reported missing. */
  required: z.enum(['always', 'malfunction', 'when-needed']).default('always'),
  clause: clauseSchema,
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

/**
 * A phrase is a run of words, each matched as the start of a word in the ticket, case-insensitive, ё = е
 * (so Russian endings vary freely: "продл" matches "продлите", "продление"). A word ending in `$` matches a
 * whole word only ("renew$" is not "renewed"). `*` stands for up to three words of anything; `|` separates
 * alternatives of the words between two `*` ("renew$|set$ up * ssl|certificate"). Punctuation inside a word
 * joins a run ("php-fpm" matches "php-fpm" and "php fpm"). A phrase never matches across a sentence end.
 */
export const phraseSchema = z.string().min(2);

export const TOPIC_REQUESTS = ['work', 'any', 'answers', 'work-or-answers', 'all'] as const;

export const scopeCategorySchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'lowercase id with dashes'),
  label: localTextSchema,
  clause: clauseSchema,
  phrases: z.array(phraseSchema).default([]),
  /** Phrases that, in the same message, make an otherwise matching ask in scope (a bug report that mentions the server). */
  unless: z.array(phraseSchema).default([]),
  /**
   * What the category's work is about ("ssl certificate", "хостинг", "css"): named in a sentence that asks the vendor
   * to do something ("could you…", "продлите, пожалуйста"), or just before such a sentence, it is an ask of this category.
   */
  topics: z.array(phraseSchema).default([]),
  /**
   * Which requests make a topic an ask: `work` (set up, renew, change — a plea to repair the product is a bug report),
   * `any` (also "please fix", for a category whose work is the repair itself, as fixing what a freelancer broke),
   * `answers` (questions only, for a category whose work is the answer itself, as teaching Laravel),
   * `work-or-answers` (work, or advice asked as a question, as marketing consulting) or `all` (anything, for a topic
   * that is out of scope whatever is asked of it, as software the product does not integrate with).
   */
  topicRequests: z.enum(TOPIC_REQUESTS).default('work'),
});
export type ScopeCategory = z.infer<typeof scopeCategorySchema>;

export const scopeSchema = z.object({
  inScope: z
    .array(
      z.object({
        text: localTextSchema,
        clause: clauseSchema,
        phrases: z.array(phraseSchema).default([]),
        /** The out-of-scope categories this item keeps in scope (the free installation: server work); empty means all. */
        covers: z.array(z.string()).default([]),
      }),
    )
    .default([]),
  outOfScope: z.array(scopeCategorySchema).default([]),
});

export const LINK_KINDS = ['cloud-storage', 'video-hosting', 'screenshot-service', 'other'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

const hostSchema = z
  .string()
  .regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/, 'a lowercase host name such as drive.google.com');

export const refusedLinksSchema = z.object({
  kind: z.enum(LINK_KINDS),
  label: z.string().min(1),
  /** A host refuses itself and every subdomain of itself. */
  hosts: z.array(hostSchema).min(1),
  clause: clauseSchema,
});

export const CHANNELS = ['ticket', 'email', 'telegram', 'chat', 'phone', 'skype', 'googletalk', 'forum', 'social'] as const;
export type Channel = (typeof CHANNELS)[number];

export const channelsSchema = z.object({
  official: z.array(z.enum(CHANNELS)).default([]),
  refused: z.array(z.enum(CHANNELS)).default([]),
  clause: clauseSchema.optional(),
});

const signalBase = { clause: clauseSchema, advice: localTextSchema.optional() };

export const signalRuleSchema = z.discriminatedUnion('id', [
  z.object({ id: z.literal('fair-use'), ...signalBase }),
  z.object({ id: z.literal('multiple-issues'), ...signalBase }),
  z.object({ id: z.literal('credentials'), ...signalBase }),
  z.object({ id: z.literal('channel'), ...signalBase }),
  z.object({
    id: z.literal('attachment-format'),
    ...signalBase,
    allowed: z.array(z.string().regex(/^[a-z0-9]+$/)).default([]),
    mustArchive: z.array(z.string().regex(/^[a-z0-9]+$/)).min(1),
  }),
  z.object({ id: z.literal('doc-reference'), ...signalBase }),
  z.object({ id: z.literal('urgent-recovery'), ...signalBase }),
  z.object({ id: z.literal('customized-product'), ...signalBase }),
]);
export type SignalRule = z.infer<typeof signalRuleSchema>;
export type SignalId = SignalRule['id'];

export const TEMPLATE_IDS = ['request-missing', 'decline-out-of-scope'] as const;

/** Reply templates: `{items}` (a bulleted list), `{clauses}`, `{customer}`, `{policy}` are filled in. */
export const templateSchema = z.object({
  id: z.enum(TEMPLATE_IDS),
  text: localTextSchema,
});

/** A list the policy text names but may leave empty, kept for the admin to fill (Bitrix24 3.x, 4.2). */
export const sectionSchema = z.object({
  ref: z.string().min(1),
  title: z.string().min(1),
  kind: z.enum(['scope', 'intake', 'channels', 'other']),
  inScope: z.array(localTextSchema).default([]),
  outOfScope: z.array(localTextSchema).default([]),
});

export const policySchema = z.object({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes'),
  name: z.string().min(1),
  source: z
    .object({ title: z.string(), version: z.string().optional(), file: z.string().optional() })
    .optional(),
  schedule: scheduleSchema,
  sla: slaSchema,
  channels: channelsSchema.default({ official: [], refused: [] }),
  checklist: z.array(checklistItemSchema).default([]),
  scope: scopeSchema.default({ inScope: [], outOfScope: [] }),
  links: z.array(refusedLinksSchema).default([]),
  signals: z.array(signalRuleSchema).default([]),
  templates: z.array(templateSchema).default([]),
  sections: z.array(sectionSchema).default([]),
}).superRefine((policy, ctx) => {
  const unique = <T>(list: T[], key: (t: T) => string, path: string, what: string) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      const k = key(item);
      if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [path, i, 'id'], message: `duplicate ${what} "${k}"` });
      seen.add(k);
    });
  };
  unique(policy.checklist, (c) => c.id, 'checklist', 'checklist item');
  unique(policy.signals, (s) => s.id, 'signals', 'signal');
  unique(policy.templates, (t) => t.id, 'templates', 'template');
  policy.scope.outOfScope.forEach((c, i) => {
    if (policy.scope.outOfScope.findIndex((o) => o.id === c.id) !== i) {
      ctx.addIssue({ code: 'custom', path: ['scope', 'outOfScope', i, 'id'], message: `duplicate scope category "${c.id}"` });
    }
  });
});

export type Policy = z.infer<typeof policySchema>;
export type PolicyInput = z.input<typeof policySchema>;

export function parseDuration(s: string): { amount: number; unit: 'm' | 'h' | 'd' | 'bd' } {
  const m = DURATION.exec(s);
  if (!m) throw new Error(`not a duration: ${s}`);
  return { amount: Number(m[1]), unit: m[2] as 'm' | 'h' | 'd' | 'bd' };
}
