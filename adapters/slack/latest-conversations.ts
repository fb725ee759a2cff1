import type { Logger } from '../../src/logger.ts';
import type { ThreadIndex } from '../../src/store/store.port.ts';

/** Where each person's latest conversation is kept (`slack-latest:<team>:<user>`): the store's thread index fits (its TTL is the conversation's). */
export type LatestCache = Pick<ThreadIndex, 'find' | 'rebind'>;

export interface LatestConversations {
  /** The conversation a person's slash command started is now their latest. Never throws. */
  remember(team: string, user: string, conversationId: string): Promise<void>;
  /** The person's latest conversation (it may have expired since), or null. Throws when the store cannot be read. */
  find(team: string, user: string): Promise<string | null>;
}

/**
 * Each Slack person's latest conversation, for `/chatgpt-500 report` (a slash command knows the
 * person, not a thread). In the store's thread index when given (every replica shares it), else
 * in this process's memory.
 */
export function createLatestConversations(deps: { cache?: LatestCache; logger: Logger }): LatestConversations {
  const memory = new Map<string, string>();
  const cache: LatestCache = deps.cache ?? {
    find: async (key) => memory.get(key) ?? null,
    rebind: async (key, id) => {
      memory.set(key, id);
    },
  };
  const keyOf = (team: string, user: string) => `slack-latest:${team}:${user}`;
  return {
    async remember(team, user, conversationId) {
      try {
        await cache.rebind(keyOf(team, user), conversationId);
      } catch (error) {
        deps.logger.warn({ err: error, user, conversationId }, 'could not remember the latest conversation of a person');
      }
    },
    find: (team, user) => cache.find(keyOf(team, user)),
  };
}
