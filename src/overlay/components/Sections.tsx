import type { ReactNode } from 'react';
import { orderedLinks } from '../view-model';
import { Evidence } from './Evidence';
import type { SectionProps } from './types';

function Section({ id, title, count, children, extra }: { id: string; title: string; count?: string; children: ReactNode; extra?: Record<string, string> }) {
  const headingId = `tl-${id}-heading`;
  return (
    <section className="section" data-section={id} aria-labelledby={headingId} {...extra}>
      <h2 id={headingId}>
        {title}
        {count ? <span className="count">{count}</span> : null}
      </h2>
      {children}
    </section>
  );
}

/** Checklist items whose evidence is a credential: shown in the ticket on request, never quoted here. */
const SECRET_ITEMS = new Set(['access']);

export function Checklist({ t, findings, actions }: SectionProps) {
  const missing = findings.checklist.filter((c) => c.status === 'missing').length;
  const statusText = { present: t.present, missing: t.missing, 'not-applicable': t.notApplicable };
  return (
    <Section id="checklist" title={t.checklist} count={missing ? `${missing} ${t.missing}` : undefined}>
      <ul className="list">
        {findings.checklist.map((item) => (
          <li key={item.id} data-item={item.id} data-status={item.status} className={`item status-${item.status}`}>
            <span className="mark" aria-hidden="true">
              {item.status === 'present' ? '✓' : item.status === 'missing' ? '✕' : '–'}
            </span>
            <span className="item-body">
              <span className="item-label">{t.items[item.id] ?? item.label ?? item.id}</span>
              <span className="sr-only">: {statusText[item.status]}</span>
              {item.evidence ? <Evidence text={item.evidence} t={t} show={actions.onEvidence} secret={SECRET_ITEMS.has(item.id)} /> : null}
            </span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function Scope({ t, findings, actions }: SectionProps) {
  const { outOfScope, flags } = findings.scope;
  return (
    <Section id="scope" title={t.scope} extra={{ 'data-out-of-scope': String(outOfScope) }}>
      <p className={outOfScope ? 'verdict verdict-bad' : 'verdict verdict-good'}>{outOfScope ? t.outOfScope : t.inScope}</p>
      {flags.length ? (
        <ul className="list">
          {flags.map((flag, i) => (
            <li key={`${flag.category}-${i}`} data-category={flag.category} className="flag">
              <span className="item-label">{flag.label ?? flag.category}</span>
              <span className="clause">
                {flag.clause}
                {flag.quote ? <q>{flag.quote}</q> : null}
              </span>
              <Evidence text={flag.evidence} t={t} show={actions.onEvidence} />
            </li>
          ))}
        </ul>
      ) : null}
    </Section>
  );
}

export function Links({ t, findings, actions }: SectionProps) {
  const refused = findings.links.filter((l) => l.verdict === 'not-opened').length;
  return (
    <Section id="links" title={t.links} count={refused ? `${refused} ${t.notOpened}` : undefined}>
      {findings.links.length === 0 ? <p className="quiet">{t.noLinks}</p> : null}
      <ul className="list">
        {orderedLinks(findings.links).map((link, i) => (
          <li key={`${link.url}-${i}`} data-url={link.url} data-verdict={link.verdict} className={`link verdict-${link.verdict}`}>
            <span className={link.verdict === 'ok' ? 'chip chip-ok' : 'chip chip-bad'}>{link.verdict === 'ok' ? t.linkOk : t.notOpened}</span>
            <button type="button" className="link-url" title={t.showInPage} onClick={() => actions.onEvidence(link.url)}>
              {link.host ?? link.url}
            </button>
            {link.clause ? <span className="clause">{link.clause.ref}</span> : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function Signals({ t, findings, actions }: SectionProps) {
  return (
    <Section id="signals" title={t.signals}>
      {findings.signals.length === 0 ? <p className="quiet">{t.noSignals}</p> : null}
      <ul className="list">
        {findings.signals.map((signal, i) => (
          <li key={`${signal.id}-${i}`} data-signal={signal.id} className="signal">
            <span className="item-label">{t.signalNames[signal.id] ?? signal.id}</span>
            {signal.advice ? <span className="advice">{signal.advice}</span> : null}
            {signal.clause ? <span className="clause">{signal.clause.ref}</span> : null}
            {signal.evidence ? <Evidence text={signal.evidence} t={t} show={actions.onEvidence} /> : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}
