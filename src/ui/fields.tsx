import { createContext, useContext, useId, type ReactNode } from 'react';
import type { PolicyProblem } from '../policy/load';
import { jsonPath } from '../policy/load';
import { getAt, problemsAt, removeAt, setAt, type Path } from './draft';
import { t } from './i18n';

/** The value being edited, its problems, and how to change it; shared by every field of a form. */
export interface DraftEditing {
  value: unknown;
  problems: readonly PolicyProblem[];
  readOnly: boolean;
  change(next: unknown): void;
}

export const DraftContext = createContext<DraftEditing | null>(null);

function useDraft(): DraftEditing {
  const draft = useContext(DraftContext);
  if (!draft) throw new Error('form fields need a DraftContext');
  return draft;
}

function useField(path: Path) {
  const draft = useDraft();
  return {
    ...draft,
    current: getAt(draft.value, path),
    set: (next: unknown) => draft.change(setAt(draft.value, path, next)),
    fieldProblems: problemsAt(draft.problems, path),
  };
}

export function FieldProblems({ path }: { path: Path }) {
  const problems = problemsAt(useDraft().problems, path);
  if (problems.length === 0) return null;
  return (
    <ul className="problems" role="alert" data-path={jsonPath(path)}>
      {problems.map((p, i) => (
        <li key={i}>{p.message}</li>
      ))}
    </ul>
  );
}

interface FieldProps {
  path: Path;
  label: string;
  /** An empty optional field is left out of the policy instead of being an empty string. */
  optional?: boolean;
}

/** What a text input and a text area share: the value as text, an emptied optional field left out. */
function textInput(field: ReturnType<typeof useField>, optional?: boolean) {
  return {
    readOnly: field.readOnly,
    'aria-invalid': field.fieldProblems.length > 0,
    value: typeof field.current === 'string' ? field.current : '',
    onChange: (e: { target: { value: string } }) => field.set(optional && e.target.value === '' ? undefined : e.target.value),
  };
}

export function TextField({ path, label, optional, type = 'text', placeholder, list }: FieldProps & { type?: 'text' | 'date'; placeholder?: string; list?: string }) {
  const id = useId();
  const field = useField(path);
  return (
    <div className="field" data-path={jsonPath(path)}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        list={list}
        placeholder={placeholder}
        {...textInput(field, optional)}
      />
      <FieldProblems path={path} />
    </div>
  );
}

export function SelectField({ path, label, options, optional }: FieldProps & { options: readonly (string | { value: string; label: string })[] }) {
  const id = useId();
  const field = useField(path);
  const current = typeof field.current === 'string' ? field.current : '';
  const choices = options.map((o) => (typeof o === 'string' ? { value: o, label: o } : o));
  if (current && !choices.some((c) => c.value === current)) choices.unshift({ value: current, label: current });
  return (
    <div className="field" data-path={jsonPath(path)}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        disabled={field.readOnly}
        aria-invalid={field.fieldProblems.length > 0}
        value={current}
        onChange={(e) => field.set(optional && e.target.value === '' ? undefined : e.target.value)}
      >
        {(optional || !current) && <option value="">{optional ? t('fieldNone') : t('fieldChoose')}</option>}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      <FieldProblems path={path} />
    </div>
  );
}

/** A list of short strings, one per line (phrases, hosts, file extensions). */
export function LinesField({ path, label }: FieldProps) {
  const id = useId();
  const field = useField(path);
  const lines = Array.isArray(field.current) ? (field.current as unknown[]).map(String) : [];
  return (
    <div className="field" data-path={jsonPath(path)}>
      <label htmlFor={id}>
        {label} <small>{t('fieldOnePerLine')}</small>
      </label>
      <textarea
        id={id}
        rows={Math.min(8, Math.max(2, lines.length + 1))}
        readOnly={field.readOnly}
        value={lines.join('\n')}
        // Keep the line being typed (even empty, even with a trailing space); tidy up on leaving the field.
        onChange={(e) => field.set(e.target.value.split('\n').filter((l, i, all) => l.trim() !== '' || i === all.length - 1))}
        onBlur={() => field.set(lines.map((l) => l.trim()).filter((l) => l !== ''))}
      />
      <FieldProblems path={path} />
      {lines.map((_, i) => (
        <FieldProblems key={i} path={[...path, i]} />
      ))}
    </div>
  );
}

export function MultiCheckField({ path, label, options }: FieldProps & { options: readonly string[] }) {
  const field = useField(path);
  const chosen = Array.isArray(field.current) ? (field.current as string[]) : [];
  return (
    <fieldset className="field" data-path={jsonPath(path)}>
      <legend>{label}</legend>
      {options.map((option) => (
        <label key={option} className="check">
          <input
            type="checkbox"
            disabled={field.readOnly}
            checked={chosen.includes(option)}
            onChange={(e) => field.set(e.target.checked ? [...chosen, option] : chosen.filter((c) => c !== option))}
          />
          {option}
        </label>
      ))}
      <FieldProblems path={path} />
    </fieldset>
  );
}

/** English text required, Russian optional (policy text shown to agents). */
export function LocalTextField({ path, label, long }: FieldProps & { long?: boolean }) {
  const Field = long ? TextAreaField : TextField;
  return (
    <div className="local-text">
      <Field path={[...path, 'en']} label={`${label} (English)`} />
      <Field path={[...path, 'ru']} label={`${label} (русский)`} optional />
      <FieldProblems path={path} />
    </div>
  );
}

export function TextAreaField({ path, label, optional }: FieldProps) {
  const id = useId();
  const field = useField(path);
  return (
    <div className="field" data-path={jsonPath(path)}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={5}
        {...textInput(field, optional)}
      />
      <FieldProblems path={path} />
    </div>
  );
}

/** A part of the policy that may be left out: an "add" button while absent, a "remove" button once there. */
export function OptionalGroup({ path, make, addLabel, children }: { path: Path; make: () => unknown; addLabel: string; children: ReactNode }) {
  const field = useField(path);
  if (field.current === undefined) {
    return field.readOnly ? null : (
      <button type="button" onClick={() => field.set(make())}>
        {addLabel}
      </button>
    );
  }
  return (
    <>
      {children}
      {!field.readOnly && (
        <button type="button" onClick={() => field.set(undefined)}>
          {t('fieldRemovePart')}
        </button>
      )}
    </>
  );
}

export function ClauseField({ path, optional }: { path: Path; optional?: boolean }) {
  const fields = (
    <fieldset className="clause">
      <legend>{t('fieldClause')}</legend>
      <TextField path={[...path, 'ref']} label={t('fieldClauseRef')} />
      <TextField path={[...path, 'quote']} label={t('fieldClauseQuote')} />
      <FieldProblems path={path} />
    </fieldset>
  );
  if (!optional) return fields;
  return (
    <OptionalGroup path={path} make={() => ({ ref: '', quote: '' })} addLabel={t('fieldAddClause')}>
      {fields}
    </OptionalGroup>
  );
}

/** A list of items, each edited by `item`, with add and remove buttons. */
export function ListField({
  path,
  label,
  newItem,
  item,
  itemLabel,
}: {
  path: Path;
  label: string;
  newItem: () => unknown;
  item: (path: Path, index: number) => ReactNode;
  itemLabel?: (value: unknown, index: number) => string;
}) {
  const field = useField(path);
  const items = Array.isArray(field.current) ? (field.current as unknown[]) : [];
  return (
    <fieldset className="list" data-path={jsonPath(path)}>
      <legend>{label}</legend>
      <FieldProblems path={path} />
      {items.map((value, i) => (
        <div className="list-item" key={i}>
          <div className="list-item-head">
            <strong>{itemLabel?.(value, i) ?? `#${i + 1}`}</strong>
            {!field.readOnly && (
              <button type="button" aria-label={t('fieldRemove')} onClick={() => field.change(removeAt(field.value, [...path, i]))}>
                ✕
              </button>
            )}
          </div>
          {item([...path, i], i)}
          <FieldProblems path={[...path, i]} />
        </div>
      ))}
      {!field.readOnly && (
        <button type="button" onClick={() => field.set([...items, newItem()])}>
          {t('fieldAdd')}
        </button>
      )}
    </fieldset>
  );
}
