import type { TicketMessage } from '../ticket/schema';
import { attachment } from './files';
import { lineText, readText } from './text';
import { readMessages, samePerson, ticketOf } from './thread';
import { timeOf } from './time';
import type { SiteAdapter } from './types';

/**
 * Jira Service Management, the agent's issue view of a request (/browse/KEY-N or the queue's
 * issue view). Markup as userscripts and extensions read Jira's issue view: the summary heading,
 * the rich-text description, the reporter field, comments [data-testid^="comment-base-item-"] with
 * issue-comment-base.ui.comment.ak-comment.<id>-author/-body, issue-timestamp.relative-time, and
 * the editor #ak-editor-textarea. The reporter is the customer; internal notes are agents'.
 */
const SELECTORS = {
  issue: '[data-testid="issue.views.issue-details.issue-layout.issue-layout"]',
  summary: '[data-testid="issue.views.issue-base.foundation.summary.heading"]',
  description: '[data-testid="issue.views.field.rich-text.description"]',
  reporter: '[data-testid="issue.views.field.user.reporter"]',
  created: '[data-testid="issue.views.issue-details.issue-layout.footnote"] [data-testid="created-date"]',
  attachments: '[data-testid="issue.views.issue-base.content.attachment.attachments-section"]',
  attachment: '[data-testid="media-file-card-view"]',
  attachmentName: '[data-testid="media-card-file-name"]',
  attachmentSize: '[data-testid="media-card-file-size"]',
  comments: '[data-testid="issue.activity.comments-list"]',
  comment: '[data-testid^="comment-base-item-"]',
  /** The avatar and the name are both profile-card triggers; the name is the one with text. */
  author: '[data-testid$="-header"] [data-testid="profilecard-next.ui.profilecard.profilecard-trigger"]',
  body: '[data-testid$="-body"]',
  time: '[data-testid="issue-timestamp.relative-time"]',
  internal: '[data-testid="issue-comment-base.ui.comment.custom-comment.internal-note-lozenge"]',
  channel: '[data-testid="servicedesk-request-channel"]',
  replyBox: '#ak-editor-textarea',
} as const;

export const jira: SiteAdapter = {
  id: 'jira',
  name: 'Jira Service Management',
  hostPatterns: ['https://*.atlassian.net/*'],
  isTicketUrl: (url) =>
    /\.atlassian\.net$/i.test(url.hostname) &&
    (/\/browse\/[A-Z][A-Z0-9_]+-\d+/.test(url.pathname) ||
      (/^\/jira\/servicedesk\//.test(url.pathname) && /\/[A-Z][A-Z0-9_]+-\d+(\/|$)/.test(url.pathname)) ||
      /^[A-Z][A-Z0-9_]+-\d+$/.test(url.searchParams.get('selectedIssue') ?? '')),
  recognises: (doc) => doc.querySelector(SELECTORS.summary) !== null && doc.querySelector(SELECTORS.description) !== null,
  read(doc, url) {
    const description = doc.querySelector(SELECTORS.description);
    if (!description) return null;
    const reporter = lineText(doc.querySelector(SELECTORS.reporter));
    const files = [...doc.querySelectorAll(`${SELECTORS.attachments} ${SELECTORS.attachment}`)]
      .map((el) => attachment(lineText(el.querySelector(SELECTORS.attachmentName)), { sizeText: lineText(el.querySelector(SELECTORS.attachmentSize)) }))
      .filter((file) => file.name);
    const request: TicketMessage = { author: reporter, role: 'customer', text: readText(description) };
    const created = timeOf(doc.querySelector(SELECTORS.created));
    if (created) request.at = created;
    if (files.length) request.attachments = files;
    const messages: TicketMessage[] = request.text || files.length ? [request] : [];
    const comments = doc.querySelector(SELECTORS.comments);
    if (comments) {
      messages.push(
        ...readMessages(comments, {
          message: SELECTORS.comment,
          body: SELECTORS.body,
          authorOf: (comment) => [...comment.querySelectorAll(SELECTORS.author)].map((el) => lineText(el)).find(Boolean) ?? '',
          time: SELECTORS.time,
          role: (comment, author) =>
            comment.querySelector(SELECTORS.internal) === null && samePerson(author, reporter) ? 'customer' : 'agent',
        }),
      );
    }
    const channel = lineText(doc.querySelector(SELECTORS.channel)).toLowerCase();
    return ticketOf(url, lineText(doc.querySelector(SELECTORS.summary)), messages, channel || undefined);
  },
  replyBox: (doc) => doc.querySelector<HTMLElement>(SELECTORS.replyBox),
  ticketRoot: (doc) => doc.querySelector(SELECTORS.issue) ?? doc.querySelector(SELECTORS.description)?.parentElement ?? null,
};
