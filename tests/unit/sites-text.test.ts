// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attachment, mimeFromName, sizeFrom } from '../../src/sites/files';
import { readTicket } from '../../src/sites/index';
import { MAX_MESSAGE_CHARS, readText } from '../../src/sites/text';
import { isoFrom, isoFromEpochSeconds } from '../../src/sites/time';

const fragment = (html: string) => new DOMParser().parseFromString(`<div id="root">${html}</div>`, 'text/html').getElementById('root')!;
const text = (html: string, skip?: string) => readText(fragment(html), { skip });

describe('readText', () => {
  it('keeps line breaks from <br>, paragraphs and list items, and collapses source whitespace', () => {
    expect(text('<p>Hello,\n   world</p><p>Line one<br>Line two</p><ul><li>first</li><li>second</li></ul>tail')).toBe(
      'Hello, world\n\nLine one\nLine two\n\nfirst\nsecond\n\ntail',
    );
  });

  it('reads editor markup as browsers show it: a <br> closing a block adds no line, an empty one is a blank line', () => {
    expect(text('<div>line<br></div><div>next</div>')).toBe('line\nnext');
    expect(text('<div>line</div><div><br></div><div>next</div>')).toBe('line\n\nnext');
    expect(text('<p>a<br></p><p>b</p>')).toBe('a\n\nb');
    expect(text('one<br><br><br><br>two')).toBe('one\n\ntwo');
  });

  it('keeps <pre> verbatim', () => {
    expect(text('<p>Log:</p><pre>line 1\n  indented\nline 3</pre>')).toBe('Log:\n\nline 1\n  indented\nline 3');
  });

  it('shows a link target when the anchor text differs, once when it is the URL itself', () => {
    expect(text('See <a href="https://example.com/docs">the docs</a>.')).toBe('See the docs (https://example.com/docs).');
    expect(text('<a href="https://example.com/docs/">https://example.com/docs</a>')).toBe('https://example.com/docs');
    expect(text('<a href="mailto:a@b.c">write us</a> <a href="#top">top</a>')).toBe('write us top');
  });

  it('leaves out scripts, styles, buttons and skipped subtrees, and separates table cells', () => {
    expect(text('<script>x()</script><style>p{}</style><button>Reply</button><div class="tools">Tools</div><table><tr><td>a</td><td> b</td></tr><tr>\n <td> c </td>\n <td> d</td></tr></table>', '.tools')).toBe('a b\nc d');
  });

  it('caps a several-megabyte message and says it was cut', () => {
    const huge = 'x'.repeat(3_000_000);
    const result = text(`<p>${huge}</p><p>after</p>`);
    expect(result.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS + 20);
    expect(result.endsWith('[…truncated]')).toBe(true);
  });

  it('walks a deeply nested DOM without recursion', () => {
    const root = document.createElement('div');
    let current: HTMLElement = root;
    for (let depth = 0; depth < 20_000; depth++) {
      const child = document.createElement(depth % 2 ? 'span' : 'div');
      current.appendChild(child);
      current = child;
    }
    current.textContent = 'deep text';
    expect(readText(root)).toBe('deep text');
  });
});

describe('hostile pages', () => {
  const nested = (depth: number, text: string) => {
    const main = document.createElement('main');
    let current: HTMLElement = main;
    for (let level = 0; level < depth; level++) current = current.appendChild(document.createElement('div'));
    current.textContent = text;
    document.body.replaceChildren(main);
  };

  it('a huge generic page nested deeper than browsers parse (512) is read and capped', () => {
    nested(1_000, 'Версия 2.4.1 '.repeat(400_000));
    const result = readTicket(document, 'https://support.example.org/t/1');
    expect(result?.adapter.id).toBe('generic');
    expect(result!.ticket.messages[0]!.text.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS + 20);
  });

  it('a pathologically deep page does not throw, whatever the DOM implementation can query', () => {
    // happy-dom's own querySelector recurses per level (and it cannot build 6,000 levels at all):
    // whatever a query throws, reading ends quietly.
    nested(3_000, 'The exchange rates stopped updating after the update.');
    expect(() => readTicket(document, 'https://acme.zendesk.com/agent/tickets/1')).not.toThrow();
  });

  it('a helpdesk page with a several-megabyte message is read by its adapter, the message capped', () => {
    const html = readFileSync(join(process.cwd(), 'tests/fixtures/sites/zendesk.html'), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    doc.querySelector('.zd-comment')!.textContent = 'password: hunter2 '.repeat(300_000);
    const result = readTicket(doc, 'https://acme.zendesk.com/agent/tickets/4521');
    expect(result?.adapter.id).toBe('zendesk');
    expect(result!.ticket.messages[0]!.text.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS + 20);
    expect(result!.ticket.messages[1]!.role).toBe('agent');
  });
});

describe('dates', () => {
  it('keeps the zone a page prints, and leaves zoneless local times without an offset', () => {
    expect(isoFrom('2026-11-21T06:15:00.000Z')).toBe('2026-11-21T06:15:00Z');
    expect(isoFrom('2026-11-21T09:15:00+03:00')).toBe('2026-11-21T09:15:00+03:00');
    expect(isoFrom('Sat, 21 Nov 2026 09:15:00 +0300')).toBe('2026-11-21T09:15:00+03:00');
    expect(isoFrom('Sat, 21 Nov 2026 at 2:05 PM')).toBe('2026-11-21T14:05:00');
    expect(isoFrom('Sat Nov 21 09:15:00 2026')).toBe('2026-11-21T09:15:00');
    expect(isoFrom('Sat, Nov 21, 2026, 12:40 PM')).toBe('2026-11-21T12:40:00');
    expect(isoFrom('November 21, 2026 at 12:05 AM')).toBe('2026-11-21T00:05:00');
    expect(isoFrom('Nov 21, 2026 09:15')).toBe('2026-11-21T09:15:00');
    expect(isoFrom('21.11.2026 09:15')).toBe('2026-11-21T09:15:00');
    expect(isoFrom('2026-11-21 09:15')).toBe('2026-11-21T09:15:00');
    expect(isoFrom('21 ноя 2026 09:15')).toBe('2026-11-21T09:15:00');
  });

  it('gives nothing for relative or impossible dates', () => {
    expect(isoFrom('2 hours ago')).toBeUndefined();
    expect(isoFrom('31.13.2026 09:15')).toBeUndefined();
    expect(isoFrom('')).toBeUndefined();
    expect(isoFromEpochSeconds('1795241700')).toBe('2026-11-21T06:15:00Z');
    expect(isoFromEpochSeconds('soon')).toBeUndefined();
  });
});

describe('attachments', () => {
  it('reads printed sizes in the units helpdesks use', () => {
    expect(sizeFrom('(47.1 KB)')).toBe(48230);
    expect(sizeFrom('47.1KiB')).toBe(48230);
    expect(sizeFrom('1,5 МБ')).toBe(1572864);
    expect(sizeFrom('512 bytes')).toBe(512);
    expect(sizeFrom('no size')).toBeUndefined();
  });

  it('takes the type from the page, else from the name, and omits what is unknown', () => {
    expect(attachment('scan.BMP')).toEqual({ name: 'scan.BMP', mime: 'image/bmp' });
    expect(attachment('dump', { mime: 'application/octet-stream', sizeText: '2 MB' })).toEqual({ name: 'dump', mime: 'application/octet-stream', size: 2097152 });
    expect(attachment('notes.unknownext')).toEqual({ name: 'notes.unknownext' });
    expect(mimeFromName('logs.zip')).toBe('application/zip');
  });
});
