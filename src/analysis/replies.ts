import type { Policy } from '../policy/schema';
import type { Findings } from '../ticket/schema';

type Language = 'en' | 'ru';
type Replies = NonNullable<Findings['replies']>;

const GENERIC_AUTHORS = /^(?:customer|client|user|guest|unknown|клиент|пользователь|гость|покупатель)$/iu;

/** ", Name" for the greeting, or nothing when the first customer has no usable name. */
function customerName(findings: Omit<Findings, 'replies'>): string {
  const author = findings.ticket.messages.find((m) => m.role === 'customer')?.author.trim() ?? '';
  if (!author || author.includes('@') || GENERIC_AUTHORS.test(author) || author.length > 60) return '';
  return `, ${author}`;
}

const bullets = (lines: readonly string[]) => lines.map((line) => `- ${line}`).join('\n');
const unique = (lines: readonly string[]) => [...new Set(lines)];

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(items|customer|clauses|policy)\}/g, (_, key: string) => values[key] ?? '');
}

/** What to ask instead of a link the policy refuses: the material itself, in the ticket. */
const INSTEAD_OF_LINK: Record<Language, (host: string) => string> = {
  en: (host) => `The material you linked on ${host}, attached to this ticket itself (we do not open such links)`,
  ru: (host) => `Материалы по ссылке на ${host} — вложением прямо в это обращение (такие ссылки мы не открываем)`,
};

/**
 * Reply drafts from the policy's templates, in the ticket's language: one asking for exactly the missing
 * checklist items (and for what sits behind a refused link), one declining the out-of-scope parts with their
 * clauses. No draft where there is nothing to say.
 */
export function draftReplies(policy: Policy, findings: Omit<Findings, 'replies'>, language: Language): Replies {
  const replies: Replies = [];
  const base = { customer: customerName(findings), policy: policy.name };
  const draft = (id: string, items: string[], clauses: string[]) => {
    const template = policy.templates.find((t) => t.id === id);
    if (!template || items.length === 0) return;
    const text = fill(template.text[language] ?? template.text.en, { ...base, items: bullets(items), clauses: bullets(unique(clauses)) });
    replies.push({ id, language, text });
  };

  const missing = findings.checklist.flatMap((finding) => {
    const item = policy.checklist.find((c) => c.id === finding.id);
    return finding.status === 'missing' && item ? [item] : [];
  });
  const refused = findings.links.filter((link) => link.verdict === 'not-opened');
  const refusedHosts = unique(refused.map((link) => link.host ?? link.url));
  draft(
    'request-missing',
    [...missing.map((item) => item.label[language] ?? item.label.en), ...refusedHosts.map(INSTEAD_OF_LINK[language])],
    [
      ...missing.map((item) => `${item.clause.ref}: ${item.clause.quote}`),
      ...refused.flatMap((link) => (link.clause ? [`${link.clause.ref}: ${link.clause.quote}`] : [])),
    ],
  );

  const flagged = findings.scope.flags.flatMap((flag) => {
    const category = policy.scope.outOfScope.find((c) => c.id === flag.category);
    return category ? [category] : [];
  });
  draft(
    'decline-out-of-scope',
    unique(flagged.map((c) => `${c.label[language] ?? c.label.en} (${c.clause.ref}: “${c.clause.quote}”)`)),
    flagged.map((c) => `${c.clause.ref}: ${c.clause.quote}`),
  );
  return replies;
}
