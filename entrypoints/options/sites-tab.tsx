import { useEffect, useState } from 'react';
import { addSelfHostedOrigin, listSelfHostedOrigins, removeSelfHostedOrigin, type SelfHostedOrigin } from '../../src/background/self-hosted';
import { syncSettingsSchema, type SyncSettings } from '../../src/settings/schema';
import { originPattern, patternProblem, type SiteMapping } from '../../src/settings/site-mapping';
import { saveSyncSettings, type EffectiveSettings } from '../../src/settings/store';
import { ADAPTERS } from '../../src/sites';
import { t } from '../../src/ui/i18n';
import { LockedMark } from '../../src/ui/locked-mark';

/** Which policy applies where, which adapter reads which site, self-hosted helpdesks, reminders. */
export function SitesTab({ settings }: { settings: EffectiveSettings }) {
  const [draft, setDraft] = useState<SyncSettings>(settings.sync);
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  useEffect(() => setDraft(settings.sync), [settings.sync]);

  const policies = settings.catalog.map((e) => ({ value: e.policy.id, label: `${e.policy.name} (${e.policy.id})` }));
  const problems = draft.siteMappings.map((m) => patternProblem(m.pattern));
  const setMapping = (i: number, next: Partial<SiteMapping>) =>
    setDraft({ ...draft, siteMappings: draft.siteMappings.map((m, k) => (k === i ? { ...m, ...next } : m)) });

  const save = async () => {
    const parsed = syncSettingsSchema.safeParse(draft);
    if (!parsed.success) {
      setStatus({ kind: 'error', text: parsed.error.issues.map((i) => i.message).join('; ') });
      return;
    }
    try {
      await saveSyncSettings(parsed.data);
      setStatus({ kind: 'saved', text: t('sitesSaved') });
    } catch (error) {
      setStatus({ kind: 'error', text: (error as Error).message });
    }
  };

  return (
    <div>
      <h2>{t('sitesTitle')}</h2>
      <div className="field">
        <label htmlFor="default-policy">{t('sitesDefaultPolicy')}</label>
        <select
          id="default-policy"
          value={settings.managed.defaultPolicyId ?? draft.defaultPolicyId}
          disabled={settings.managed.defaultPolicyId !== undefined}
          onChange={(e) => setDraft({ ...draft, defaultPolicyId: e.target.value })}
        >
          {policies.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
        {settings.managed.defaultPolicyId !== undefined && <LockedMark />}
      </div>

      <table className="mappings">
        <thead>
          <tr>
            <th>{t('sitesPattern')}</th>
            <th>{t('sitesPolicy')}</th>
            <th>{t('sitesAdapter')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {settings.managed.siteMappings.map((m) => (
            <tr key={`managed:${m.pattern}`} data-locked="true" data-pattern={m.pattern}>
              <td>
                <code>{m.pattern}</code>
              </td>
              <td>{m.policyId}</td>
              <td>{m.adapterId ?? t('sitesAdapterAuto')}</td>
              <td>
                {t('source_managed')} <LockedMark />
              </td>
            </tr>
          ))}
          {draft.siteMappings.map((m, i) => (
            <tr key={i} data-pattern={m.pattern}>
              <td>
                <input
                  aria-label={t('sitesPattern')}
                  aria-invalid={problems[i] !== null}
                  placeholder="https://support.example.com/*"
                  value={m.pattern}
                  onChange={(e) => setMapping(i, { pattern: e.target.value.trim() })}
                />
                {problems[i] && (
                  <p className="error" role="alert">
                    {problems[i]}
                  </p>
                )}
              </td>
              <td>
                <select aria-label={t('sitesPolicy')} value={m.policyId} onChange={(e) => setMapping(i, { policyId: e.target.value })}>
                  {policies.map((p) => (
                    <option key={p.value} value={p.value}>
                      {p.label}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <select
                  aria-label={t('sitesAdapter')}
                  value={m.adapterId ?? ''}
                  onChange={(e) => setMapping(i, { adapterId: e.target.value || undefined })}
                >
                  <option value="">{t('sitesAdapterAuto')}</option>
                  {ADAPTERS.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.name}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <button onClick={() => setDraft({ ...draft, siteMappings: draft.siteMappings.filter((_, k) => k !== i) })}>
                  {t('fieldRemove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        onClick={() =>
          setDraft({ ...draft, siteMappings: [...draft.siteMappings, { pattern: '', policyId: settings.defaultPolicyId }] })
        }
      >
        {t('sitesAddMapping')}
      </button>

      <h3>{t('remindersTitle')}</h3>
      <NumberField
        id="reminder-minutes"
        label={t('remindersMinutes')}
        value={settings.managed.reminderMinutes ?? draft.reminderMinutes}
        locked={settings.managed.reminderMinutes !== undefined}
        onChange={(reminderMinutes) => setDraft({ ...draft, reminderMinutes })}
      />
      <p>
        <button className="primary" data-testid="save-sites" disabled={problems.some((p) => p !== null)} onClick={save}>
          {t('sitesSave')}
        </button>
      </p>
      {status && (
        <p className={status.kind} role="status">
          {status.text}
        </p>
      )}
      <SelfHostedOrigins />
    </div>
  );
}

function NumberField(props: { id: string; label: string; value: number; locked: boolean; onChange: (n: number) => void }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="number"
        min={0}
        max={1440}
        value={props.value}
        disabled={props.locked}
        onChange={(e) => props.onChange(Math.max(0, Math.round(Number(e.target.value) || 0)))}
      />
      {props.locked && <LockedMark />}
    </div>
  );
}

function SelfHostedOrigins() {
  const [origins, setOrigins] = useState<SelfHostedOrigin[]>([]);
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const refresh = async () => setOrigins(await listSelfHostedOrigins());
  useEffect(() => {
    void refresh();
  }, []);

  // The permission request must run in the click's user gesture: nothing is awaited before it.
  const add = async () => {
    const parsed = originPattern(input);
    if ('error' in parsed) {
      setMessage({ kind: 'error', text: parsed.error });
      return;
    }
    try {
      const granted = await addSelfHostedOrigin(parsed.pattern);
      setMessage(granted ? { kind: 'saved', text: t('selfHostedAdded', parsed.pattern) } : { kind: 'error', text: t('selfHostedDeclined') });
      if (granted) setInput('');
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
    }
    await refresh();
  };

  return (
    <section>
      <h3>{t('selfHostedTitle')}</h3>
      <p className="hint">{t('selfHostedHint')}</p>
      <ul data-testid="self-hosted-origins">
        {origins.map((o) => (
          <li key={o.pattern}>
            <code>{o.pattern}</code> {!o.granted && <em>{t('selfHostedRevoked')}</em>}{' '}
            <button onClick={() => void removeSelfHostedOrigin(o.pattern).then(refresh)}>{t('fieldRemove')}</button>
          </li>
        ))}
      </ul>
      <input
        aria-label={t('selfHostedOrigin')}
        placeholder="https://helpdesk.example.com"
        value={input}
        onChange={(e) => setInput(e.target.value)}
      />
      <button onClick={() => void add()}>{t('selfHostedAdd')}</button>
      {message && (
        <p className={message.kind} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
