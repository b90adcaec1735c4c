import type { Findings } from '../../../src/ticket/schema';

/** Findings as the analysis answers them for a typical iexexchanger ticket, for the overlay's unit tests. */
export const FINDINGS: Findings = {
  policy: 'iexexchanger',
  language: 'en',
  checklist: [
    { id: 'version', status: 'present', evidence: '2.4.1', at: { message: 0, start: 30, end: 35 } },
    { id: 'steps', status: 'missing' },
    { id: 'doc-reference', status: 'not-applicable' },
  ],
  scope: {
    outOfScope: true,
    flags: [{ category: 'server', clause: 'Server work is separate', evidence: 'renew the SSL certificate' }],
  },
  links: [
    { url: 'https://example.org/docs', kind: 'other', verdict: 'ok' },
    { url: 'https://drive.google.com/file/d/1', host: 'drive.google.com', kind: 'cloud-storage', verdict: 'not-opened' },
  ],
  signals: [{ id: 'credentials', evidence: 'password: ****' }],
  tier: { suggested: 'partial' },
  replies: [
    { id: 'request-missing', language: 'en', text: 'Please send the <b>steps</b> to reproduce.' },
    { id: 'request-missing', language: 'ru', text: 'Пришлите шаги воспроизведения.' },
  ],
  ticket: {
    subject: 'Rates <img src=x onerror=alert(1)> not updating',
    messages: [{ author: 'Ivan', role: 'customer', at: '2026-11-20T09:15:00Z', text: 'Rates stopped updating after 2.4.1' }],
  },
};
