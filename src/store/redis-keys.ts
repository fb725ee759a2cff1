/**
 * The Redis key layout, in one place. Every key is `<prefix>{<tag>}...`: the hash tag decides the
 * cluster slot, so whatever one script touches shares a tag. Conversations, threads, events and
 * cards are tagged by their own id (spread over the cluster); all aggregation state shares the
 * single `{agg}` tag (one slot, so a report is one atomic script; see the aggregation Lua).
 */
export interface RedisKeys {
  /** Hash `{v, s}`: version and JSON state of a conversation. */
  conversation(id: string): string;
  /** String: the conversation id bound to a platform thread. */
  thread(threadKey: string): string;
  /** String: a claimed platform event id. */
  event(eventId: string): string;
  /** String: the card lease (its value is the expiry time in ms). */
  cardLease(incidentId: string): string;
  /** String: set while a card change waits for the lease. */
  cardDirty(incidentId: string): string;
  /** String: the platform's reference of the posted card (e.g. Slack channel + ts). */
  cardRef(incidentId: string): string;
  /** The base of every aggregation key (`<prefix>{agg}`); the scripts append `:r:<id>`, `:i:<id>`, ... */
  aggregation: string;
}

export function redisKeys(prefix: string): RedisKeys {
  return {
    conversation: (id) => `${prefix}{cv:${id}}`,
    thread: (threadKey) => `${prefix}{th:${threadKey}}`,
    event: (eventId) => `${prefix}{ev:${eventId}}`,
    cardLease: (id) => `${prefix}{card:${id}}:lease`,
    cardDirty: (id) => `${prefix}{card:${id}}:dirty`,
    cardRef: (id) => `${prefix}{card:${id}}:ref`,
    aggregation: `${prefix}{agg}`,
  };
}
