/**
 * The Redis key layout, in one place. Every key is `<prefix>{<tag>}...`: the hash tag decides the
 * cluster slot, so whatever one script touches shares a tag. The desk's transactional core shares
 * the single `{desk}` tag: conversations, aggregation and incidents, helpdesk cards and the outbox,
 * so that a state change and the messages it owes are written by one script (one slot). Thread
 * bindings and event claims are tagged by their own key and spread over the cluster.
 */
export interface RedisKeys {
  /** String: the conversation id bound to a platform thread. */
  thread(threadKey: string): string;
  /** String: a claimed platform event id. */
  event(eventId: string): string;
  /** String: a secret the replicas share (no expiry). */
  secret(name: string): string;
  /** Set with a TTL: the members an admission limit has let in during its window. */
  limit(key: string): string;
  /**
   * The base of every key of the transactional core (`<prefix>{desk}`). The scripts append
   * `:cv:<id>` (conversations), `:r:<id>`, `:i:<id>`, ... (aggregation), `:card:<id>` (helpdesk
   * cards) and `:ob`, `:ob:...` (the outbox); see ARCHITECTURE.md for the whole table.
   */
  desk: string;
}

export function redisKeys(prefix: string): RedisKeys {
  return {
    thread: (threadKey) => `${prefix}{th:${threadKey}}`,
    event: (eventId) => `${prefix}{ev:${eventId}}`,
    secret: (name) => `${prefix}{secret:${name}}`,
    limit: (key) => `${prefix}{lim:${key}}`,
    desk: `${prefix}{desk}`,
  };
}
