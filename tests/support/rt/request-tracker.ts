import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real Request Tracker 5 (Debian's request-tracker5 + rt5-db-sqlite + rt5-standalone) on 127.0.0.1,
 * with a throwaway SQLite database in a temporary folder. Debian's own configuration in
 * /etc/request-tracker5 is bypassed with RT_SITE_CONFIG and an empty RT_SITE_CONFIG_DIR.
 * Tickets arrive the way customers' mail does (rt-mailgate); agents answer through the REST 1.0 API.
 */
export const RT_SERVER = '/usr/share/request-tracker5/libexec/rt-server';
const SETUP_DATABASE = '/usr/sbin/rt-setup-database';
const MAILGATE = '/usr/bin/rt-mailgate';
export const RT_USER = 'root';
export const RT_PASSWORD = 'password';

export interface MailAttachment {
  name: string;
  mime: string;
  content: Buffer;
}

export interface RequestTracker {
  origin: string;
  /** A customer writes in: a new ticket in the General queue; answers the ticket id. */
  customerWrites(mail: { from: string; subject: string; text: string; attachments?: MailAttachment[] }): Promise<number>;
  /** The customer answers by mail; RT threads it into the ticket by the `[rtname #id]` subject tag. */
  customerAnswers(ticketId: number, mail: { from: string; subject: string; text: string }): Promise<void>;
  /** An agent answers the customer (a correspondence transaction). */
  agentReplies(ticketId: number, text: string): Promise<void>;
  close(): Promise<void>;
}

export function requestTrackerInstalled(): boolean {
  return [RT_SERVER, SETUP_DATABASE, MAILGATE].every((f) => existsSync(f));
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  await new Promise((ok) => server.close(ok));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

function siteConfig(dir: string, port: number): string {
  return `Set($rtname, 'triage-lens-test');
Set($Organization, 'example.org');
Set($Timezone, 'UTC');
Set($WebDomain, '127.0.0.1');
Set($WebPort, ${port});
Set($WebPath, '');
Set($WebBaseURL, 'http://127.0.0.1:${port}');
Set($DatabaseType, 'SQLite');
Set($DatabaseName, '${join(dir, 'rt.sqlite')}');
Set($LogToSTDERR, 'error');
Set($LogToSyslog, undef);
Set($LogToFile, undef);
Set($MailCommand, 'testfile');
Set($CorrespondAddress, 'support@example.org');
Set($CommentAddress, 'support-comment@example.org');
1;
`;
}

/** Customers may open and answer tickets by mail in the General queue (RT grants nobody that by default). */
const CUSTOMER_RIGHTS = `@ACL = map { { GroupDomain => 'SystemInternal', GroupType => 'Everyone', Right => $_, Queue => 'General' } }
  qw(CreateTicket ReplyToTicket);
1;
`;

/** Mail headers are ASCII: anything else goes in as an RFC 2047 encoded word. */
const encodeWord = (value: string) => (/^[\x20-\x7e]*$/.test(value) ? value : `=?UTF-8?B?${Buffer.from(value).toString('base64')}?=`);
/** "Name <address>": only the name may be encoded, or the address is lost to the mail parser. */
const encodeAddress = (value: string) => value.replace(/^(.*?)(\s*<[^>]+>)$/, (_, name: string, address: string) => `${encodeWord(name)}${address}`);

function mimeMessage(mail: { from: string; subject: string; text: string; attachments?: MailAttachment[] }): string {
  const boundary = 'triage-lens-boundary';
  const head = [`From: ${encodeAddress(mail.from)}`, 'To: support@example.org', `Subject: ${encodeWord(mail.subject)}`, 'MIME-Version: 1.0'];
  const text = ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: base64', '', Buffer.from(mail.text).toString('base64')];
  if (!mail.attachments?.length) return [...head, ...text].join('\n');
  const parts = [
    text.join('\n'),
    ...mail.attachments.map((a) =>
      [`Content-Type: ${a.mime}; name="${a.name}"`, `Content-Disposition: attachment; filename="${a.name}"`, 'Content-Transfer-Encoding: base64', '', a.content.toString('base64')].join('\n'),
    ),
  ];
  return [...head, `Content-Type: multipart/mixed; boundary="${boundary}"`, '', ...parts.map((p) => `--${boundary}\n${p}`), `--${boundary}--`, ''].join('\n');
}

export async function startRequestTracker(): Promise<RequestTracker> {
  const dir = mkdtempSync(join(tmpdir(), 'triage-lens-rt-'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  writeFileSync(join(dir, 'RT_SiteConfig.pm'), siteConfig(dir, port));
  writeFileSync(join(dir, 'customer-rights.pl'), CUSTOMER_RIGHTS);
  const env = { ...process.env, RT_SITE_CONFIG: join(dir, 'RT_SiteConfig.pm'), RT_SITE_CONFIG_DIR: join(dir, 'no-site-config.d') };
  const setup = (...args: string[]) => {
    const r = spawnSync(SETUP_DATABASE, ['--skip-create', ...args], { env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`rt-setup-database ${args.join(' ')} failed: ${r.stderr || r.stdout}`);
  };
  setup('--action', 'init');
  setup('--action', 'insert', '--datafile', join(dir, 'customer-rights.pl'));

  const server: ChildProcess = spawn(RT_SERVER, ['--port', String(port)], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  server.stderr?.on('data', (chunk) => (log = (log + chunk).slice(-4000)));
  const exited = new Promise<void>((ok) => server.once('exit', () => ok()));
  for (let attempt = 0; ; attempt++) {
    if (server.exitCode !== null) throw new Error(`rt-server exited: ${log}`);
    try {
      if ((await fetch(`${origin}/NoAuth/Login.html`)).ok) break;
    } catch {
      // not listening yet
    }
    if (attempt > 240) throw new Error(`rt-server did not answer on ${origin}: ${log}`);
    await new Promise((ok) => setTimeout(ok, 250));
  }

  const rest = async (path: string, content?: string) => {
    const body = new URLSearchParams({ user: RT_USER, pass: RT_PASSWORD, ...(content ? { content } : {}) });
    const text = await (await fetch(`${origin}/REST/1.0/${path}`, { method: 'POST', body })).text();
    if (!/^RT\/\S+ 200 Ok/.test(text)) throw new Error(`RT REST ${path}: ${text}`);
    return text;
  };

  const mailgate = (mail: { from: string; subject: string; text: string; attachments?: MailAttachment[] }) => {
    const r = spawnSync(MAILGATE, ['--queue', 'General', '--action', 'correspond', '--url', `${origin}/`], { env, input: mimeMessage(mail), encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`rt-mailgate failed: ${r.stderr}\n${log}`);
  };

  const newestTicket = async () => {
    const found = await rest(`search/ticket?query=${encodeURIComponent('id > 0')}&orderby=-id&format=i`);
    return Number(/ticket\/(\d+)/.exec(found)?.[1] ?? 0);
  };

  return {
    origin,
    async customerWrites(mail) {
      const before = await newestTicket();
      mailgate(mail);
      // rt-mailgate returns once RT has handled the mail: a new newest ticket is this one.
      const id = await newestTicket();
      if (id <= before) throw new Error(`RT did not create a ticket for "${mail.subject}"\n${log}`);
      return id;
    },
    async customerAnswers(ticketId, mail) {
      mailgate({ ...mail, subject: `[triage-lens-test #${ticketId}] ${mail.subject}` });
    },
    async agentReplies(ticketId, text) {
      const body = text.replaceAll('\n', '\n ');
      const answer = await rest(`ticket/${ticketId}/comment`, `id: ${ticketId}\nAction: correspond\nText: ${body}\n`);
      if (!answer.includes('Correspondence added')) throw new Error(`RT did not add the reply: ${answer}`);
    },
    async close() {
      server.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
