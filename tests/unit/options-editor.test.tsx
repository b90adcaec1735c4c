// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { PolicyEditor } from '../../entrypoints/options/policy-editor';
import { bundledPolicy } from '../../src/policy/bundled';
import { loadOwnPolicies } from '../../src/settings/store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLElement;
const copy = { ...bundledPolicy('iexexchanger')!, id: 'mine', name: 'Mine' };

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

function render(readOnly = false) {
  act(() => root.render(<PolicyEditor initial={copy} readOnly={readOnly} onClose={() => {}} />));
}

/** Types into a controlled field the way a browser does (React listens to `input`). */
function type(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  act(() => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const field = (path: string) => host.querySelector<HTMLInputElement>(`[data-path="${path}"] input`)!;
const save = () => host.querySelector<HTMLButtonElement>('[data-testid="save-policy"]')!;

it('shows a schema problem at the field and by JSON path, and refuses to save until it is fixed', async () => {
  render();
  type(field('$.sla.tiers[0].target'), '6 hours');
  expect(host.querySelector('[data-path="$.sla.tiers[0].target"] .problems')?.textContent).toMatch(/positive number and a unit/);
  expect(host.querySelector('[data-testid="problems"]')?.textContent).toContain('$.sla.tiers[0].target');
  expect(save().disabled).toBe(true);

  type(field('$.sla.tiers[0].target'), '5h');
  expect(host.querySelector('[data-testid="problems"]')).toBeNull();
  expect(save().disabled).toBe(false);
  await act(async () => save().click());
  expect((await loadOwnPolicies()).policies[0]?.sla.tiers[0]?.target).toBe('5h');
});

it('keeps the form and the JSON view on the same draft', () => {
  render();
  type(field('$.name'), 'Renamed');
  act(() => host.querySelectorAll<HTMLButtonElement>('[role="tab"]')[1]!.click());
  const json = host.querySelector<HTMLTextAreaElement>('[data-testid="policy-json"]')!;
  expect(JSON.parse(json.value).name).toBe('Renamed');
  type(json, json.value.replace('"Renamed"', '"From JSON"'));
  act(() => host.querySelectorAll<HTMLButtonElement>('[role="tab"]')[0]!.click());
  expect(field('$.name').value).toBe('From JSON');
});

it('adds and removes intervals of a day', () => {
  render();
  const monday = () => host.querySelector('fieldset[data-path="$.schedule.week.mon"]')!;
  const before = monday().querySelectorAll('.list-item').length;
  act(() => [...monday().querySelectorAll('button')].find((b) => b.textContent === 'fieldAdd')!.click());
  expect(monday().querySelectorAll('.list-item')).toHaveLength(before + 1);
  // The default new interval overlaps the existing one: the schema says so at the interval.
  expect(host.querySelector('[data-testid="problems"]')?.textContent).toMatch(/\$\.schedule\.week\.mon\[\d\]/);
  act(() => monday().querySelectorAll<HTMLButtonElement>('.list-item-head button')[before]!.click());
  expect(monday().querySelectorAll('.list-item')).toHaveLength(before);
});

it('shows a locked policy without a save button and with read-only fields', () => {
  render(true);
  expect(save()).toBeNull();
  expect(field('$.name').readOnly).toBe(true);
});
