// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Overlay, type OverlayProps } from '../../src/overlay/components/Overlay';
import type { DeadlineView, OverlayActions } from '../../src/overlay/components/types';
import { stringsFor } from '../../src/overlay/i18n';
import { FINDINGS } from './support/overlay-findings';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const DEADLINE: DeadlineView = {
  commitment: 'guaranteed',
  tiers: [
    { id: 'critical', label: 'Critical failure' },
    { id: 'partial', label: 'Partial issue' },
  ],
  tierId: 'partial',
  suggested: 'partial',
  received: '2026-11-20T09:15:00Z',
  paused: false,
  deadline: '2026-11-20T18:15:00.000+03:00',
  display: {
    state: 'due-soon',
    text: '',
    parts: { due: 'due Fri 20 Nov 18:15 MSK', agentTime: null, working: '45 min of working time left', wallClock: null, note: null },
  },
};

function fakeActions(): OverlayActions {
  return {
    onTier: vi.fn(),
    onReceived: vi.fn(),
    onTogglePause: vi.fn(),
    onEvidence: vi.fn(() => true),
    onCopy: vi.fn(async () => {}),
    onInsert: vi.fn(),
    onClose: vi.fn(),
    onCollapsedChange: vi.fn(),
    onMove: vi.fn(),
  };
}

let host: HTMLElement;
let root: Root;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

function render(overrides: Partial<OverlayProps> = {}): OverlayActions {
  const actions = overrides.actions ?? fakeActions();
  act(() =>
    root.render(
      <Overlay
        t={stringsFor('en')}
        content={{ kind: 'ready', findings: FINDINGS, deadline: DEADLINE, canInsert: true }}
        actions={actions}
        collapsed={false}
        position={null}
        {...overrides}
      />,
    ),
  );
  return actions;
}
const $ = (selector: string) => host.querySelector<HTMLElement>(selector);
const $$ = (selector: string) => [...host.querySelectorAll<HTMLElement>(selector)];
const click = (el: HTMLElement | null) => act(() => el?.dispatchEvent(new MouseEvent('click', { bubbles: true })));

describe('the overlay automation hooks', () => {
  it('lists every checklist item with its status', () => {
    render();
    expect($$('[data-section="checklist"] [data-item]').map((el) => [el.dataset.item, el.dataset.status])).toEqual([
      ['version', 'present'],
      ['steps', 'missing'],
      ['doc-reference', 'not-applicable'],
    ]);
  });

  it('marks the scope and each flag with its category and clause', () => {
    render();
    expect($('[data-section="scope"]')?.dataset.outOfScope).toBe('true');
    const flag = $('[data-section="scope"] [data-category="server"]');
    expect(flag?.textContent).toContain('Server work is separate');
  });

  it('lists links with their verdicts, refused ones first', () => {
    render();
    expect($$('[data-section="links"] [data-url]').map((el) => [el.dataset.url, el.dataset.verdict])).toEqual([
      ['https://drive.google.com/file/d/1', 'not-opened'],
      ['https://example.org/docs', 'ok'],
    ]);
  });

  it('lists signals, showing the masked evidence as the analysis gave it', () => {
    render();
    expect($('[data-section="signals"] [data-signal="credentials"]')?.textContent).toContain('password: ****');
  });

  it('states the tier, the deadline instant and the countdown', () => {
    render();
    const section = $('[data-section="deadline"]');
    expect(section?.dataset.tier).toBe('partial');
    expect(section?.dataset.deadline).toBe('2026-11-20T18:15:00.000+03:00');
    expect(section?.dataset.state).toBe('due-soon');
    expect(section?.textContent).toContain('Due soon');
    expect(section?.textContent).toContain('45 min of working time left');
    expect(section?.textContent).toContain('due Fri 20 Nov 18:15 MSK');
  });

  it('says no response time is promised and leaves the deadline empty when the policy promises none', () => {
    const display = { state: 'no-deadline' as const, text: 'No response time is promised.', parts: { due: null, agentTime: null, working: null, wallClock: null, note: null } };
    render({ content: { kind: 'ready', findings: FINDINGS, deadline: { ...DEADLINE, commitment: 'none', tiers: [], deadline: null, display }, canInsert: false } });
    const section = $('[data-section="deadline"]');
    expect(section?.dataset.deadline).toBe('');
    expect(section?.dataset.tier).toBe('');
    expect(section?.textContent).toContain('No response time is promised.');
  });
});

describe('the panel', () => {
  it('renders ticket and reply text as text, never as markup', () => {
    render();
    expect(host.querySelector('b, img')).toBeNull();
    expect($('[data-section="reply"]')?.textContent).toContain('Please send the <b>steps</b> to reproduce.');
  });

  it('shows the reply in the ticket language and copies or inserts it', async () => {
    const actions = render();
    expect($$('[data-reply]').map((el) => el.lang)).toEqual(['en']);
    const [copy, insert] = $$('[data-section="reply"] button');
    await act(async () => copy?.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(copy?.textContent).toBe('Copied');
    click(insert ?? null);
    expect(actions.onCopy).toHaveBeenCalledWith('Please send the <b>steps</b> to reproduce.');
    expect(actions.onInsert).toHaveBeenCalledWith('Please send the <b>steps</b> to reproduce.');
  });

  it('offers no insert button when the helpdesk reply box is unknown', () => {
    render({ content: { kind: 'ready', findings: FINDINGS, deadline: DEADLINE, canInsert: false } });
    expect($$('[data-section="reply"] button').map((b) => b.textContent)).toEqual(['Copy']);
  });

  it('points at access details in the ticket without repeating them', () => {
    const actions = render({
      content: {
        kind: 'ready',
        findings: { ...FINDINGS, checklist: [{ id: 'access', status: 'present', evidence: 'login: admin, password: hunter22' }] },
        deadline: DEADLINE,
        canInsert: false,
      },
    });
    expect(host.textContent).not.toContain('hunter22');
    click($('[data-item="access"] button.evidence'));
    expect(actions.onEvidence).toHaveBeenCalledWith('login: admin, password: hunter22');
  });

  it('shows evidence in the page on click and says so when it is not there', () => {
    const actions = fakeActions();
    actions.onEvidence = vi.fn(() => false);
    render({ actions });
    const evidence = $('[data-item="version"] button.evidence');
    click(evidence);
    expect(actions.onEvidence).toHaveBeenCalledWith('2.4.1');
    expect(evidence?.title).toBe('not found in the page');
  });

  it('collapses to a badge counting the missing items and expands again', () => {
    const actions = render();
    click($('button[aria-label="Collapse to a badge"]'));
    expect($('[data-section="checklist"]')).toBeNull();
    expect($('[data-collapsed="true"] button')?.textContent).toContain('1');
    expect(actions.onCollapsedChange).toHaveBeenLastCalledWith(true);
    click($('button[aria-label="Open Triage Lens"]'));
    expect($('[data-section="checklist"]')).not.toBeNull();
    expect(actions.onCollapsedChange).toHaveBeenLastCalledWith(false);
  });

  it('moves with the arrow keys and reports the new place', () => {
    const actions = render({ position: { x: 100, y: 100 } });
    act(() => $('button.grip')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })));
    expect(actions.onMove).toHaveBeenCalledWith({ x: 124, y: 100 });
    expect($('.panel-host')?.style.left).toBe('124px');
    // Moved down, the panel gets shorter so its bottom stays on screen.
    expect($('.panel')?.style.maxHeight).toBe('calc(100vh - 116px)');
  });

  it('changes the tier and pauses the clock through its controls', () => {
    const actions = render();
    const select = $('[data-section="deadline"] select') as HTMLSelectElement;
    act(() => {
      select.value = 'critical';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(actions.onTier).toHaveBeenCalledWith('critical');
    click($('[data-section="deadline"] button[aria-pressed]'));
    expect(actions.onTogglePause).toHaveBeenCalled();
  });

  it('speaks Russian when the browser does', () => {
    render({ t: stringsFor('ru') });
    expect($('[data-section="checklist"] h2')?.textContent).toBe('Что должно быть в обращении1 нет');
    expect($('[role="complementary"]')?.getAttribute('aria-label')).toBe('Triage Lens: разбор обращения');
  });

  it('lists the analysis notes, such as a huge message analysed in part', () => {
    render({ content: { kind: 'ready', findings: { ...FINDINGS, notes: ['Message 1 is 4000000 characters long'] }, deadline: DEADLINE, canInsert: false } });
    expect($('[data-section="notes"]')?.textContent).toBe('Message 1 is 4000000 characters long');
  });

  it('says quietly that there is no ticket when asked on a page without one', () => {
    render({ content: { kind: 'no-ticket' } });
    expect($('[data-state="no-ticket"]')?.textContent).toBe('No ticket found on this page.');
    expect($('[data-section]')).toBeNull();
  });
});
