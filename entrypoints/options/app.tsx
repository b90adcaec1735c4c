import { useState } from 'react';
import { t } from '../../src/ui/i18n';
import { useEffectiveSettings } from '../../src/ui/use-settings';
import { PoliciesTab } from './policies-tab';
import { SitesTab } from './sites-tab';

const TABS = ['policies', 'sites'] as const;

export function OptionsApp() {
  const { settings } = useEffectiveSettings();
  const [tab, setTab] = useState<(typeof TABS)[number]>('policies');
  if (!settings) return <p>{t('loading')}</p>;
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      {settings.warnings.length > 0 && (
        <div className="warning" role="alert" data-testid="warnings">
          <p>{t('warningsTitle')}</p>
          <ul>
            {settings.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      <nav role="tablist">
        {TABS.map((name) => (
          <button key={name} role="tab" aria-selected={tab === name} data-tab={name} onClick={() => setTab(name)}>
            {t(`tab_${name}`)}
          </button>
        ))}
      </nav>
      {tab === 'policies' ? <PoliciesTab settings={settings} /> : <SitesTab settings={settings} />}
    </main>
  );
}
