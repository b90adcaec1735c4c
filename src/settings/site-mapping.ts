import { InvalidMatchPattern, MatchPattern } from 'wxt/utils/match-patterns';
import { z } from 'zod';
import type { PageConfig } from '../messaging/protocol';

const EXAMPLE_PATTERNS = 'https://support.example.com/* or https://*.example.com/*';

/** Why a match pattern is not valid, or null when it is (same rules as the browser's match patterns). */
export function patternProblem(pattern: string): string | null {
  if (pattern.trim() === '') return `Enter the pages' address pattern, such as ${EXAMPLE_PATTERNS}`;
  try {
    new MatchPattern(pattern);
    return null;
  } catch (error) {
    const reason = error instanceof InvalidMatchPattern ? error.message : String(error);
    return `${reason}. Expected a pattern such as ${EXAMPLE_PATTERNS}`;
  }
}

export const matchPatternSchema = z.string().superRefine((pattern, ctx) => {
  const problem = patternProblem(pattern);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** Which policy applies to pages matching `pattern`, and which adapter reads them (none: by URL). */
export const siteMappingSchema = z.object({
  pattern: matchPatternSchema,
  policyId: z.string().min(1),
  adapterId: z.string().min(1).optional(),
});
export type SiteMapping = z.infer<typeof siteMappingSchema>;

/**
 * The page configuration for a URL: managed mappings first (the organisation's word), then the
 * admin's own, first match wins; otherwise the default policy with the adapter chosen by URL.
 */
export function pageConfigFor(
  url: string,
  mappings: { managed: readonly SiteMapping[]; own: readonly SiteMapping[] },
  defaultPolicyId: string,
): PageConfig {
  const tiers = [
    { list: mappings.managed, source: 'managed' as const },
    { list: mappings.own, source: 'mapping' as const },
  ];
  for (const { list, source } of tiers) {
    const hit = list.find((m) => matches(m.pattern, url));
    if (hit) return { policyId: hit.policyId, adapterId: hit.adapterId ?? null, source, pattern: hit.pattern };
  }
  return { policyId: defaultPolicyId, adapterId: null, source: 'default' };
}

function matches(pattern: string, url: string): boolean {
  try {
    return new MatchPattern(pattern).includes(url);
  } catch {
    return false;
  }
}

/** A host name or IPv4 address (browsers' URL parsers accept far more, such as "helpdesk%20example"). */
const HOST = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/i;

/**
 * Turns what an admin types for a self-hosted helpdesk ("helpdesk.example.com",
 * "https://rt.example.org:8443/rt/") into a host match pattern for its origin.
 * Match patterns carry no port: a port is dropped and every port of the host is covered.
 */
export function originPattern(input: string): { pattern: string } | { error: string } {
  const text = input.trim();
  if (!text) return { error: 'Enter the address of the helpdesk, such as https://helpdesk.example.com' };
  if (/^[a-z*]+:\/\/.*\/\*$/i.test(text) && !patternProblem(text)) {
    const host = text.replace(/^[a-z*]+:\/\//i, '').split('/')[0] ?? '';
    if (host === '*' || host === '') return { error: 'A pattern for every site is not allowed: name the helpdesk host' };
    if (!HOST.test(host.replace(/^\*\./, ''))) return { error: `"${host}" is not a host name` };
    return { pattern: text };
  }
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { error: `"${text}" is not a web address or a match pattern` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { error: 'Only http and https helpdesks can be added' };
  if (!HOST.test(url.hostname)) return { error: `"${text}" is not a web address or a match pattern` };
  const pattern = `${url.protocol}//${url.hostname}/*`;
  const problem = patternProblem(pattern);
  return problem ? { error: problem } : { pattern };
}
