import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { fakeIo } from './support/fake-io';

const FIXTURES = fileURLToPath(new URL('../fixtures/tickets/', import.meta.url));
const fixture = (name: string) => readFileSync(`${FIXTURES}${name}`, 'utf8');

async function check(files: Record<string, string>, ...argv: string[]) {
  const io = fakeIo(files);
  const code = await runCli(['check', ...argv], io);
  return { code, io, findings: io.stdout.map((l) => JSON.parse(l) as Record<string, any>) };
}

const flaggedUrls = (findings: Record<string, any>) =>
  (findings.links as { url: string; verdict: string }[]).filter((l) => l.verdict === 'not-opened').map((l) => l.url);
const statusOf = (findings: Record<string, any>, id: string) =>
  (findings.checklist as { id: string; status: string }[]).find((c) => c.id === id)?.status;

describe('check <ticket file>', () => {
  it('reads a .json ticket and prints the findings as one JSON line', async () => {
    const { code, io, findings } = await check({ 't.json': fixture('ticket.json') }, '--policy', 'iexexchanger', 't.json');
    expect(code).toBe(0);
    expect(io.stdout).toHaveLength(1);
    expect(findings[0]!.policy).toBe('iexexchanger');
    expect(statusOf(findings[0]!, 'version')).toBe('present');
    expect(flaggedUrls(findings[0]!)).toEqual(['https://prnt.sc/u1x2y3kq9']);
    expect(findings[0]!.ticket.messages[0].attachments[0].name).toBe('reserve.png');
  });

  it('names each problem of a bad .json ticket by JSON path', async () => {
    const { code, io } = await check({ 'bad.json': fixture('bad-ticket.json') }, '--policy', 'iexexchanger', 'bad.json');
    expect(code).toBe(1);
    expect(io.stderr.join('\n')).toMatch(/bad\.json: \$\.messages\[0\]\.role: .*; \$\.messages\[1\]\.text: missing required field/);
    const broken = await check({ 'x.json': '{"messages": [' }, '--policy', 'iexexchanger', 'x.json');
    expect(broken.io.stderr[0]).toMatch(/x\.json: line 1, column \d+/);
  });

  it('reads plain text as one customer message with the Subject line as subject', async () => {
    const { findings } = await check({ 'p.txt': fixture('plain.txt') }, '--policy', 'iexexchanger', 'p.txt');
    expect(findings[0]!.ticket.subject).toBe('Payouts stuck');
    expect(findings[0]!.ticket.messages).toHaveLength(1);
    expect(findings[0]!.ticket.messages[0].text.startsWith('Hi, payouts')).toBe(true);
    expect(flaggedUrls(findings[0]!)).toEqual(['https://prnt.sc/txt001']);
  });

  it('reads a MIME e-mail: encoded headers, quoted-printable text, a base64 attachment, quoted history left out', async () => {
    const io = fakeIo();
    io.readBytes = (path) => readFileSync(`${FIXTURES}${path}`);
    expect(await runCli(['check', '--policy', 'iexexchanger', 'rates-ru.eml'], io)).toBe(0);
    const findings = JSON.parse(io.stdout[0]!);
    const message = findings.ticket.messages[0];
    expect(findings.ticket.subject).toBe('Не обновляются курсы');
    expect(message.author).toBe('Иван Петров');
    expect(message.at).toBe('2026-06-01T09:30:00.000Z');
    expect(message.attachments).toEqual([{ name: 'kursy.png', mime: 'image/png', size: 1032 }]);
    expect(findings.language).toBe('ru');
    expect(statusOf(findings, 'version')).toBe('present');
    expect(statusOf(findings, 'attachments')).toBe('present');
    expect(statusOf(findings, 'customization')).toBe('present');
    expect(flaggedUrls(findings)).toEqual(['https://youtu.be/mailVid01']);
  });

  it('refuses binary junk named .eml with a clear error', async () => {
    const io = fakeIo();
    io.readBytes = () => readFileSync(`${FIXTURES}junk.eml`);
    expect(await runCli(['check', '--policy', 'iexexchanger', 'junk.eml'], io)).toBe(1);
    expect(io.stderr).toEqual(['junk.eml: not an e-mail message (no RFC 5322 header block)']);
  });

  it('reads a saved .html page; a page with no ticket gives a note, not a crash', async () => {
    const page = await check({ 'p.html': fixture('page.html') }, '--policy', 'iexexchanger', 'p.html');
    expect(flaggedUrls(page.findings[0]!)).toEqual(['https://www.youtube.com/watch?v=html01']);
    const empty = await check({ 'e.html': fixture('not-a-ticket.html') }, '--policy', 'iexexchanger', 'e.html');
    expect(empty.code).toBe(0);
    expect(empty.findings[0]!.notes.join(' ')).toMatch(/No customer message/);
  });

  it('bad usage exits 2; a missing file or unknown policy exits 1', async () => {
    expect((await check({}, 'x.txt')).code).toBe(2);
    expect((await check({}, '--policy', 'iexexchanger')).code).toBe(2);
    const missing = await check({}, '--policy', 'iexexchanger', 'nope.txt');
    expect([missing.code, missing.io.stderr[0]]).toEqual([1, 'nope.txt: no such file']);
    expect((await check({ 'a.txt': 'hi' }, '--policy', 'nosuch', 'a.txt')).code).toBe(1);
  });
});

describe('check --batch', () => {
  it('answers one findings line per input line, in order, with its id; bad lines answer an error and the batch goes on', async () => {
    const lines = [
      JSON.stringify({ id: 'a', policy: 'iexexchanger', ticket: { subject: '', messages: [{ author: '', role: 'customer', text: 'v2.4 https://youtu.be/x' }] } }),
      '{not json',
      JSON.stringify({ id: 'c', policy: 'bitrix24', ticket: { messages: [{ role: 'client', text: 'x' }] } }),
      JSON.stringify({ id: 'd', policy: 'nosuch', ticket: { messages: [] } }),
      JSON.stringify({ id: 'e', policy: 'ixxo', ticket: { subject: 's', messages: [{ author: '', role: 'customer', text: 'https://youtu.be/x' }] } }),
    ];
    const { code, io, findings } = await check({ 'b.jsonl': lines.join('\n') }, '--batch', 'b.jsonl');
    expect(code).toBe(1);
    expect(findings.map((f) => f.id)).toEqual(['a', null, 'c', 'd', 'e']);
    expect(flaggedUrls(findings[0]!)).toEqual(['https://youtu.be/x']);
    expect(findings[1]!.error).toMatch(/invalid JSON/);
    expect(findings[2]!.error).toMatch(/\$\.ticket\.messages\[0\]\.role/);
    expect(findings[3]!.error).toMatch(/unknown policy "nosuch"/);
    expect(flaggedUrls(findings[4]!)).toEqual([]);
    expect(io.stderr).toHaveLength(3);
  });

  it('takes a policy object written inline', async () => {
    const policy = {
      id: 'mini',
      name: 'Mini',
      schedule: { timezone: 'UTC', week: { mon: ['09:00-17:00'] } },
      sla: { commitment: 'none', tiers: [] },
    };
    const line = JSON.stringify({ id: 1, policy, ticket: { messages: [{ author: '', role: 'customer', text: 'https://drive.google.com/x' }] } });
    const { findings } = await check({ 'b.jsonl': line }, '--batch', 'b.jsonl');
    expect(findings[0]!.policy).toBe('mini');
    expect(findings[0]!.links[0].verdict).toBe('ok');
  });
});
