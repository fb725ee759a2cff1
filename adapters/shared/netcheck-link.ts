import type { Config } from '../../src/config.ts';
import { netcheckTokens } from './netcheck-token.ts';

/** The "Check my network" address of a conversation (`PUBLIC_URL/check/<token>`), freshly signed. */
export type NetcheckLink = (conversationId: string) => string;

/** The path of the page a link opens. */
export const NETCHECK_PATH = '/check/';

/**
 * Links for the chat threads, or undefined when the bot cannot offer them: without PUBLIC_URL
 * nobody could open the page, and without SESSION_SECRET there is no key that every replica
 * shares from the start (a key made up here would sign links no other replica accepts). A token
 * lives as long as a conversation does (CONVERSATION_TTL_HOURS).
 */
export function netcheckLinkFrom(config: Pick<Config, 'PUBLIC_URL' | 'SESSION_SECRET' | 'CONVERSATION_TTL_HOURS'>, now: () => number = Date.now): NetcheckLink | undefined {
  if (!config.PUBLIC_URL || !config.SESSION_SECRET) return undefined;
  const base = config.PUBLIC_URL.replace(/\/+$/, '');
  const tokens = netcheckTokens(config.SESSION_SECRET);
  const ttlMs = config.CONVERSATION_TTL_HOURS * 3_600_000;
  return (conversationId) => `${base}${NETCHECK_PATH}${tokens.issue(conversationId, now() + ttlMs)}`;
}

/** A request path as logs may show it: a "Check my network" token (a capability) replaced by `[token]`. */
export const withoutNetcheckToken = (path: string): string => path.replace(/(\/check\/)(?!assets\/)[^/]+/, '$1[token]');
