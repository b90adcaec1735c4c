// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findEvidence, highlightedText, searchableText, showRange } from '../../src/overlay/highlight';
import { insertReply } from '../../src/overlay/reply-box';

let page: HTMLElement;
beforeEach(() => {
  page = document.createElement('div');
  page.innerHTML = '<article><p>We run <b>iEXExchanger</b>\n   version <i>2.4.1</i> on Debian.</p><script>var version = "9.9.9"</script><p>password: hunter2</p></article>';
  document.body.append(page);
});
afterEach(() => page.remove());

describe('finding evidence in the page', () => {
  it('finds words split across elements and whitespace', () => {
    const range = findEvidence(page, 'iEXExchanger version 2.4.1');
    expect(range?.toString()).toBe('iEXExchanger\n   version 2.4.1');
  });

  it('ignores script text and says null when the words are not there', () => {
    expect(findEvidence(page, '9.9.9')).toBeNull();
    expect(findEvidence(page, 'nowhere to be found')).toBeNull();
  });

  it('finds masked credentials by their unmasked beginning, never needing the secret', () => {
    expect(searchableText('password: ****')).toBe('password:');
    expect(findEvidence(page, 'password: ****')?.toString()).toBe('password:');
  });
});

describe('highlighting', () => {
  it('uses the CSS Custom Highlight API when the browser has it, and clears it', () => {
    const highlights = new Map<string, unknown>();
    class FakeHighlight {
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
      *[Symbol.iterator]() {
        yield* this.ranges;
      }
    }
    const win = Object.assign(Object.create(window), { Highlight: FakeHighlight, CSS: { highlights }, document });
    const range = findEvidence(page, '2.4.1');
    if (!range) throw new Error('no range');
    const before = page.innerHTML;
    const clear = showRange(win, range);
    expect(highlightedText(win)).toBe('2.4.1');
    expect(page.innerHTML).toBe(before); // the helpdesk's markup is untouched
    clear();
    expect(highlightedText(win)).toBeNull();
  });

  it('falls back to a temporary outline and puts the element back as it was', () => {
    vi.useFakeTimers();
    const range = findEvidence(page, '2.4.1');
    if (!range) throw new Error('no range');
    const element = range.startContainer.parentElement as HTMLElement;
    element.style.outline = '1px dotted red';
    const original = element.style.outline;
    showRange(Object.assign(Object.create(window), { Highlight: undefined, CSS: {}, document }), range);
    expect(element.style.outline).toContain('solid');
    vi.advanceTimersByTime(10_000);
    expect(element.style.outline).toBe(original);
    vi.useRealTimers();
  });
});

describe('inserting reply text', () => {
  it('appends to a textarea through its value and tells the helpdesk with an input event', () => {
    const box = document.createElement('textarea');
    box.value = 'Hello,';
    const seen: string[] = [];
    box.addEventListener('input', () => seen.push(box.value));
    insertReply(box, 'Please send <b>steps</b>.');
    expect(box.value).toBe('Hello,\n\nPlease send <b>steps</b>.');
    expect(seen).toEqual([box.value]);
  });

  it('puts text, never markup, into a rich editor', () => {
    const box = document.createElement('div');
    box.contentEditable = 'true';
    document.body.append(box);
    insertReply(box, 'Please send <img src=x onerror=alert(1)>.');
    expect(box.querySelector('img')).toBeNull();
    expect(box.textContent).toBe('Please send <img src=x onerror=alert(1)>.');
    box.remove();
  });
});
