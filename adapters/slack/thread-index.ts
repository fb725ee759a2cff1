/** Which conversation a Slack thread belongs to, and whose it is. */
export interface ThreadEntry {
  conversationId: string;
  /** The reporter's Slack user id: only their replies in the thread count. */
  userId: string;
}

/**
 * Maps a thread (channel + root ts) to its conversation, so a free-text reply in the thread can
 * reach the desk. Must be shared by all replicas in production (Redis); the memory index is for
 * one process and tests.
 */
export interface ThreadIndex {
  get(channel: string, threadTs: string): Promise<ThreadEntry | null>;
  set(channel: string, threadTs: string, entry: ThreadEntry): Promise<void>;
}

export interface MemoryThreadIndexOptions {
  /** Entries expire after this long (default 24 h, like conversations). */
  ttlMs?: number;
  /** The oldest entries go beyond this many (default 100,000). */
  maxEntries?: number;
  now?: () => number;
}

/** A bounded in-process ThreadIndex (insertion order = age). */
export function createMemoryThreadIndex(options: MemoryThreadIndexOptions = {}): ThreadIndex {
  const ttlMs = options.ttlMs ?? 24 * 3600_000;
  const maxEntries = options.maxEntries ?? 100_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, ThreadEntry & { expires: number }>();
  return {
    async get(channel, threadTs) {
      const key = `${channel}/${threadTs}`;
      const e = entries.get(key);
      if (!e) return null;
      if (e.expires <= now()) {
        entries.delete(key);
        return null;
      }
      return { conversationId: e.conversationId, userId: e.userId };
    },
    async set(channel, threadTs, entry) {
      const key = `${channel}/${threadTs}`;
      entries.delete(key);
      entries.set(key, { ...entry, expires: now() + ttlMs });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    },
  };
}
