import { useState } from 'react';
import type { Strings } from '../i18n';

/** A quote from the ticket; activating it scrolls the page to the words and highlights them. */
export function Evidence({ text, t, show }: { text: string; t: Strings; show(text: string): boolean }) {
  const [missing, setMissing] = useState(false);
  return (
    <button
      type="button"
      className={missing ? 'evidence evidence-missing' : 'evidence'}
      title={missing ? t.notFoundInPage : t.showInPage}
      aria-label={`${t.showInPage}: ${text}`}
      onClick={() => setMissing(!show(text))}
    >
      “{text}”
    </button>
  );
}
