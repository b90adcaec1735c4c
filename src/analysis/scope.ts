import type { Policy } from '../policy/schema';
import type { ScopeFlag } from '../ticket/schema';
import type { Segment } from './evidence';
import { byKey, negated, phraseBook, Sentences, type PhraseMatch } from './phrases';
import { requestSentences } from './rules/requests';

const IN_SCOPE = 'in-scope';
const askKey = (id: string) => `ask:${id}`;
const unlessKey = (id: string) => `unless:${id}`;

function scopeBook(policy: Policy) {
  return phraseBook(policy.scope, function* () {
    yield [IN_SCOPE, policy.scope.inScope.flatMap((s) => s.phrases)] as const;
    for (const c of policy.scope.outOfScope) {
      yield [askKey(c.id), c.phrases] as const;
      yield [unlessKey(c.id), c.unless] as const;
    }
  });
}

const messagesOf = (matches: readonly PhraseMatch[]) => new Set(matches.map((m) => m.segment.message));

/**
 * A category fires on a phrase of its own (an ask for out-of-scope work, neither negated nor inside quoted error text) unless
 * the same sentence holds a phrase of an in-scope item ("the initial installation" — a later "reinstall" stays out of
 * scope) or one of its `unless` phrases (the context that makes it a bug report), or the same message holds such a
 * phrase while the ask is not put to the vendor as a request ("could you set up cron for us?" stands whatever the
 * message says around it).
 */
export function detectScope(policy: Policy, segments: Segment[]): { outOfScope: boolean; flags: ScopeFlag[] } {
  const found = byKey(scopeBook(policy).scan(segments));
  const inScope = new Sentences(found.get(IN_SCOPE));
  const requested = requestSentences(segments);
  const flags: ScopeFlag[] = [];
  for (const category of policy.scope.outOfScope) {
    const context = found.get(unlessKey(category.id)) ?? [];
    const cancelled = messagesOf(context);
    const cancelledHere = new Sentences(context);
    const ask = (found.get(askKey(category.id)) ?? []).find(
      (m) =>
        !m.quoted &&
        !negated(m) &&
        !inScope.has(m) &&
        !cancelledHere.has(m) &&
        (requested.has(m) || !cancelled.has(m.segment.message)),
    );
    if (!ask) continue;
    flags.push({
      category: category.id,
      label: category.label.en,
      clause: category.clause.ref,
      quote: category.clause.quote,
      evidence: ask.evidence.text,
      at: ask.evidence.at,
    });
  }
  return { outOfScope: flags.length > 0, flags };
}
