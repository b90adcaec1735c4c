import type { DeadlineDisplay } from '../../deadline/format';
import type { Findings } from '../../ticket/schema';
import type { Strings } from '../i18n';
import type { PanelPosition } from '../position';

export interface TierOption {
  id: string;
  label: string;
}

/** What the deadline section shows; the content script fills it from the worker's answers. */
export interface DeadlineView {
  commitment: 'guaranteed' | 'indicative' | 'none';
  tiers: TierOption[];
  tierId?: string;
  suggested: string | null;
  received?: string;
  paused: boolean;
  /** ISO instant, or null when the policy promises nothing. */
  deadline: string | null;
  /** The deadline in words, from the shared formatter; absent until the worker answered. */
  display?: DeadlineDisplay;
  error?: string;
}

export type OverlayContent =
  | { kind: 'loading' }
  | { kind: 'no-ticket' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; findings: Findings; deadline: DeadlineView; fellBack?: string; canInsert: boolean };

export interface OverlayActions {
  onTier(tierId: string): void;
  onReceived(iso: string): void;
  onTogglePause(): void;
  /** Shows the evidence in the page; false when it could not be found there. */
  onEvidence(text: string): boolean;
  onCopy(text: string): Promise<void>;
  onInsert(text: string): void;
  onClose(): void;
  onCollapsedChange(collapsed: boolean): void;
  onMove(position: PanelPosition): void;
}

export interface SectionProps {
  t: Strings;
  findings: Findings;
  actions: OverlayActions;
}
