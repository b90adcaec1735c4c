import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { WEEKDAYS } from '../../src/policy/schema';

type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const messages = (lang: string): Messages => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
const en = messages('en');
const ru = messages('ru');

const PAGE_SOURCES = ['entrypoints/options', 'entrypoints/popup', 'src/ui', 'src/background'];
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );

/** Keys the pages build from values (`t(`day_${day}`)`) rather than spell out. */
const BUILT_KEYS = [
  ...WEEKDAYS.map((d) => `day_${d}`),
  ...['guaranteed', 'indicative', 'none'].map((c) => `commitment_${c}`),
  ...['bundled', 'own', 'managed'].map((s) => `source_${s}`),
  ...['policies', 'sites'].map((n) => `tab_${n}`),
  ...['on_track', 'due_soon', 'breached', 'paused', 'no_deadline'].map((s) => `state_${s}`),
];

it('has an English and a Russian message for every key the pages use', () => {
  const spelled = PAGE_SOURCES.flatMap(sourceFiles).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z_]+)'/g)].map((m) => m[1]!),
  );
  expect(spelled.length).toBeGreaterThan(100);
  for (const key of new Set([...spelled, ...BUILT_KEYS])) {
    expect(en[key]?.message, `en ${key}`).toBeTruthy();
    expect(ru[key]?.message, `ru ${key}`).toBeTruthy();
  }
});

it('gives the Russian messages the same placeholders as the English ones', () => {
  for (const [key, message] of Object.entries(en)) {
    expect(Object.keys(ru[key]?.placeholders ?? {}).sort(), key).toEqual(Object.keys(message.placeholders ?? {}).sort());
  }
});
