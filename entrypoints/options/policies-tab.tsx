import { useState } from 'react';
import type { PolicyEntry } from '../../src/messaging/protocol';
import { loadPolicyText, type PolicyProblem } from '../../src/policy/load';
import { freeCopyId } from '../../src/settings/catalog';
import { deleteOwnPolicy, type EffectiveSettings } from '../../src/settings/store';
import { downloadText } from '../../src/ui/download';
import { t } from '../../src/ui/i18n';
import { LockedMark } from '../../src/ui/locked-mark';
import { PolicyEditor, ProblemList } from './policy-editor';

/** Policy files are a few kilobytes; anything this big is not one and is refused unread. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

/** A new policy starts with the agent's time zone, office hours and no promise, for the admin to fill in. */
function blankPolicy() {
  const day = ['09:00-18:00'];
  return {
    id: 'new-policy',
    name: t('policiesNewName'),
    schedule: {
      timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      week: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [] },
      holidays: [],
    },
    sla: { commitment: 'none', tiers: [] },
  };
}

type Editing = { initial: unknown; originalId?: string; readOnly: boolean; key: number };

export function PoliciesTab({ settings }: { settings: EffectiveSettings }) {
  const [editing, setEditing] = useState<Editing | null>(null);
  const [importError, setImportError] = useState<{ message: string; problems: PolicyProblem[] } | null>(null);
  const open = (initial: unknown, readOnly: boolean, originalId?: string) =>
    setEditing({ initial, readOnly, originalId, key: Date.now() });

  const duplicate = (entry: PolicyEntry) =>
    open({ ...entry.policy, id: freeCopyId(settings.catalog, entry.policy.id), name: t('policyCopyName', entry.policy.name) }, false);

  const importFile = async (file: File | undefined) => {
    setImportError(null);
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setImportError({ message: t('importTooBig', file.name, (file.size / 1024 / 1024).toFixed(1)), problems: [] });
      return;
    }
    const result = loadPolicyText(await file.text());
    if (!result.ok) {
      setImportError({ message: t('importInvalid', file.name), problems: result.problems });
      return;
    }
    const existing = settings.catalog.find((e) => e.policy.id === result.policy.id);
    open(result.policy, false, existing?.source === 'own' ? existing.policy.id : undefined);
  };

  return (
    <div>
      <h2>{t('policiesTitle')}</h2>
      <table className="policies">
        <thead>
          <tr>
            <th>{t('policiesName')}</th>
            <th>{t('policiesId')}</th>
            <th>{t('policiesSource')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {settings.catalog.map((entry) => (
            <tr key={entry.policy.id} data-policy={entry.policy.id} data-source={entry.source} data-locked={String(entry.locked)}>
              <td>{entry.policy.name}</td>
              <td>
                <code>{entry.policy.id}</code>
              </td>
              <td>
                {t(`source_${entry.source}`)} {entry.locked && <LockedMark />}
              </td>
              <td className="actions">
                {entry.locked ? (
                  <button onClick={() => open(entry.policy, true)}>{t('policiesView')}</button>
                ) : (
                  <button onClick={() => open(entry.policy, false, entry.policy.id)}>{t('policiesEdit')}</button>
                )}
                <button onClick={() => duplicate(entry)}>{t('policiesDuplicate')}</button>
                <button onClick={() => downloadText(`${entry.policy.id}.json`, `${JSON.stringify(entry.policy, null, 2)}\n`)}>
                  {t('policiesExport')}
                </button>
                {!entry.locked && (
                  <button
                    onClick={() => {
                      if (confirm(t('policiesDeleteConfirm', entry.policy.name))) void deleteOwnPolicy(entry.policy.id);
                    }}
                  >
                    {t('policiesDelete')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <button onClick={() => open(blankPolicy(), false)}>{t('policiesNew')}</button>
      </p>
      <p className="import">
        <label>
          {t('policiesImport')}{' '}
          <input
            type="file"
            accept=".json,application/json"
            data-testid="import-policy"
            onChange={(e) => {
              void importFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
      </p>
      {importError && (
        <div className="error" role="alert" data-testid="import-error">
          <p>{importError.message}</p>
          <ProblemList problems={importError.problems} />
        </div>
      )}
      {editing && (
        <PolicyEditor
          key={editing.key}
          initial={editing.initial}
          originalId={editing.originalId}
          readOnly={editing.readOnly}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
