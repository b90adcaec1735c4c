import type { Strings } from '../i18n';
import { fromLocalInput, toLocalInput } from '../view-model';
import type { DeadlineView, OverlayActions } from './types';

export function Deadline({ t, view, actions }: { t: Strings; view: DeadlineView; actions: OverlayActions }) {
  const promised = view.commitment !== 'none' && view.tiers.length > 0;
  const display = view.display;
  const state = display && display.state !== 'no-deadline' ? display.state : undefined;
  const stateText = { 'on-track': t.onTrack, 'due-soon': t.dueSoon, breached: t.breached, paused: t.paused };
  return (
    <section
      className="section deadline"
      data-section="deadline"
      data-tier={promised ? (view.tierId ?? '') : ''}
      data-deadline={promised ? (view.deadline ?? '') : ''}
      data-state={state ?? ''}
      aria-labelledby="tl-deadline-heading"
    >
      <h2 id="tl-deadline-heading">{t.deadline}</h2>
      {!promised ? (
        <p className="quiet">{display?.text ?? t.noPromise}</p>
      ) : (
        <>
          {state && display ? (
            <div className={`countdown state-${state}`}>
              {/* Only the state is announced: a countdown read out every tick would be noise. */}
              <p className="state" role="status">
                {stateText[state]}
              </p>
              {display.parts.working ? <p className="remaining">{display.parts.working}</p> : null}
              {display.parts.due ? (
                <p className="due">
                  {display.parts.due}
                  {display.parts.agentTime ? ` (${display.parts.agentTime})` : ''}
                </p>
              ) : null}
              {display.parts.note && state !== 'paused' ? <p className="due">{display.parts.note}</p> : null}
            </div>
          ) : null}
          {view.error ? <p className="error">{view.error}</p> : null}
          <div className="fields">
            <label>
              <span>{t.tier}</span>
              <select value={view.tierId ?? ''} onChange={(e) => actions.onTier(e.currentTarget.value)}>
                {view.tiers.map((tier) => (
                  <option key={tier.id} value={tier.id}>
                    {tier.label}
                    {tier.id === view.suggested ? ` (${t.suggested})` : ''}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>{t.received}</span>
              <input
                type="datetime-local"
                value={view.received ? toLocalInput(view.received) : ''}
                onChange={(e) => {
                  const iso = fromLocalInput(e.currentTarget.value);
                  if (iso) actions.onReceived(iso);
                }}
              />
            </label>
          </div>
          <button type="button" className="button" aria-pressed={view.paused} onClick={actions.onTogglePause}>
            {view.paused ? t.resume : t.pause}
          </button>
        </>
      )}
    </section>
  );
}
