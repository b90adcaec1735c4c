import { useMemo, useState } from 'react';
import { parseJsonText } from '../../src/policy/json-text';
import { validatePolicy, type PolicyProblem } from '../../src/policy/load';
import { saveOwnPolicy } from '../../src/settings/store';
import { DraftContext } from '../../src/ui/fields';
import { t } from '../../src/ui/i18n';
import { PolicyForm } from './policy-form';

const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Edits one policy in a form or as raw JSON; both are validated live by the policy schema.
 * Save stays disabled while any problem remains, so an invalid policy is never written and the
 * stored one stays in force until a valid one replaces it.
 */
export function PolicyEditor(props: {
  initial: unknown;
  /** The stored policy this draft replaces (undefined: a new policy). */
  originalId?: string;
  readOnly: boolean;
  onClose: () => void;
}) {
  const [value, setValue] = useState<unknown>(props.initial);
  const [text, setText] = useState(() => pretty(props.initial));
  const [syntax, setSyntax] = useState<PolicyProblem | null>(null);
  const [view, setView] = useState<'form' | 'json'>('form');
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const [originalId, setOriginalId] = useState(props.originalId);

  const validation = useMemo(() => validatePolicy(value), [value]);
  const problems = syntax ? [syntax] : validation.ok ? [] : validation.problems;

  const fromForm = (next: unknown) => {
    setValue(next);
    setText(pretty(next));
    setSyntax(null);
    setStatus(null);
  };
  const fromJson = (next: string) => {
    setText(next);
    setStatus(null);
    const parsed = parseJsonText(next);
    if (parsed.ok) {
      setValue(parsed.value);
      setSyntax(null);
    } else {
      setSyntax({ where: `line ${parsed.line}, column ${parsed.column}`, message: parsed.message });
    }
  };
  const save = async () => {
    try {
      const saved = await saveOwnPolicy(value, originalId);
      setOriginalId(saved.id);
      setStatus({ kind: 'saved', text: t('editorSaved', saved.id) });
    } catch (error) {
      setStatus({ kind: 'error', text: (error as Error).message });
    }
  };

  return (
    <section className="editor" aria-label={t('editorTitle')} data-testid="policy-editor">
      <div className="editor-bar">
        <div role="tablist">
          <button role="tab" aria-selected={view === 'form'} onClick={() => setView('form')}>
            {t('editorForm')}
          </button>
          <button role="tab" aria-selected={view === 'json'} onClick={() => setView('json')}>
            {t('editorJson')}
          </button>
        </div>
        {!props.readOnly && (
          <button className="primary" data-testid="save-policy" disabled={problems.length > 0} onClick={save}>
            {t('editorSave')}
          </button>
        )}
        <button onClick={props.onClose}>{t('editorClose')}</button>
      </div>
      {props.readOnly && <p className="hint">{t('editorReadOnly')}</p>}
      {status && (
        <p className={status.kind} role="status" data-testid="editor-status">
          {status.text}
        </p>
      )}
      <ProblemList problems={problems} />
      {view === 'json' ? (
        <textarea
          className="json"
          aria-label={t('editorJson')}
          data-testid="policy-json"
          spellCheck={false}
          readOnly={props.readOnly}
          value={text}
          onChange={(e) => fromJson(e.target.value)}
        />
      ) : (
        <DraftContext.Provider value={{ value, problems, readOnly: props.readOnly, change: fromForm }}>
          <PolicyForm value={value} />
        </DraftContext.Provider>
      )}
    </section>
  );
}

export function ProblemList({ problems }: { problems: readonly PolicyProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="problem-list" role="alert" data-testid="problems">
      <p>{t('editorProblems', problems.length)}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <code>{p.where}</code> {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
