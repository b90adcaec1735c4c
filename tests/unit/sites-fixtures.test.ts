// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterForDocument, readTicket } from '../../src/sites/index';
import { ticketFromHtml } from '../../src/sites/from-html';
import type { Attachment, TicketMessage } from '../../src/ticket/schema';

const FIXTURES = join(process.cwd(), 'tests/fixtures/sites');
const fixture = (id: string) => readFileSync(join(FIXTURES, `${id}.html`), 'utf8');
const pageOf = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
/** Fixtures are served from 127.0.0.1 in the e2e suite: the document alone must identify the helpdesk. */
const LOCAL = (id: string) => `http://127.0.0.1:4173/${id}.html`;

const SUBJECT = 'Exchange rates stopped updating after update to 2.4.1';
const REQUEST = [
  'Hello!',
  '',
  'After updating iEXExchanger to version 2.4.1 the exchange rates on our site cryptoswap.example stopped updating.',
  '',
  'Steps to reproduce:',
  '1. Open the admin panel, section Rates',
  '2. Press "Update now"',
  '',
  'Expected: the rates refresh from the parsers.',
  'Error text: "Parser timeout: Binance (code 504)"',
  '',
  'The server log is here: https://drive.google.com/file/d/1AbCdEf/view',
  'Screenshot attached.',
].join('\n');
const REPLY = [
  'Hello Ivan,',
  '',
  'Thank you for the details. Please check the parser settings as described in our documentation (https://iexexchanger.com/docs/parsers) and send us FTP access to the site.',
  '',
  'Best regards,',
  'Anna, iEXExchanger support',
].join('\n');
const FOLLOW_UP = 'The product was not customized. FTP: host ftp.cryptoswap.example, login ivan, password qwerty123.';
const QUOTED = 'Thank you for the details. Please check the parser settings as described in our documentation and send us FTP access to the site.';

const png = (size: number): Attachment[] => [{ name: 'error.png', mime: 'image/png', size }];
const KB47 = 48128; // "47 KB"
const KB47_1 = 48230; // "47.1 KB"

interface Expected {
  channel?: string;
  subject?: string;
  /** author, role, at, attachments of each message, in order; `text` is REQUEST, REPLY, or a note's exact text. */
  messages: (Omit<TicketMessage, 'text'> & { text: string; quoted?: boolean })[];
}

const customer = (author: string, at: string, attachments?: Attachment[]) => ({ author, role: 'customer' as const, at, text: REQUEST, ...(attachments ? { attachments } : {}) });
const agent = (author: string, at: string | undefined, text = REPLY) => ({ author, role: 'agent' as const, ...(at ? { at } : {}), text });
const followUp = (author: string, at: string | undefined, quoted: boolean) => ({ author, role: 'customer' as const, ...(at ? { at } : {}), text: FOLLOW_UP, quoted });

const EXPECTED: Record<string, Expected> = {
  'request-tracker': {
    messages: [
      customer('Ivan Petrov <ivan@cryptoswap.example>', '2026-11-21T09:15:00+03:00', png(KB47_1)),
      agent('anna (Anna Smirnova)', '2026-11-21T12:40:00'),
      followUp('Ivan Petrov <ivan@cryptoswap.example>', '2026-11-21T14:05:00+03:00', true),
    ],
  },
  zendesk: {
    channel: 'email',
    messages: [
      customer('Ivan Petrov', '2026-11-21T06:15:00Z', png(KB47)),
      agent('Anna Smirnova', '2026-11-21T09:40:00Z'),
      followUp('Ivan Petrov', '2026-11-21T11:05:00Z', true),
    ],
  },
  freshdesk: {
    channel: 'email',
    messages: [
      customer('Ivan Petrov', '2026-11-21T09:15:00', png(KB47_1)),
      agent('Anna Smirnova', '2026-11-21T12:40:00'),
      followUp('Ivan Petrov', '2026-11-21T14:05:00', true),
    ],
  },
  jira: {
    channel: 'email',
    messages: [
      customer('Ivan Petrov', '2026-11-21T09:15:00', png(KB47)),
      agent('Anna Smirnova', '2026-11-21T12:40:00'),
      agent('Anna Smirnova', '2026-11-21T12:42:00', 'Looks like the Binance parser endpoint changed; checking with dev.'),
      followUp('Ivan Petrov', '2026-11-21T14:05:00', true),
    ],
  },
  zammad: {
    channel: 'email',
    messages: [
      customer('Ivan Petrov <ivan@cryptoswap.example>', '2026-11-21T06:15:00Z', png(KB47_1)),
      agent('Anna Smirnova via iEXExchanger Support <support@iexexchanger.com>', '2026-11-21T09:40:00Z'),
      followUp('Ivan Petrov <ivan@cryptoswap.example>', '2026-11-21T11:05:00Z', true),
    ],
  },
  osticket: {
    channel: 'email',
    messages: [
      customer('Ivan Petrov', '2026-11-21T09:15:00+03:00', png(KB47)),
      agent('Anna Smirnova', '2026-11-21T12:40:00+03:00'),
      agent('Anna Smirnova', '2026-11-21T12:42:00+03:00', 'Binance endpoint changed; asked dev.'),
      followUp('Ivan Petrov', '2026-11-21T14:05:00+03:00', true),
    ],
  },
  freescout: {
    channel: 'email',
    messages: [
      customer('Ivan Petrov', '2026-11-21T09:15:00', png(KB47)),
      agent('Anna Smirnova', '2026-11-21T12:40:00'),
      followUp('Ivan Petrov', '2026-11-21T14:05:00', true),
    ],
  },
  glpi: {
    messages: [
      customer('Ivan Petrov', '2026-11-21T09:15:00', png(48210)), // "47.08 KiB"
      agent('Anna Smirnova', '2026-11-21T12:40:00'),
      agent('Anna Smirnova', '2026-11-21T12:42:00', 'Check the Binance endpoint.'),
      followUp('Ivan Petrov', '2026-11-21T14:05:00', true),
    ],
  },
  bitrix24: {
    channel: 'chat',
    subject: 'Ivan Petrov - iEXExchanger Telegram line',
    messages: [
      agent('iEXExchanger', undefined, 'Welcome to iEXExchanger support! An operator will answer shortly.'),
      { author: 'Ivan Petrov', role: 'customer', text: REQUEST, attachments: png(KB47_1) },
      agent('', undefined),
      { author: 'Ivan Petrov', role: 'customer', text: 'Thank you, I will check.' },
      followUp('Ivan Petrov', undefined, false),
    ],
  },
  gmail: {
    channel: 'email',
    messages: [
      customer('Ivan Petrov', '2026-11-21T09:15:00', png(KB47)),
      agent('Anna Smirnova', '2026-11-21T12:40:00'),
      followUp('Ivan Petrov', '2026-11-21T14:05:00', true),
    ],
  },
  telegram: {
    channel: 'telegram',
    subject: 'Ivan Petrov',
    messages: [
      customer('Ivan Petrov', '2026-11-21T06:15:00Z', png(KB47_1)),
      agent('', '2026-11-21T09:40:00Z'),
      followUp('Ivan Petrov', '2026-11-21T11:05:00Z', false),
    ],
  },
};

describe('site adapters read their fixture page', () => {
  for (const [id, expected] of Object.entries(EXPECTED)) {
    it(`${id}: subject, channel, and each message's author, role, time, text and files`, () => {
      const result = readTicket(pageOf(fixture(id)), LOCAL(id));
      expect(result?.adapter.id).toBe(id);
      expect(result?.fellBack).toBe(false);
      const ticket = result!.ticket;
      expect(ticket.url).toBe(LOCAL(id));
      expect(ticket.subject).toBe(expected.subject ?? SUBJECT);
      expect(ticket.channel).toBe(expected.channel);
      expect(ticket.messages.map(({ text, ...rest }) => rest)).toEqual(expected.messages.map(({ text, quoted, ...rest }) => rest));
      expected.messages.forEach((message, index) => {
        const text = ticket.messages[index]!.text;
        if (message.quoted === undefined) expect(text).toBe(message.text);
        else {
          expect(text.startsWith(message.text)).toBe(true);
          // Quoted history is kept as text (the analysis strips it), or absent where chats have none.
          expect(text.includes(QUOTED)).toBe(message.quoted);
        }
      });
    });

    it(`${id}: knows the reply box and the ticket root, and is recognised from the document alone`, () => {
      const doc = pageOf(fixture(id));
      const adapter = ADAPTERS.find((candidate) => candidate.id === id)!;
      // RT answers on Ticket/Update.html: its Display page has no reply box.
      if (id === 'request-tracker') expect(adapter.replyBox(doc)).toBeNull();
      else expect(adapter.replyBox(doc)).not.toBeNull();
      expect(adapter.ticketRoot(doc)).not.toBeNull();
      expect(adapterForDocument(doc, LOCAL(id)).id).toBe(id);
      for (const other of ADAPTERS) if (other !== adapter && other.id !== 'generic') expect(other.recognises(doc), other.id).toBe(false);
    });
  }

  it('every helpdesk adapter has a fixture', () => {
    expect(ADAPTERS.map((adapter) => adapter.id).filter((id) => id !== 'generic').sort()).toEqual(Object.keys(EXPECTED).sort());
  });
});

describe('Zendesk tabs', () => {
  it("reads the URL's ticket, or the active pane, never a background tab kept in the page", () => {
    const doc = pageOf(fixture('zendesk'));
    expect(readTicket(doc, LOCAL('zendesk'))?.ticket.subject).toBe(SUBJECT);
    expect(readTicket(doc, 'https://acme.zendesk.com/agent/tickets/4521')?.ticket.subject).toBe(SUBJECT);
    const other = readTicket(doc, 'https://acme.zendesk.com/agent/tickets/4498')?.ticket;
    expect(other?.subject).toBe('Invoice for the yearly license');
    expect(other?.messages.map((m) => m.author)).toEqual(['Olga Smirnova']);
  });
});

describe('Help Scout', () => {
  it('reads the customer and agent threads of a Help Scout conversation', () => {
    const doc = pageOf(`<html><head><title>Rates stopped - Help Scout</title></head><body><div id="tkContent">
      <article class="thread customer" id="thread-901"><section class="js-thread-content"><section class="messageBodyWrap"><section class="message">
        <section class="threadHeader"><section class="meta"><strong>Ivan Petrov</strong> <time datetime="2026-11-21T06:15:00Z">Nov 21</time></section></section>
        <section class="messageBody"><p>Version 2.4.1 on cryptoswap.example.</p></section></section></section></section></article>
      <article class="thread message" id="thread-902"><section class="js-thread-content"><section class="messageBodyWrap"><section class="message">
        <section class="threadHeader"><section class="meta"><strong>Anna Smirnova</strong> <time datetime="2026-11-21T09:40:00Z">Nov 21</time></section></section>
        <section class="messageBody"><p>Please send FTP access.</p></section></section></section></section></article>
    </div></body></html>`);
    const result = readTicket(doc, 'https://secure.helpscout.net/conversation/2100/1043');
    expect(result?.adapter.id).toBe('freescout');
    expect(result?.fellBack).toBe(false);
    expect(result?.ticket).toEqual({
      url: 'https://secure.helpscout.net/conversation/2100/1043',
      subject: 'Rates stopped',
      channel: 'email',
      messages: [
        { author: 'Ivan Petrov', role: 'customer', at: '2026-11-21T06:15:00Z', text: 'Version 2.4.1 on cryptoswap.example.' },
        { author: 'Anna Smirnova', role: 'agent', at: '2026-11-21T09:40:00Z', text: 'Please send FTP access.' },
      ],
    });
  });
});

describe('Bitrix24 legacy messenger', () => {
  it('reads an open line in the legacy messenger: automatic answers and other operators are agents', () => {
    const doc = pageOf(`<html><body><div class="bx-messenger-box">
      <div class="bx-messenger-panel"><span class="bx-messenger-panel-title"><a class="bx-messenger-panel-title-link" href="#">Ivan Petrov - iEXExchanger Telegram line</a></span></div>
      <div class="bx-messenger-body">
        <div class="bx-messenger-content-item bx-messenger-content-item-ol-start"><span class="bx-messenger-content-item-name">iEXExchanger</span><span class="bx-messenger-message">Welcome!</span><span class="bx-messenger-content-item-date">21.11.2026 09:14</span></div>
        <div class="bx-messenger-content-item"><span class="bx-messenger-content-item-name">Ivan Petrov</span><span class="bx-messenger-message">Version 2.4.1<br>rates stopped</span>
          <div class="bx-messenger-file"><span class="bx-messenger-file-title-name">error.png</span><span class="bx-messenger-file-size">47.1 KB</span></div>
          <span class="bx-messenger-content-item-date">21.11.2026 09:15</span></div>
        <div class="bx-messenger-content-item bx-messenger-content-item-system"><span class="bx-messenger-message">Anna joined</span></div>
        <div class="bx-messenger-content-item"><span class="bx-messenger-content-item-name">Anna Smirnova</span><span class="bx-messenger-message">Send FTP access, please.</span><span class="bx-messenger-content-item-date">21.11.2026 12:40</span></div>
      </div><textarea class="bx-messenger-textarea-input"></textarea></div></body></html>`);
    const result = readTicket(doc, 'https://acme.bitrix24.ru/online/?IM_DIALOG=imol|1234');
    expect(result?.adapter.id).toBe('bitrix24');
    expect(result?.ticket.messages).toEqual([
      { author: 'iEXExchanger', role: 'agent', at: '2026-11-21T09:14:00', text: 'Welcome!' },
      { author: 'Ivan Petrov', role: 'customer', at: '2026-11-21T09:15:00', text: 'Version 2.4.1\nrates stopped', attachments: [{ name: 'error.png', mime: 'image/png', size: 48230 }] },
      { author: 'Anna Smirnova', role: 'agent', at: '2026-11-21T12:40:00', text: 'Send FTP access, please.' },
    ]);
    expect(result?.adapter.replyBox(doc)?.localName).toBe('textarea');
  });
});

describe('Telegram Web A', () => {
  it('reads incoming and own (.own) messages of the A client, files included', () => {
    const doc = pageOf(`<html><body><div id="MiddleColumn">
      <div class="ChatInfo"><div class="info"><div class="title"><h3 class="fullName">Ivan Petrov</h3></div></div></div>
      <div class="MessageList"><div class="messages-container"><div class="message-date-group">
        <div class="Message message-list-item first-in-group" id="message-7001" data-message-id="7001"><div class="message-content-wrapper"><div class="message-content text has-document">
          <div class="File"><div class="file-info"><div class="file-title">error.png</div><div class="file-subtitle">47.1 KB</div></div></div>
          <div class="text-content clearfix with-meta" dir="auto">Version 2.4.1, rates stopped.<br>Log: <a href="https://drive.google.com/file/d/1AbCdEf/view" class="text-entity-link">drive link</a><span class="MessageMeta"><span class="message-time">09:15</span></span></div>
        </div></div></div>
        <div class="Message message-list-item own" id="message-7002" data-message-id="7002"><div class="message-content-wrapper"><div class="message-content text">
          <div class="text-content clearfix with-meta" dir="auto">Please send FTP access.<span class="MessageMeta"><span class="message-time">12:40</span></span></div>
        </div></div></div>
      </div></div></div>
      <div id="editable-message-text" contenteditable="true"></div>
    </div></body></html>`);
    const result = readTicket(doc, 'https://web.telegram.org/a/#5123456789');
    expect(result?.adapter.id).toBe('telegram');
    expect(result?.ticket).toEqual({
      url: 'https://web.telegram.org/a/#5123456789',
      subject: 'Ivan Petrov',
      channel: 'telegram',
      messages: [
        {
          author: 'Ivan Petrov',
          role: 'customer',
          text: 'Version 2.4.1, rates stopped.\nLog: drive link (https://drive.google.com/file/d/1AbCdEf/view)',
          attachments: [{ name: 'error.png', mime: 'image/png', size: 48230 }],
        },
        { author: '', role: 'agent', text: 'Please send FTP access.' },
      ],
    });
    expect(result?.adapter.replyBox(doc)?.id).toBe('editable-message-text');
  });
});

describe('the generic reader', () => {
  it('reads the main region of an unknown page as one customer message, leaving navigation out', () => {
    const result = readTicket(pageOf(fixture('generic')), LOCAL('generic'));
    expect(result?.adapter.id).toBe('generic');
    expect(result?.fellBack).toBe(false);
    expect(result?.ticket.subject).toBe(SUBJECT);
    expect(result?.ticket.messages).toEqual([{ author: '', role: 'customer', text: `${SUBJECT}\n\n${REQUEST}` }]);
  });

  it("reads the agent's selection when there is one", () => {
    const parsed = pageOf(fixture('generic'));
    const doc = document;
    doc.body.replaceChildren(...[...parsed.body.childNodes].map((node) => doc.importNode(node, true)));
    const paragraphs = doc.querySelectorAll('article p');
    const range = doc.createRange();
    range.setStartBefore(paragraphs[2]!);
    range.setEndAfter(paragraphs[3]!);
    doc.getSelection()!.removeAllRanges();
    doc.getSelection()!.addRange(range);
    const result = readTicket(doc, LOCAL('generic'));
    expect(result?.ticket.messages[0]?.text).toBe(REQUEST.split('\n').slice(4, 10).join('\n'));
  });

  it('finds the block with the most text when the page has no main region', () => {
    const doc = pageOf(
      `<html><head><title>Ticket 7</title></head><body><div class="menu"><a href="/">Home</a> <a href="/q">Queue</a></div>
       <div class="ticket"><div class="body"><p>My license for shop.example expired and the exchange stopped.</p><p>Version 2.4.0.</p></div></div>
       <footer>Contacts and a long footer text that is not the ticket at all</footer></body></html>`,
    );
    const result = readTicket(doc, 'https://support.example.org/view?id=7');
    expect(result?.ticket).toEqual({
      url: 'https://support.example.org/view?id=7',
      subject: 'Ticket 7',
      messages: [{ author: '', role: 'customer', text: 'My license for shop.example expired and the exchange stopped.\n\nVersion 2.4.0.' }],
    });
  });
});

describe('the generic reader and hidden content', () => {
  it('leaves out what the page hides, and takes no region the page has several of', () => {
    const doc = pageOf(
      `<html><head><title>Support</title></head><body>
       <article style="display: none"><p>${'An older ticket kept in a hidden tab. '.repeat(10)}</p></article>
       <article><p>The current ticket: exchange rates stopped after the update to 2.4.1.</p><p hidden>A hidden draft.</p></article>
       </body></html>`,
    );
    expect(readTicket(doc, 'https://support.example.org/t/2')?.ticket.messages[0]?.text).toBe(
      'The current ticket: exchange rates stopped after the update to 2.4.1.',
    );
  });
});

describe('pages without a ticket', () => {
  it('a page with no ticket-like content yields nothing', () => {
    expect(readTicket(pageOf(fixture('not-a-ticket')), LOCAL('not-a-ticket'))).toBeNull();
  });

  it("a helpdesk page that is not a ticket (a Zendesk view) yields nothing, even with text on it", () => {
    const doc = pageOf(`<html><body><main><h1>Your unsolved tickets</h1><p>${'Ticket subject line in a view. '.repeat(20)}</p></main></body></html>`);
    expect(readTicket(doc, 'https://acme.zendesk.com/agent/filters/360001')).toBeNull();
  });
});

describe('falling back to the generic reader', () => {
  it("says so when the helpdesk's selectors no longer match its page", () => {
    // A Zendesk release that renamed its data-test-id hooks.
    const html = fixture('zendesk').replaceAll('data-test-id="omni-log', 'data-test-id="conversation-log');
    const result = readTicket(pageOf(html), 'https://acme.zendesk.com/agent/tickets/4521');
    expect(result?.fellBack).toBe(true);
    expect(result?.adapter.id).toBe('generic');
    expect(result?.reason).toMatch(/^Zendesk: the ticket's markup was not found/);
    expect(result?.ticket.messages).toHaveLength(1);
    expect(result?.ticket.messages[0]?.text).toContain('Parser timeout: Binance (code 504)');
  });

  it('waits while a single-page helpdesk has rendered the conversation frame but not its messages yet', () => {
    const doc = pageOf(fixture('zendesk'));
    const log = doc.querySelector('[data-ticket-id="4521"] [data-test-id="omni-log-container"]')!;
    log.replaceChildren(doc.createElement('div'));
    expect(readTicket(doc, 'https://acme.zendesk.com/agent/tickets/4521')).toBeNull();
  });

  it('says so when an adapter throws on a page that changed shape mid-read', () => {
    const doc = pageOf(fixture('request-tracker'));
    doc.querySelector('div.history.ticket')!.querySelectorAll = () => {
      throw new Error('detached node');
    };
    const result = readTicket(doc, 'https://rt.example.com/Ticket/Display.html?id=42');
    expect(result?.fellBack).toBe(true);
    expect(result?.reason).toContain('detached node');
  });

  it('Request Tracker: the opening message is the request even when staff created the ticket', () => {
    const html = fixture('request-tracker').replace(
      /(<span class="description">)<span class="user" data-user-id="27">.*?<\/span>( - Ticket created)/,
      '$1<span class="user" data-user-id="14"><a href="/User/Summary.html?id=14">anna (Anna Smirnova)</a></span>$2',
    );
    const ticket = readTicket(pageOf(html), LOCAL('request-tracker'))!.ticket;
    expect(ticket.messages.map((m) => [m.author, m.role])).toEqual([
      ['anna (Anna Smirnova)', 'customer'],
      ['anna (Anna Smirnova)', 'agent'],
      ['Ivan Petrov <ivan@cryptoswap.example>', 'customer'],
    ]);
  });

  it('Request Tracker: without the people box, requestors are told by the address RT prints for them', () => {
    const html = fixture('request-tracker').replace(/<div class="form-row requestors">.*?<\/div><\/div>/s, '');
    expect(html).not.toContain('form-row requestors');
    const ticket = readTicket(pageOf(html), LOCAL('request-tracker'))!.ticket;
    expect(ticket.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
  });

  it("Request Tracker: a comment is staff's, whoever added it", () => {
    const html = fixture('request-tracker').replace(
      /(data-user-id="27"><a href="\/User\/Summary.html\?id=27">Ivan Petrov &lt;ivan@cryptoswap.example&gt;<\/a><\/span>) - Correspondence added/,
      '$1 - Comments added',
    );
    expect(html).toContain('Comments added');
    const ticket = readTicket(pageOf(html), LOCAL('request-tracker'))!.ticket;
    expect(ticket.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'agent']);
  });

  it('Request Tracker: while the history is still loading it waits rather than reading the page generically', () => {
    const doc = pageOf(fixture('request-tracker').replace(/<div class="history ticket".*<\/body>/s, '<div id="delayed_ticket_history"><div class="titlebox">Loading...</div></div></body>'));
    expect(doc.querySelector('.transaction')).toBeNull();
    expect(readTicket(doc, 'http://127.0.0.1:8080/rt/Ticket/Display.html?id=42')).toBeNull();
  });

  it("finds Request Tracker's reply box on its Update page", () => {
    const doc = pageOf('<html><body id="comp-Ticket-Update"><form><textarea name="UpdateContent" id="UpdateContent"></textarea></form></body></html>');
    expect(ADAPTERS.find((adapter) => adapter.id === 'request-tracker')!.replyBox(doc)?.id).toBe('UpdateContent');
  });

  it('reads with an adapter the caller names (an admin mapping a site to a helpdesk)', () => {
    const result = readTicket(pageOf(fixture('osticket')), 'https://help.example.com/desk/ticket/42', 'osticket');
    expect(result?.adapter.id).toBe('osticket');
    expect(result?.ticket.messages).toHaveLength(4);
  });
});

describe('ticketFromHtml (the CLI on saved pages, linkedom)', () => {
  it('reads a saved page with the adapter that recognises it, the same as in the browser', () => {
    for (const id of Object.keys(EXPECTED)) {
      const inBrowser = readTicket(pageOf(fixture(id)), LOCAL(id))!.ticket;
      expect(ticketFromHtml(fixture(id), LOCAL(id)), id).toEqual(inBrowser);
    }
  });

  it('recognises Request Tracker by its URL too, and leaves the url out when none is given', () => {
    const ticket = ticketFromHtml(fixture('request-tracker'));
    expect(ticket.url).toBeUndefined();
    expect(ticket.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
    expect(ticketFromHtml(fixture('request-tracker'), 'https://rt.example.com/Ticket/Display.html?id=42').url).toBe(
      'https://rt.example.com/Ticket/Display.html?id=42',
    );
  });

  it('gives an empty ticket for a page without one', () => {
    expect(ticketFromHtml(fixture('not-a-ticket'))).toEqual({ subject: 'Queue', messages: [] });
  });
});
