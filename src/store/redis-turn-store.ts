import { runAggregation } from '../incidents/aggregation-script.ts';
import { incidentIdsFor } from '../incidents/incident-ids-for.ts';
import type { IncidentRules } from '../incidents/incident-rules.ts';
import { newIncidentId } from '../incidents/new-incident-id.ts';
import { aggregationReplySchema, checkReply, parseChanges, parseCrowd, parseReport, turnResultSchema } from '../incidents/parse-aggregation-reply.ts';
import { prepareReportInput } from '../incidents/prepare-report-input.ts';
import { encodeEntry } from '../outbox/outbox-entry.ts';
import type { RedisClient } from './create-redis.ts';
import { storeCall } from './store-error.ts';
import type { TurnCommit, TurnCommitOutcome, TurnStore } from './store.port.ts';

/**
 * A turn in one call of the aggregation script (op `turn`, src/incidents/lua/4-ops.lua): the
 * conversation's compare-and-set, the report recorded with the branch its crowd leads to, and the
 * turn's outbox entries, on the `{desk}` slot. The reply is checked like every aggregation reply.
 */
export class RedisTurnStore implements TurnStore {
  readonly #redis: RedisClient;
  readonly #base: string;
  readonly #rules: IncidentRules;
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #newId: (now: number) => string;

  constructor(redis: RedisClient, options: { base: string; rules: IncidentRules; conversationTtlMs: number; now: () => number; newId?: (now: number) => string }) {
    this.#redis = redis;
    this.#base = options.base;
    this.#rules = options.rules;
    this.#ttlMs = options.conversationTtlMs;
    this.#now = options.now;
    this.#newId = options.newId ?? newIncidentId;
  }

  async commit(turn: TurnCommit): Promise<TurnCommitOutcome> {
    const now = this.#now();
    const args = {
      conversationId: turn.conversationId,
      expectedVersion: turn.expectedVersion,
      ttlMs: this.#ttlMs,
      report: prepareReportInput(turn.report),
      plans: turn.plans,
      entryIds: turn.entries.map((e) => e.id),
      marks: turn.marks,
      ...(turn.claim ? { claim: turn.claim } : {}),
    };
    // The state and the entries go as ARGV[2..] as they are (not escaped inside the arguments' JSON).
    const texts = [JSON.stringify(turn.state), ...turn.entries.map((e) => encodeEntry(e, now))];
    const reply = checkReply(
      aggregationReplySchema,
      await storeCall('conversation turn', () => runAggregation(this.#redis, this.#base, this.#rules, now, 'turn', args, incidentIdsFor('turn', now, this.#newId), texts)),
      'aggregation turn',
    );
    const result = checkReply(turnResultSchema, reply.result, 'turn');
    if ('conflict' in result) return { outcome: 'conflict' };
    if ('claimed' in result) return { outcome: 'claimed', conversationId: result.claimed };
    return {
      outcome: 'ok',
      version: result.version,
      crowd: parseCrowd(result.crowd),
      report: parseReport(result.report),
      changes: parseChanges(reply.changes),
      ...(result.asked ? { asked: result.asked } : {}),
    };
  }
}
