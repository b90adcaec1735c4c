import { useState } from 'react';
import type { Strings } from '../i18n';

/**
 * A quote from the ticket; activating it scrolls the page to the words and highlights them.
 * A `secret` quote (access details: a login and its password) is never repeated in the panel: the
 * button only points at it in the ticket.
 */
export function Evidence({ text, t, show, secret = false }: { text: string; t: Strings; show(text: string): boolean; secret?: boolean }) {
  const [missing, setMissing] = useState(false);
  return (
    <button
      type="button"
      className={missing ? 'evidence evidence-missing' : 'evidence'}
      title={missing ? t.notFoundInPage : t.showInPage}
      aria-label={secret ? t.showInPage : `${t.showInPage}: ${text}`}
      onClick={() => setMissing(!show(text))}
    >
      {secret ? t.showInPage : `“${text}”`}
    </button>
  );
}
