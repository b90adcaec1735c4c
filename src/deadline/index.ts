import type { Policy } from '../policy/schema';

/** A pause while the ticket waits on the customer; no `end` means it is still going on. */
export interface PauseSpan {
  start: string;
  end?: string;
}

export interface DeadlineOptions {
  now?: string;
  pauses?: readonly PauseSpan[];
}

/** The CLI's `deadline` answer (product contract); instants are ISO-8601 in the policy timezone's offset. */
export interface DeadlineResult {
  policy: string;
  tier: string;
  commitment: 'guaranteed' | 'indicative' | 'none';
  received: string;
  clockStart: string;
  earliest: string | null;
  deadline: string | null;
  remainingMinutes?: number;
}

// Implemented by the deadline engine issue; the signature is what the CLI, worker and popup call.
export function deadlineFor(_policy: Policy, _tierId: string, _received: string, _options: DeadlineOptions = {}): DeadlineResult {
  throw new Error('deadline engine not implemented yet');
}
