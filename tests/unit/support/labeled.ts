import { readdirSync, readFileSync } from 'node:fs';

/** A labeled ticket in the shape of the shared samples: the ticket and what a careful reader expects of it. */
export interface LabeledCase {
  id: string;
  policy: string;
  ticket: unknown;
  expect: {
    checklist?: Record<string, string>;
    outOfScope?: boolean;
    categories?: string[];
    categoriesAlso?: string[];
    links?: string[];
    linksIgnore?: string[];
    signals?: string[];
    noSignals?: string[];
    tier?: string;
  };
}

export function readLabeled(path: string): LabeledCase[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as LabeledCase);
}

/** Every case of the `.jsonl` files in a folder. */
export function readLabeledFolder(dir: string): LabeledCase[] {
  return readdirSync(dir).filter((f) => f.endsWith('.jsonl')).flatMap((f) => readLabeled(`${dir}/${f}`));
}

/** A URL as the shared scorer compares it: trailing punctuation off, scheme optional. */
export const bareUrl = (url: string) => url.replace(/[.,;:!?)\]}>'"»…]+$/u, '').replace(/^https?:\/\//i, '');
