import { browser } from 'wxt/browser';
import type { Reply, RequestInput } from './protocol';

/** Sends one request to the background worker; rejects with the worker's message on failure. */
export async function ask<T>(request: RequestInput): Promise<T> {
  const reply = (await browser.runtime.sendMessage(request)) as Reply<T> | undefined;
  if (!reply) throw new Error('the Triage Lens background worker did not answer');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
