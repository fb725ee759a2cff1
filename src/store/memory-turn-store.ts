import type { MemoryAggregator } from '../incidents/memory-aggregator.ts';
import type { NewOutboxEntry } from '../outbox/outbox-entry.ts';
import type { MemoryConversationStore } from './memory-conversation-store.ts';
import type { TurnCommit, TurnCommitOutcome, TurnStore } from './store.port.ts';

/**
 * The memory store's turn: the same steps as the Redis script's `turn` operation, run without an
 * await between the version check and the save, so it is as atomic in one process.
 */
export class MemoryTurnStore implements TurnStore {
  readonly #conversations: MemoryConversationStore;
  readonly #incidents: MemoryAggregator;

  constructor(conversations: MemoryConversationStore, incidents: MemoryAggregator) {
    this.#conversations = conversations;
    this.#incidents = incidents;
  }

  async commit(turn: TurnCommit): Promise<TurnCommitOutcome> {
    const id = turn.conversationId;
    const holder = turn.claim ? this.#conversations.startedBy(turn.claim) : undefined;
    if (holder !== undefined && holder !== id) return { outcome: 'claimed', conversationId: holder };
    const version = this.#conversations.versionOf(id);
    if (version !== turn.expectedVersion) return { outcome: 'conflict' };
    if (turn.claim) this.#conversations.startedNow(turn.claim, id);
    const recorded = this.#incidents.recordTurnNow(turn.report, (fact) => turn.plans[fact]?.branch);
    const asked = turn.plans[recorded.crowd.fact]?.asked ?? '';
    const crowd = JSON.stringify(recorded.crowd);
    const entries = turn.entries.map((e): NewOutboxEntry => ({ ...e, body: JSON.parse(JSON.stringify(e.body).replace(`"${turn.marks.crowd}"`, crowd)) as NewOutboxEntry['body'] }));
    this.#conversations.saveNow(id, JSON.stringify(turn.state).replace(turn.marks.asked, asked), version + 1, entries);
    return { outcome: 'ok', version: version + 1, crowd: recorded.crowd, report: recorded.report, changes: recorded.changes, ...(asked ? { asked } : {}) };
  }
}
