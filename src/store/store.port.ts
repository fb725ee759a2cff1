import type { IncidentAggregator } from '../incidents/aggregator.port.ts';
import type { CrowdReading, RecordOutcome, ReportInput } from '../incidents/incident-types.ts';
import type { BranchId } from '../triage/branches.ts';
import type { NewOutboxEntry } from '../outbox/outbox-entry.ts';
import type { OutboxStore } from '../outbox/outbox.port.ts';

/** A conversation as stored: the desk's state (an opaque JSON object) and its version. */
export interface StoredConversation {
  /** As stored: the desk checks its shape (parseConversationState) before using it. */
  state: unknown;
  /** 1 after the first save, +1 on every save. */
  version: number;
}

/**
 * Conversation state, one record per conversation id. The state is opaque to the store and goes
 * through JSON (Dates become strings, `undefined` disappears): validate it when reading.
 * Records expire after the configured TTL (CONVERSATION_TTL_HOURS) without a save.
 */
export interface ConversationStore {
  get(id: string): Promise<StoredConversation | null>;
  /**
   * Compare-and-set: writes when the stored version equals `expectedVersion` (0 = the record must
   * not exist yet), then the version becomes `expectedVersion + 1` and the TTL starts again.
   * `'conflict'`: someone saved first; load again, re-apply the change and retry.
   * `entries`: what the new state owes people (the next question, a confirmation), enqueued in the
   * outbox in the same atomic step, and only when the state is written.
   */
  save(id: string, state: object, expectedVersion: number, entries?: NewOutboxEntry[]): Promise<'ok' | 'conflict'>;
  delete(id: string): Promise<void>;
}

/** Platform thread key (e.g. `slack:T1:C1:1712345678.000100`) to conversation id. */
export interface ThreadIndex {
  /**
   * Binds the thread to `conversationId` unless it is bound already; returns the id that holds
   * the thread (yours, or the one a concurrent replica bound first). TTL: the conversation TTL.
   */
  bind(threadKey: string, conversationId: string): Promise<string>;
  /** The conversation of a thread, or null; a hit starts the TTL again (activity keeps it). */
  find(threadKey: string): Promise<string | null>;
  /** Binds the thread to `conversationId` whoever had it (a new report in the same chat). */
  rebind(threadKey: string, conversationId: string): Promise<void>;
}

/** De-duplication of platform deliveries (a Slack retry carries the same event id). */
export interface EventClaims {
  /** True for the first claim of `eventId` within `ttlSeconds`, false for every later one. */
  claim(eventId: string, ttlSeconds: number): Promise<boolean>;
}

/** Secrets every replica must share (e.g. the web session key when SESSION_SECRET is unset). */
export interface SharedSecrets {
  /**
   * The secret named `name`: the stored one, or `create()`'s value stored now. When replicas race,
   * the first write wins (Redis `SET NX`) and every caller gets that value. Kept without expiry.
   */
  getOrCreate(name: string, create: () => string): Promise<string>;
}

/** Caps on how many distinct members a key admits within a window (e.g. web reporters per client address). */
export interface AdmissionLimits {
  /**
   * True when `member` counts under `key`: it was admitted before within the window, or fewer than
   * `limit` members are admitted (it is added). False when the key is full. The window starts with
   * the key's first member and lasts `ttlSeconds`; then the key starts empty again.
   */
  admit(key: string, member: string, limit: number, ttlSeconds: number): Promise<boolean>;
}

/** Someone who said "I'm affected too" under an announcement: who, and how their platform reaches them. */
export interface AnnouncementFollower {
  /** Platform-scoped person id (`slack:T1:U2`): counted once per incident. */
  personId: string;
  /** The platform's address of the person (opaque to the core; `platform` names the sender), and their language when known. */
  person: Record<string, string>;
}

/**
 * The people an announcement reached instead of a triage: one exact, idempotent count per
 * incident (a person counts once however often and on however many replicas they click), and
 * their addresses for the resolve notice. Kept as long as the incident (REPORT_RETENTION_DAYS).
 */
export interface AnnouncementFollowers {
  /** Adds the person to the incident's followers; `added` false when they were there already; `count` after. */
  follow(incidentId: string, follower: AnnouncementFollower, ttlMs: number): Promise<{ added: boolean; count: number }>;
  /** How many followers each incident has (0 for none). */
  counts(incidentIds: string[]): Promise<Record<string, number>>;
  /** Every follower of the incident. */
  list(incidentId: string): Promise<AnnouncementFollower[]>;
}

/** What a turn leads to under one crowd reading: the verdict's branch, or the question asked. */
export interface TurnPlan {
  branch?: BranchId;
  asked?: string;
}

/**
 * Placeholders of one turn, unguessable (new-turn-marks.ts), so that no text a person typed can
 * be taken for one: `asked`, in the saved state, becomes the question the person was shown
 * (`TurnPlan.asked`, or ''); `crowd`, a string value in an entry's JSON, becomes the crowd reading
 * the turn met (JSON).
 */
export interface TurnMarks {
  asked: string;
  crowd: string;
}

/** One conversation turn, written in one atomic step (TurnStore.commit). */
export interface TurnCommit {
  conversationId: string;
  /** Compare-and-set: the stored version the turn was applied to (0 = a new conversation). */
  expectedVersion: number;
  /** The new state; the string `marks.asked` in it becomes the question shown. */
  state: object;
  /** The report as the state now says (without its branch: that comes from `plans`). */
  report: Omit<ReportInput, 'branch'>;
  /** What the turn leads to under each crowd reading (absent: a question with nothing to record). */
  plans: Partial<Record<CrowdReading['fact'], TurnPlan>>;
  /** What the turn owes people; a string value `marks.crowd` in a body becomes the crowd reading. */
  entries: NewOutboxEntry[];
  marks: TurnMarks;
  /**
   * A new conversation's delivery id: the first start under it wins, claimed in the same step
   * that saves it; a later one writes nothing and gets 'claimed' with the winner's id.
   */
  claim?: string;
}

export type TurnCommitOutcome =
  | { outcome: 'conflict' }
  | { outcome: 'claimed'; conversationId: string }
  | { outcome: 'ok'; version: number; crowd: CrowdReading; report: RecordOutcome['report']; changes: RecordOutcome['changes']; asked?: string };

/**
 * A conversation turn in one step (one Redis script call): compare-and-set of the conversation,
 * the report recorded (aggregation: one call, with the branch the turn reaches under the crowd it
 * meets), and the outbox entries the turn owes. Nothing is written on a conflict.
 */
export interface TurnStore {
  commit(turn: TurnCommit): Promise<TurnCommitOutcome>;
}

export type StoreKind = 'memory' | 'redis' | 'sentinel' | 'cluster';

/** Everything the bot keeps, behind one interface: the same contract for memory and Redis. */
export interface Store {
  readonly kind: StoreKind;
  readonly conversations: ConversationStore;
  readonly threads: ThreadIndex;
  readonly events: EventClaims;
  readonly secrets: SharedSecrets;
  readonly limits: AdmissionLimits;
  /** Reports, aggregation and incident records (src/incidents/); its changes enqueue cards and notices. */
  readonly incidents: IncidentAggregator;
  /** Who said "I'm affected too" under an outage announcement (src/announce/). */
  readonly followers: AnnouncementFollowers;
  /** A conversation turn in one atomic step: save, record, enqueue. */
  readonly turns: TurnStore;
  /** Every message owed after the request that decided it (src/outbox/). */
  readonly outbox: OutboxStore;
  /** Resolves when the store answers (Redis PING); rejects when it cannot be reached. For /readyz. */
  ping(): Promise<void>;
  /** Closes the connection (Redis); the memory store just stops. */
  close(): Promise<void>;
}
