import type { Strings } from '../i18n';
import { deadlineStatus, fromLocalInput, toLocalInput } from '../view-model';
import type { DeadlineView, OverlayActions } from './types';

export function Deadline({ t, view, actions }: { t: Strings; view: DeadlineView; actions: OverlayActions }) {
  const promised = view.commitment !== 'none' && view.tiers.length > 0;
  const status = view.remainingMinutes === undefined ? undefined : deadlineStatus(view.remainingMinutes, view.paused);
  const statusText = { 'on-track': t.onTrack, 'due-soon': t.dueSoon, breached: t.breached, paused: t.paused };
  return (
    <section
      className="section deadline"
      data-section="deadline"
      data-tier={promised ? (view.tierId ?? '') : ''}
      data-deadline={promised ? (view.deadline ?? '') : ''}
      data-state={status ?? ''}
      aria-labelledby="tl-deadline-heading"
    >
      <h2 id="tl-deadline-heading">{t.deadline}</h2>
      {!promised ? (
        <p className="quiet">{view.summary ?? t.noPromise}</p>
      ) : (
        <>
          {status ? (
            <p className={`countdown state-${status}`} role="status">
              <span className="state">{statusText[status]}</span>
              {view.remainingText && status !== 'paused' ? (
                <span className="remaining">
                  {view.remainingMinutes !== undefined && view.remainingMinutes < 0 ? t.overdueBy : t.dueIn} {view.remainingText}
                </span>
              ) : null}
            </p>
          ) : null}
          {view.deadline ? (
            <p className="due">
              {t.dueAt}: <time dateTime={view.deadline}>{new Date(view.deadline).toLocaleString()}</time>
              {view.commitment === 'indicative' ? <span className="chip">{t.indicative}</span> : null}
            </p>
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
