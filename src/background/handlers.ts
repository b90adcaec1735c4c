import { analyseTicket } from '../analysis/index';
import { deadlineFor } from '../deadline/index';
import { requestSchema, type Reply, type ReplyValues, type Request } from '../messaging/protocol';
import { DEFAULT_POLICY_ID } from '../policy/bundled';
import { jsonPath } from '../policy/load';
import type { Policy } from '../policy/schema';
import { findPolicy } from '../settings/catalog';
import { pageConfigFor } from '../settings/site-mapping';
import { currentSettings, getTicketState, setTicketState, type EffectiveSettings } from '../settings/store';
import { forgetTab, reportTicket, tabTicket } from './active-tickets';

export interface MessageSender {
  tab?: { id?: number };
}

/** Validates one runtime message and answers it; never throws, a failure is `{ ok: false, error }`. */
export async function handleMessage(message: unknown, sender: MessageSender): Promise<Reply<unknown>> {
  const parsed = requestSchema.safeParse(message);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `bad request: ${issue ? `${jsonPath(issue.path)}: ${issue.message}` : 'invalid'}` };
  }
  try {
    return { ok: true, value: await answer(parsed.data, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function policyById(settings: EffectiveSettings, id: string): Policy {
  const policy = findPolicy(settings.catalog, id);
  if (!policy) throw new Error(`unknown policy "${id}"; known: ${settings.catalog.map((e) => e.policy.id).join(', ')}`);
  return policy;
}

function senderTab(sender: MessageSender): number {
  const id = sender.tab?.id;
  if (id === undefined) throw new Error('this request must come from a tab');
  return id;
}

async function answer(request: Request, sender: MessageSender): Promise<ReplyValues[Request['type']]> {
  switch (request.type) {
    case 'page-config': {
      const settings = await currentSettings();
      const config = pageConfigFor(
        request.url,
        { managed: settings.managed.siteMappings, own: settings.sync.siteMappings },
        settings.defaultPolicyId,
      );
      // A mapping to a policy that was since deleted falls back to a policy that exists.
      if (findPolicy(settings.catalog, config.policyId)) return config;
      const fallback = findPolicy(settings.catalog, settings.defaultPolicyId) ? settings.defaultPolicyId : DEFAULT_POLICY_ID;
      return { ...config, policyId: fallback };
    }
    case 'analyse':
      return analyseTicket(policyById(await currentSettings(), request.policyId), request.ticket);
    case 'deadline':
      return deadlineFor(policyById(await currentSettings(), request.policyId), request.tierId, request.received, {
        now: request.now,
        pauses: request.pauses,
      });
    case 'ticket-state/get':
      return getTicketState(request.key);
    case 'ticket-state/set':
      return setTicketState(request.key, request.state);
    case 'active-ticket': {
      const { type: _type, ...report } = request;
      return reportTicket(senderTab(sender), report);
    }
    case 'active-ticket/clear':
      await forgetTab(senderTab(sender));
      return null;
    case 'tab-ticket':
      return tabTicket(request.tabId);
    case 'list-policies':
      return (await currentSettings()).catalog;
  }
}
