import { useState } from 'react';
import type { Findings } from '../../ticket/schema';
import type { Strings } from '../i18n';
import { repliesToShow } from '../view-model';
import type { OverlayActions } from './types';

export function Reply({ t, findings, actions, canInsert }: { t: Strings; findings: Findings; actions: OverlayActions; canInsert: boolean }) {
  const [done, setDone] = useState<string | null>(null);
  const replies = repliesToShow(findings);
  return (
    <section className="section" data-section="reply" aria-labelledby="tl-reply-heading">
      <h2 id="tl-reply-heading">{t.reply}</h2>
      {replies.length === 0 ? <p className="quiet">{t.noReply}</p> : null}
      {replies.map((reply) => (
        <div key={`${reply.id}-${reply.language}`} className="reply" data-reply={reply.id} lang={reply.language}>
          <pre className="reply-text">{reply.text}</pre>
          <div className="row">
            <button
              type="button"
              className="button"
              onClick={() => void actions.onCopy(reply.text).then(() => setDone(`copy:${reply.id}`))}
            >
              {done === `copy:${reply.id}` ? t.copied : t.copy}
            </button>
            {canInsert ? (
              <button
                type="button"
                className="button"
                onClick={() => {
                  actions.onInsert(reply.text);
                  setDone(`insert:${reply.id}`);
                }}
              >
                {done === `insert:${reply.id}` ? t.inserted : t.insert}
              </button>
            ) : null}
          </div>
        </div>
      ))}
    </section>
  );
}
