import { t } from './i18n';

/** Marks a setting the organisation or the extension fixed: shown, never editable here. */
export function LockedMark() {
  return (
    <span className="locked" title={t('lockedHint')} data-locked-mark>
      {t('locked')}
    </span>
  );
}
