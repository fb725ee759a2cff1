import type { RedisClient } from '../store/create-redis.ts';
import { storeCall } from '../store/store-error.ts';
import { runAggregation } from './aggregation-script.ts';
import type { IncidentAggregator, StatusReconciliation } from './aggregator.port.ts';
import { placeOf } from './classify-report.ts';
import type { IncidentRules } from './incident-rules.ts';
import type { ActionOutcome, CrowdReading, Incident, IncidentChange, RecordOutcome, Report, ReportInput, StatusLink, SubscribeOutcome } from './incident-types.ts';
import { prepareReportInput } from './prepare-report-input.ts';
import {
  actResultSchema,
  aggregationReplySchema,
  checkReply,
  incidentListSchema,
  memberListSchema,
  parseChanges,
  parseCrowd,
  parseIncident,
  parseReport,
  parseSubscribe,
  rawHashSchema,
  rawIncidentSchema,
  recordResultSchema,
} from './parse-aggregation-reply.ts';
import { incidentIdsFor } from './incident-ids-for.ts';
import { newIncidentId } from './new-incident-id.ts';
import { sortIncidents } from './sort-incidents.ts';

/**
 * The aggregator on Redis: every operation is one call of the aggregation script, on the single
 * `{desk}` slot, with `now` from the injected clock. The script enqueues the outbox entries its
 * changes owe (card redraws, notices) in the same call.
 */
export class RedisAggregator implements IncidentAggregator {
  readonly #redis: RedisClient;
  readonly #base: string;
  readonly #rules: IncidentRules;
  readonly #now: () => number;
  readonly #newId: (now: number) => string;

  constructor(redis: RedisClient, baseKey: string, rules: IncidentRules, now: () => number = Date.now, options: { newId?: (now: number) => string } = {}) {
    this.#redis = redis;
    this.#base = baseKey;
    this.#rules = rules;
    this.#now = now;
    this.#newId = options.newId ?? newIncidentId;
  }

  /** One script call; the reply is checked (zod), its result handed back unparsed for the op's own schema. */
  async #run(op: string, args: object = {}): Promise<{ result: unknown; changes: IncidentChange[] }> {
    const now = this.#now();
    const ids = incidentIdsFor(op, now, this.#newId);
    const reply = checkReply(
      aggregationReplySchema,
      await storeCall(`aggregation ${op}`, () => runAggregation(this.#redis, this.#base, this.#rules, now, op, args, ids)),
      `aggregation ${op}`,
    );
    return { result: reply.result, changes: parseChanges(reply.changes) };
  }

  async record(input: ReportInput): Promise<RecordOutcome> {
    const report = prepareReportInput(input);
    const { result, changes } = await this.#run('record', { report });
    const r = checkReply(recordResultSchema, result, 'record');
    return { created: r.created, report: parseReport(r.report), crowd: parseCrowd(r.crowd), changes };
  }

  async crowd(where: { site?: string; network?: string }): Promise<CrowdReading> {
    return parseCrowd((await this.#run('crowd', { place: placeOf(where) ?? '' })).result);
  }

  async subscribe(conversationId: string): Promise<SubscribeOutcome> {
    return parseSubscribe((await this.#run('subscribe', { conversationId })).result);
  }

  acknowledge(incidentId: string, actor: string): Promise<ActionOutcome> {
    return this.#act('acknowledge', { incidentId, actor });
  }

  resolve(incidentId: string, actor: string, note?: string): Promise<ActionOutcome> {
    return this.#act('resolve', { incidentId, actor, ...(note ? { note } : {}) });
  }

  snooze(incidentId: string, until: number, actor: string): Promise<ActionOutcome> {
    return this.#act('snooze', { incidentId, until, actor });
  }

  note(incidentId: string, text: string, actor: string, options: { notify?: boolean } = {}): Promise<ActionOutcome & { queued?: number }> {
    return this.#act('note', { incidentId, text, actor, notify: options.notify ?? false });
  }

  async #act(op: string, args: object): Promise<ActionOutcome & { queued?: number }> {
    const { result, changes } = await this.#run(op, args);
    const outcome = checkReply(actResultSchema, result, op);
    if (!outcome.ok) return outcome;
    return { ok: true, incident: parseIncident(outcome.incident), changes, ...(outcome.queued !== undefined ? { queued: outcome.queued } : {}) };
  }

  async linkStatusIncident(link: Omit<StatusLink, 'resolvedAt'>): Promise<IncidentChange[]> {
    const status: Omit<StatusLink, 'resolvedAt'> = { id: link.id, name: link.name };
    if (link.url) status.url = link.url;
    return (await this.#run('link_status', { status })).changes;
  }

  async resolveFromStatus(statusIncidentId: string): Promise<IncidentChange[]> {
    return (await this.#run('resolve_status', { statusIncidentId })).changes;
  }

  async reconcileStatus(reading: StatusReconciliation): Promise<IncidentChange[]> {
    const chatgpt = reading.chatgpt.map((link) => ({ id: link.id, name: link.name, ...(link.url ? { url: link.url } : {}) }));
    return (await this.#run('reconcile', { live: reading.live, chatgpt })).changes;
  }

  async sweep(): Promise<IncidentChange[]> {
    return (await this.#run('sweep')).changes;
  }

  async get(incidentId: string): Promise<Incident | null> {
    const { result } = await this.#run('get', { incidentId });
    return result === undefined ? null : parseIncident(checkReply(rawIncidentSchema, result, 'get'));
  }

  async conversations(incidentId: string): Promise<string[]> {
    return checkReply(memberListSchema, (await this.#run('conversations', { incidentId })).result ?? [], 'conversations').sort();
  }

  async subscribers(incidentId: string): Promise<string[]> {
    return checkReply(memberListSchema, (await this.#run('subscribers', { incidentId })).result ?? [], 'subscribers').sort();
  }

  async getReport(conversationId: string): Promise<Report | null> {
    const { result } = await this.#run('report', { conversationId });
    return result === undefined ? null : parseReport(checkReply(rawHashSchema, result, 'report'));
  }

  async list(options: { openOnly?: boolean; recentMs?: number } = {}): Promise<Incident[]> {
    const args = { openOnly: options.openOnly ?? false, recentMs: options.recentMs ?? this.#rules.recentMs };
    const { result } = await this.#run('list', args);
    return sortIncidents(checkReply(incidentListSchema, result ?? [], 'list').map(parseIncident));
  }
}
