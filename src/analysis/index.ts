import type { Policy } from '../policy/schema';
import type { Findings, Ticket } from '../ticket/schema';

// Implemented by the ticket analysis issue; the signature is what the CLI and the worker call.
export function analyseTicket(policy: Policy, _ticket: Ticket): Findings {
  throw new Error(`analysis for ${policy.id} not implemented yet`);
}
