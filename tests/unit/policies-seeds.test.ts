import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledPolicy } from '../../src/policy/bundled';
import type { Clause, Policy } from '../../src/policy/schema';

const SEED_FILES: Record<string, string> = {
  iexexchanger: 'iexexchanger-support-policy.txt',
  ixxo: 'ixxo-support-policy.txt',
  bitrix24: 'bitrix24-support-policy.txt',
};

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
// The seeds sit beside the repository (as the shared samples do); a clone made elsewhere skips the quote check.
const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const seedText = (id: string) => squash(readFileSync(`${SEEDS}${SEED_FILES[id]}`, 'utf8'));

function policy(id: string): Policy {
  const p = bundledPolicy(id);
  if (!p) throw new Error(`no bundled policy ${id}`);
  return p;
}

/** Every clause a policy cites, with where it is cited. */
function clauses(p: Policy): [string, Clause][] {
  const out: [string, Clause][] = [];
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}[${i}]`));
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.ref === 'string' && typeof o.quote === 'string') out.push([path, o as unknown as Clause]);
      else for (const [k, v] of Object.entries(o)) visit(v, `${path}.${k}`);
    }
  };
  visit(p, '$');
  return out;
}

describe.each(Object.keys(SEED_FILES))('policy %s against its seed text', (id) => {
  it.skipIf(!existsSync(SEEDS))('quotes only words the seed says', () => {
    const seed = seedText(id);
    const cited = clauses(policy(id));
    expect(cited.length).toBeGreaterThan(5);
    for (const [path, clause] of cited) {
      // A quote may join two sentences of one clause with "…"-free concatenation; each sentence must stand in the seed.
      for (const sentence of clause.quote.split(/(?<=[.:])\s+(?=[A-Z0-9])/)) {
        expect(seed, `${path}: "${sentence}"`).toContain(squash(sentence));
      }
    }
  });

  it('cites a clause for every rule', () => {
    const p = policy(id);
    const rules = [...p.checklist, ...p.scope.outOfScope, ...p.scope.inScope, ...p.links, ...p.signals];
    for (const rule of rules) expect(rule.clause.ref.length).toBeGreaterThan(0);
  });
});

describe('concrete facts of the seeds', () => {
  it('iEXExchanger: Mon–Fri 10:00–18:00 Moscow, critical 1–6 h, partial 1 bd, consultation 1–3 bd', () => {
    const p = policy('iexexchanger');
    expect(p.schedule.timezone).toBe('Europe/Moscow');
    expect(p.schedule.week).toEqual({
      mon: ['10:00-18:00'], tue: ['10:00-18:00'], wed: ['10:00-18:00'], thu: ['10:00-18:00'], fri: ['10:00-18:00'],
      sat: [], sun: [],
    });
    expect(p.schedule.holidays).toEqual([]);
    expect(p.sla.commitment).toBe('guaranteed');
    expect(p.sla.tiers.map(({ id, from, target, clock }) => ({ id, from, target, clock }))).toEqual([
      { id: 'critical', from: '1h', target: '6h', clock: 'business' },
      { id: 'partial', from: undefined, target: '1bd', clock: 'business' },
      { id: 'consultation', from: '1bd', target: '3bd', clock: 'business' },
    ]);
    expect(p.channels.official).toEqual(['telegram', 'email']);
    expect(p.checklist.map((c) => c.id)).toEqual(
      expect.arrayContaining(['version', 'domain', 'steps', 'attachments', 'error-text', 'customization', 'access']),
    );
    expect(p.scope.outOfScope.map((c) => c.id)).toEqual(['server', 'source-code', 'tech-consulting', 'customization', 'third-party-changes']);
    const refused = p.links.flatMap((l) => l.hosts);
    expect(refused).toEqual(expect.arrayContaining(['drive.google.com', 'mega.nz', 'dropbox.com', 'youtube.com', 'vimeo.com', 'prnt.sc']));
    expect(p.signals.map((s) => s.id).sort()).toEqual(['customized-product', 'fair-use']);
  });

  it('IXXO: seven days a week, no response time promised, no intake checklist or link rule', () => {
    const p = policy('ixxo');
    expect(Object.values(p.schedule.week).every((day) => day.length > 0)).toBe(true);
    expect(p.sla.commitment).toBe('none');
    expect(p.sla.tiers).toEqual([]);
    expect(p.checklist).toEqual([]);
    expect(p.links).toEqual([]);
    expect(p.scope.outOfScope.map((c) => c.id)).toEqual([
      'hosting', 'domain-ssl', 'design-customization', 'javascript', 'ecommerce-consulting', 'third-party-software',
    ]);
    expect(p.channels.refused).toEqual(expect.arrayContaining(['forum', 'social']));
  });

  it('Bitrix24: 06:00–16:00 UTC on business days, an indicative range only, empty 3.x and 4.2 lists', () => {
    const p = policy('bitrix24');
    expect(p.schedule.timezone).toBe('UTC');
    expect(p.schedule.week.mon).toEqual(['06:00-16:00']);
    expect(p.schedule.week.fri).toEqual(['06:00-16:00']);
    expect(p.schedule.week.sat).toEqual([]);
    expect(p.schedule.week.sun).toEqual([]);
    expect(p.schedule.holidays).toEqual([]);
    expect(p.sla.commitment).toBe('indicative');
    expect(p.links).toEqual([]);
    expect(p.scope.outOfScope.map((c) => c.id)).toEqual(['hosting', 'third-party-software', 'partner-project', 'web-development']);
    expect(p.signals.map((s) => s.id).sort()).toEqual(
      ['attachment-format', 'channel', 'credentials', 'doc-reference', 'multiple-issues', 'urgent-recovery'],
    );
    const attachment = p.signals.find((s) => s.id === 'attachment-format');
    expect(attachment && 'mustArchive' in attachment && attachment.mustArchive).toEqual(['bmp']);
    const sections = p.sections.filter((s) => ['3.1', '3.2', '3.3', '4.2'].includes(s.ref));
    expect(sections).toHaveLength(4);
    for (const s of sections) expect([...s.inScope, ...s.outOfScope]).toEqual([]);
  });
});
