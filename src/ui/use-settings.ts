import { useEffect, useState } from 'react';
import { loadEffectiveSettings, watchSettings, type EffectiveSettings } from '../settings/store';

/** The effective settings, reloaded whenever sync, local or managed storage changes. */
export function useEffectiveSettings(): { settings: EffectiveSettings | null; reload: () => Promise<void> } {
  const [settings, setSettings] = useState<EffectiveSettings | null>(null);
  const reload = async () => setSettings(await loadEffectiveSettings());
  useEffect(() => {
    void reload();
    return watchSettings(() => void reload());
  }, []);
  return { settings, reload };
}
