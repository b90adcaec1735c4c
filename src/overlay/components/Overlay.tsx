import { type PointerEvent, useRef, useState } from 'react';
import type { Strings } from '../i18n';
import { clampPosition, keyboardMove, type PanelPosition } from '../position';
import { Deadline } from './Deadline';
import { Reply } from './Reply';
import { Checklist, Links, Scope, Signals } from './Sections';
import type { OverlayActions, OverlayContent } from './types';

export interface OverlayProps {
  t: Strings;
  content: OverlayContent;
  actions: OverlayActions;
  collapsed: boolean;
  position: PanelPosition | null;
}

/** The side panel: a header that drags (or moves with arrow keys), collapses to a badge, and closes. */
export function Overlay({ t, content, actions, collapsed: initiallyCollapsed, position: initialPosition }: OverlayProps) {
  const [collapsed, setCollapsed] = useState(initiallyCollapsed);
  const [position, setPosition] = useState(initialPosition);
  const panel = useRef<HTMLDivElement>(null);
  const drag = useRef<{ dx: number; dy: number } | null>(null);

  const place = (pos: PanelPosition) => {
    const rect = panel.current?.getBoundingClientRect();
    const view = panel.current?.ownerDocument.defaultView;
    const next = clampPosition(pos, { width: rect?.width ?? 340, height: rect?.height ?? 48 }, { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 });
    setPosition(next);
    return next;
  };
  const toggle = (next: boolean) => {
    setCollapsed(next);
    actions.onCollapsedChange(next);
  };
  const current = () => {
    const rect = panel.current?.getBoundingClientRect();
    return position ?? { x: rect?.left ?? 0, y: rect?.top ?? 0 };
  };
  const onPointerDown = (e: PointerEvent<HTMLElement>) => {
    if ((e.target as HTMLElement).closest('button:not(.grip)') || e.button !== 0) return;
    const start = current();
    drag.current = { dx: e.clientX - start.x, dy: e.clientY - start.y };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLElement>) => {
    if (drag.current) place({ x: e.clientX - drag.current.dx, y: e.clientY - drag.current.dy });
  };
  const onPointerUp = (e: PointerEvent<HTMLElement>) => {
    const grab = drag.current;
    if (!grab) return;
    drag.current = null;
    actions.onMove(place({ x: e.clientX - grab.dx, y: e.clientY - grab.dy }));
  };

  const style = position ? { left: `${position.x}px`, top: `${position.y}px`, right: 'auto' } : undefined;
  const ready = content.kind === 'ready' ? content : null;
  const missing = ready?.findings.checklist.filter((c) => c.status === 'missing').length ?? 0;
  const alarm = ready ? ready.findings.scope.outOfScope || ready.findings.links.some((l) => l.verdict === 'not-opened') : false;

  if (collapsed) {
    return (
      <div className="panel-host" style={style} ref={panel} data-collapsed="true">
        <button type="button" className={alarm ? 'badge badge-alarm' : 'badge'} aria-label={t.expand} title={t.expand} onClick={() => toggle(false)}>
          <span aria-hidden="true">TL</span>
          {missing ? <span className="badge-count">{missing}</span> : null}
        </button>
      </div>
    );
  }

  return (
    <div className="panel-host" style={style} ref={panel} data-collapsed="false">
      <div className="panel" role="complementary" aria-label={t.panel} style={position ? { maxHeight: `calc(100vh - ${position.y + 16}px)` } : undefined}>
        <header className="header" onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp}>
          <button
            type="button"
            className="grip"
            aria-label={t.move}
            title={t.move}
            onKeyDown={(e) => {
              const next = keyboardMove(current(), e.key, e.shiftKey);
              if (!next) return;
              e.preventDefault();
              actions.onMove(place(next));
            }}
          >
            ⠿
          </button>
          <h1 className="title">{t.title}</h1>
          <button type="button" className="icon" aria-label={t.collapse} title={t.collapse} onClick={() => toggle(true)}>
            –
          </button>
          <button type="button" className="icon" aria-label={t.close} title={t.close} onClick={actions.onClose}>
            ×
          </button>
        </header>
        <div className="body">
          {content.kind === 'loading' ? <p className="quiet">{t.loading}</p> : null}
          {content.kind === 'no-ticket' ? <p className="quiet" data-state="no-ticket">{t.noTicket}</p> : null}
          {content.kind === 'error' ? (
            <p className="error" role="alert">
              {t.error}: {content.message}
            </p>
          ) : null}
          {ready ? (
            <>
              {ready.fellBack ? <p className="note">{t.fellBack}: {ready.fellBack}</p> : null}
              <Deadline t={t} view={ready.deadline} actions={actions} />
              <Checklist t={t} findings={ready.findings} actions={actions} />
              <Scope t={t} findings={ready.findings} actions={actions} />
              <Links t={t} findings={ready.findings} actions={actions} />
              <Signals t={t} findings={ready.findings} actions={actions} />
              <Reply t={t} findings={ready.findings} actions={actions} canInsert={ready.canInsert} />
              {ready.findings.notes?.length ? (
                <ul className="notes" data-section="notes" aria-label={t.notes}>
                  {ready.findings.notes.map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                </ul>
              ) : null}
            </>
          ) : null}
        </div>
      </div>
    </div>
  );
}
