import type { RedisClient } from '../store/create-redis.ts';
import { storeCall } from '../store/store-error.ts';
import { defineAggregationCommand, runAggregation } from './aggregation-script.ts';
import type { IncidentAggregator } from './aggregator.port.ts';
import { placeOf } from './classify-report.ts';
import type { IncidentRules } from './incident-rules.ts';
import type { ActionOutcome, CrowdReading, Incident, IncidentChange, RecordOutcome, Report, ReportInput, StatusLink, SubscribeOutcome } from './incident-types.ts';
import { prepareReportInput } from './prepare-report-input.ts';
import { parseChanges, parseCrowd, parseIncident, parseReport, type RawHash, type RawIncident } from './parse-aggregation-reply.ts';
import { newIncidentId } from './new-incident-id.ts';
import { sortIncidents } from './sort-incidents.ts';

type Reply<R> = { result?: R; changes?: Parameters<typeof parseChanges>[0] };
type RawAction = { ok: true; incident: RawIncident; queued?: number } | { ok: false; reason: 'not_found' | 'not_open' };

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
    defineAggregationCommand(redis);
  }

  async #run<R>(op: string, args: object = {}): Promise<{ result: R | undefined; changes: IncidentChange[] }> {
    const now = this.#now();
    const ids = op === 'record' || op === 'link_status' ? [this.#newId(now), this.#newId(now)] : [];
    const reply = (await storeCall(`aggregation ${op}`, () => runAggregation(this.#redis, this.#base, this.#rules, now, op, args, ids))) as Reply<R>;
    return { result: reply.result, changes: parseChanges(reply.changes) };
  }

  async record(input: ReportInput): Promise<RecordOutcome> {
    const report = prepareReportInput(input);
    const { result, changes } = await this.#run<{ created: boolean; report: RawHash; crowd: Parameters<typeof parseCrowd>[0] }>('record', { report });
    return { created: result!.created, report: parseReport(result!.report), crowd: parseCrowd(result!.crowd), changes };
  }

  async crowd(where: { site?: string; network?: string }): Promise<CrowdReading> {
    const { result } = await this.#run<Parameters<typeof parseCrowd>[0]>('crowd', { place: placeOf(where) ?? '' });
    return parseCrowd(result!);
  }

  async subscribe(conversationId: string): Promise<SubscribeOutcome> {
    return (await this.#run<SubscribeOutcome>('subscribe', { conversationId })).result!;
  }

  acknowledge(incidentId: string, actor: string): Promise<ActionOutcome> {
    return this.#act('acknowledge', { incidentId, actor });
  }

  resolve(incidentId: string, actor: string): Promise<ActionOutcome> {
    return this.#act('resolve', { incidentId, actor });
  }

  snooze(incidentId: string, until: number, actor: string): Promise<ActionOutcome> {
    return this.#act('snooze', { incidentId, until, actor });
  }

  note(incidentId: string, text: string, actor: string, options: { notify?: boolean } = {}): Promise<ActionOutcome & { queued?: number }> {
    return this.#act('note', { incidentId, text, actor, notify: options.notify ?? false });
  }

  async #act(op: string, args: object): Promise<ActionOutcome & { queued?: number }> {
    const { result, changes } = await this.#run<RawAction>(op, args);
    if (!result!.ok) return result!;
    return { ok: true, incident: parseIncident(result!.incident), changes, ...(typeof result!.queued === 'number' ? { queued: result!.queued } : {}) };
  }

  async linkStatusIncident(link: Omit<StatusLink, 'resolvedAt'>): Promise<IncidentChange[]> {
    const status: Omit<StatusLink, 'resolvedAt'> = { id: link.id, name: link.name };
    if (link.url) status.url = link.url;
    return (await this.#run('link_status', { status })).changes;
  }

  async resolveFromStatus(statusIncidentId: string): Promise<IncidentChange[]> {
    return (await this.#run('resolve_status', { statusIncidentId })).changes;
  }

  async sweep(): Promise<IncidentChange[]> {
    return (await this.#run('sweep')).changes;
  }

  async get(incidentId: string): Promise<Incident | null> {
    const { result } = await this.#run<RawIncident>('get', { incidentId });
    return result ? parseIncident(result) : null;
  }

  async conversations(incidentId: string): Promise<string[]> {
    const { result } = await this.#run<unknown>('conversations', { incidentId });
    // cjson encodes an empty Lua table as {}: only an array carries members.
    return Array.isArray(result) ? result.map(String).sort() : [];
  }

  async subscribers(incidentId: string): Promise<string[]> {
    const { result } = await this.#run<unknown>('subscribers', { incidentId });
    // cjson encodes an empty Lua table as {}: only an array carries members.
    return Array.isArray(result) ? result.map(String).sort() : [];
  }

  async getReport(conversationId: string): Promise<Report | null> {
    const { result } = await this.#run<RawHash>('report', { conversationId });
    return result ? parseReport(result) : null;
  }

  async list(options: { openOnly?: boolean; recentMs?: number } = {}): Promise<Incident[]> {
    const args = { openOnly: options.openOnly ?? false, recentMs: options.recentMs ?? this.#rules.recentMs };
    const { result } = await this.#run<RawIncident[] | Record<string, never>>('list', args);
    return sortIncidents((Array.isArray(result) ? result : []).map(parseIncident));
  }
}
