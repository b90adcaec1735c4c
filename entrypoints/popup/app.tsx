import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { describeDeadline, describeNoCommitment, type DisplayLocale } from '../../src/deadline/format';
import type { DeadlineResult } from '../../src/deadline/index';
import { ask } from '../../src/messaging/client';
import type { ActiveTicket, PolicyEntry, TabMessage } from '../../src/messaging/protocol';
import { t, uiLocale } from '../../src/ui/i18n';
import { analysePage } from './analyse-page';

const AGENT_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
/** Day and time in the agent's locale ("Mon, 23 Nov, 15:30"); Intl refuses dateStyle with a zone name. */
const DATE_TIME: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' };
const LOCALE: DisplayLocale = uiLocale().toLowerCase().startsWith('ru') ? 'ru' : 'en';

/** `datetime-local` value for an instant, in the agent's zone. */
function localInputValue(ms: number): string {
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}

export function PopupApp() {
  return (
    <main className="popup">
      <h1>{t('extName')}</h1>
      <CurrentTab />
      <SlaLookup />
      <p>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          {t('popupSettings')}
        </a>
      </p>
    </main>
  );
}

/** The ticket the active tab shows (what its overlay reported), or "analyse this page". */
function CurrentTab() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [ticket, setTicket] = useState<ActiveTicket | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return;
      setTabId(tab.id);
      setTicket(await ask<ActiveTicket | null>({ type: 'tab-ticket', tabId: tab.id }).catch(() => null));
    })();
  }, []);
  if (tabId === null) return null;

  const showOverlay = async () => {
    try {
      await browser.tabs.sendMessage(tabId, { type: 'show-overlay' } satisfies TabMessage);
      window.close();
    } catch {
      setMessage(t('popupOverlayGone'));
    }
  };
  const analyse = async () => {
    setMessage(null);
    try {
      await analysePage(tabId);
      window.close();
    } catch (error) {
      setMessage(t('popupCannotAnalyse', (error as Error).message));
    }
  };

  return (
    <section data-testid="current-tab">
      {ticket ? (
        <div data-state={ticket.state}>
          <h2>{ticket.title}</h2>
          <p className={`state state-${ticket.state}`}>
            {t(`state_${ticket.state.replace('-', '_')}`)}
            {ticket.deadline && ` — ${new Date(ticket.deadline).toLocaleString(uiLocale(), DATE_TIME)}`}
          </p>
          <button className="primary" onClick={() => void showOverlay()}>
            {t('popupShowOverlay')}
          </button>
        </div>
      ) : (
        <button onClick={() => void analyse()} data-testid="analyse-page">
          {t('popupAnalysePage')}
        </button>
      )}
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
    </section>
  );
}

/** Quick SLA lookup: policy, tier and received time (now by default) give the deadline in words. */
function SlaLookup() {
  const [entries, setEntries] = useState<PolicyEntry[]>([]);
  const [policyId, setPolicyId] = useState('');
  const [tierId, setTierId] = useState('');
  const [received, setReceived] = useState(() => localInputValue(Date.now()));
  const [answer, setAnswer] = useState<{ result: DeadlineResult; now: string } | { error: string } | null>(null);

  useEffect(() => {
    void ask<PolicyEntry[]>({ type: 'list-policies' }).then((list) => {
      setEntries(list);
      setPolicyId(list[0]?.policy.id ?? '');
    });
  }, []);
  const policy = useMemo(() => entries.find((e) => e.policy.id === policyId)?.policy, [entries, policyId]);
  useEffect(() => setTierId(policy?.sla.tiers[0]?.id ?? ''), [policy]);

  useEffect(() => {
    if (!policy || !tierId || policy.sla.commitment === 'none') return setAnswer(null);
    const receivedMs = Date.parse(received);
    if (Number.isNaN(receivedMs)) return setAnswer({ error: t('popupBadReceived') });
    const now = new Date().toISOString();
    let current = true;
    ask<DeadlineResult>({ type: 'deadline', policyId: policy.id, tierId, received: new Date(receivedMs).toISOString(), now })
      .then((result) => current && setAnswer({ result, now }))
      .catch((error: Error) => current && setAnswer({ error: error.message }));
    return () => {
      current = false;
    };
  }, [policy, tierId, received]);

  return (
    <section aria-labelledby="lookup-title">
      <h2 id="lookup-title">{t('popupLookup')}</h2>
      <div className="field">
        <label htmlFor="lookup-policy">{t('sitesPolicy')}</label>
        <select id="lookup-policy" value={policyId} onChange={(e) => setPolicyId(e.target.value)}>
          {entries.map((e) => (
            <option key={e.policy.id} value={e.policy.id}>
              {e.policy.name}
            </option>
          ))}
        </select>
      </div>
      {policy && policy.sla.commitment !== 'none' && policy.sla.tiers.length > 0 && (
        <>
          <div className="field">
            <label htmlFor="lookup-tier">{t('popupTier')}</label>
            <select id="lookup-tier" value={tierId} onChange={(e) => setTierId(e.target.value)}>
              {policy.sla.tiers.map((tier) => (
                <option key={tier.id} value={tier.id}>
                  {tier.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="lookup-received">{t('popupReceived', AGENT_ZONE)}</label>
            <input id="lookup-received" type="datetime-local" value={received} onChange={(e) => setReceived(e.target.value)} />
          </div>
        </>
      )}
      {policy && <LookupResult policy={policy} answer={answer} />}
    </section>
  );
}

function LookupResult({ policy, answer }: { policy: PolicyEntry['policy']; answer: { result: DeadlineResult; now: string } | { error: string } | null }) {
  if (policy.sla.commitment === 'none' || policy.sla.tiers.length === 0) {
    return (
      <p data-testid="lookup-result" data-commitment="none">
        {describeNoCommitment(policy.sla.summary, LOCALE).text}
      </p>
    );
  }
  if (!answer) return null;
  if ('error' in answer) {
    return (
      <p className="error" role="alert">
        {answer.error}
      </p>
    );
  }
  const { result, now } = answer;
  const display = describeDeadline(result, { now, timeZone: AGENT_ZONE, locale: LOCALE, summary: policy.sla.summary });
  const when = (iso: string, zone: string) =>
    new Date(iso).toLocaleString(uiLocale(), { timeZone: zone, ...DATE_TIME, timeZoneName: 'short' });
  return (
    <div
      data-testid="lookup-result"
      data-commitment={result.commitment}
      data-state={display.state}
      data-received={result.received}
      data-now={now}
      data-clock-start={result.clockStart}
      data-earliest={result.earliest ?? ''}
      data-deadline={result.deadline ?? ''}
      data-remaining={result.remainingMinutes ?? ''}
    >
      <p className={`state state-${display.state}`}>{display.text}</p>
      {result.deadline && (
        <dl>
          <dt>{t('popupDeadlinePolicyZone', result.timezone)}</dt>
          <dd>{when(result.deadline, result.timezone)}</dd>
          <dt>{t('popupDeadlineYourZone')}</dt>
          <dd>{when(result.deadline, AGENT_ZONE)}</dd>
          {result.earliest && (
            <>
              <dt>{t('popupEarliest')}</dt>
              <dd>
                {when(result.earliest, result.timezone)} ({when(result.earliest, AGENT_ZONE)})
              </dd>
            </>
          )}
        </dl>
      )}
    </div>
  );
}
