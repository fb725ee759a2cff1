import type { MemoryOutbox } from '../outbox/memory-outbox.ts';
import type { FanoutProgress } from '../outbox/outbox.port.ts';
import type { IncidentAggregator, StatusReconciliation } from './aggregator.port.ts';
import { placeOf } from './classify-report.ts';
import type { IncidentRules } from './incident-rules.ts';
import type { ActionOutcome, CrowdReading, Incident, IncidentChange, RecordOutcome, Report, ReportInput, StatusLink, SubscribeOutcome } from './incident-types.ts';
import { CLEARABLE_REPORT_FIELDS } from './incident-types.ts';
import { byUtf8, classOf, isOpen, MemoryAggregationBook } from './memory-aggregation-book.ts';
import { parseChanges, parseIncident, parseReport, parseStatusLink, type RawHash } from './parse-aggregation-reply.ts';
import { prepareReportInput, type PreparedReport } from './prepare-report-input.ts';
import { incidentIdsFor } from './incident-ids-for.ts';
import { newIncidentId } from './new-incident-id.ts';
import { sortIncidents } from './sort-incidents.ts';
import { msString, rawNumber } from './raw-number.ts';

const REPORT_FIELDS = ['platform', 'surface', 'symptom', 'network', 'otherNetwork', 'site', 'siteKey', 'branch', 'uncounted'] as const;
const PRUNE_EVERY_MS = 60_000;

/**
 * The aggregator of one process (no Redis): the operations of src/incidents/lua/4-ops.lua over
 * MemoryAggregationBook. Same contract as RedisAggregator; results go through the same parsers.
 */
export class MemoryAggregator implements IncidentAggregator {
  readonly #book: MemoryAggregationBook;
  readonly #rules: IncidentRules;
  readonly #now: () => number;
  readonly #newId: (now: number) => string;
  #prunedAt = 0;

  /**
   * `outbox`: where changes enqueue card redraws, resolve notices and desk updates (the memory
   * store's; without it nothing is enqueued). `newId`: incident ids (default random, newIncidentId).
   */
  constructor(rules: IncidentRules, now: () => number = Date.now, options: { outbox?: MemoryOutbox; newId?: (now: number) => string } = {}) {
    this.#book = new MemoryAggregationBook(rules, options.outbox);
    this.#rules = rules;
    this.#now = now;
    this.#newId = options.newId ?? newIncidentId;
    if (options.outbox) options.outbox.onProgress = (p) => this.countProgress(p);
  }

  /** Counts a delivery of an incident's current fan-out (the outbox calls this when it acknowledges one). */
  countProgress(progress: FanoutProgress): boolean {
    return this.#book.countProgress(progress);
  }

  /** Runs one operation at the clock's time and hands back the changes it made. */
  #op<T>(name: string, run: (book: MemoryAggregationBook) => T): { result: T; changes: IncidentChange[] } {
    const book = this.#book;
    const now = this.#now();
    book.begin(now, incidentIdsFor(name, now, this.#newId));
    if (book.now - this.#prunedAt >= PRUNE_EVERY_MS) {
      book.prune();
      this.#prunedAt = book.now;
    }
    const result = run(book);
    book.end();
    return { result, changes: parseChanges(book.changes) };
  }

  #reportOut(book: MemoryAggregationBook, conv: string): Report | null {
    const r = book.report(conv);
    return r ? parseReport(r) : null;
  }

  #reading(book: MemoryAggregationBook, id: string, fact: CrowdReading['fact'], place: string): CrowdReading {
    const i = book.incident(id)!;
    const samePlace = place === '' ? 0 : (i.by.get(`g:${place}`) ?? 0);
    return { fact, incidentId: id, reporters: rawNumber(i.fields.reporters), places: rawNumber(i.fields.places), openedAt: rawNumber(i.fields.openedAt), samePlace };
  }

  #crowd(book: MemoryAggregationBook, place: string): CrowdReading {
    const up = book.pointer('up');
    if (up) return this.#reading(book, up, 'surge', place);
    const local = place === '' ? undefined : book.pointer('net', place);
    if (local) return this.#reading(book, local, 'local_cluster', place);
    return { fact: 'none', reporters: 0, places: 0, samePlace: 0 };
  }

  #targetFor(book: MemoryAggregationBook, r: RawHash): string | undefined {
    const min = this.#rules.minReporters;
    const place = r.place ?? '';
    if (r.cls === 'api_server') {
      const open = book.pointer('api');
      if (open) return open;
      if (book.windows.count('api') >= min) {
        const id = book.openIncident('api', '', 'crowd');
        book.openPointers.api = id;
        book.seed(id, 'api', '');
        book.announce(id, 'crowd');
        return id;
      }
    } else if (r.cls === 'candidate') {
      const up = book.pointer('up');
      if (up) return up;
      if (book.windows.count('up') >= min && book.windows.upstreamPlaces(2) >= 2) return book.openUpstream('crowd');
    } else if (r.cls === 'local_network' && place !== '') {
      const open = book.pointer('net', place);
      if (open) return open;
      if (book.windows.count(`net:${place}`) >= min) {
        const id = book.openIncident('network_local', place, 'crowd');
        book.openPointers.net.set(place, id);
        book.seed(id, 'network_local', place);
        book.announce(id, 'crowd');
        return id;
      }
    }
    return undefined;
  }

  async record(input: ReportInput): Promise<RecordOutcome> {
    const a = prepareReportInput(input);
    const { result, changes } = this.#op('record', (book) => this.#recordIn(book, a));
    return { ...result, changes };
  }

  /**
   * The recording of a turn (the `turn` operation of the Redis script, synchronously, for the
   * memory store's one-step turn): the report is recorded with `branchFor` the crowd it meets
   * before counting, and again when counting changed the crowd to one with another branch.
   */
  recordTurnNow(input: ReportInput, branchFor: (fact: CrowdReading['fact']) => ReportInput['branch']): RecordOutcome {
    const a = prepareReportInput({ ...input, branch: undefined });
    const { result, changes } = this.#op('turn', (book) => {
      const branch = branchFor(this.#crowd(book, placeOf({ site: a.siteKey, network: a.network }) ?? '').fact);
      let out = this.#recordIn(book, branch ? { ...a, branch } : a);
      const after = branchFor(out.crowd.fact);
      if (after !== undefined && after !== branch) out = this.#recordIn(book, { ...a, branch: after });
      return out;
    });
    return { ...result, changes };
  }

  #recordIn(book: MemoryAggregationBook, a: PreparedReport): Omit<RecordOutcome, 'changes'> {
    const conv = a.conversationId;
    book.sweepQuiet();
    const existing = book.report(conv);
    const created = existing === undefined;
    const r: RawHash = created ? { reporter: a.reporterId, firstAt: msString(a.firstAt) } : { ...existing, firstAt: msString(Math.min(rawNumber(existing.firstAt), a.firstAt)) };
    for (const f of a.cleared ?? []) if ((CLEARABLE_REPORT_FIELDS as readonly string[]).includes(f)) delete r[f];
    for (const f of REPORT_FIELDS) {
      const value = a[f];
      if (value !== undefined) r[f] = value;
    }
    r.conversationId = conv;
    r.updatedAt = msString(book.now);
    r.cls = classOf(r);
    r.place = placeOf({ site: r.siteKey, network: r.network }) ?? '';
    book.reports.set(conv, { hash: r, expiresAt: book.now + this.#rules.retentionMs });
    let target: string | undefined;
    if (r.inc) {
      const joined = r.inc;
      const incident = book.incident(joined);
      if (incident && isOpen(incident.fields.state)) {
        if (book.joinable(incident.fields.kind, incident.fields.place ?? '', r)) {
          target = joined;
        } else {
          book.leave(joined, conv, r);
          book.windows.window(conv, r);
          target = this.#targetFor(book, r);
        }
      }
    } else {
      book.windows.window(conv, r);
      target = this.#targetFor(book, r);
    }
    if (target) {
      book.join(target, conv, r);
      book.bump(target);
      book.changes.push({ type: 'changed', incidentId: target });
    }
    return { created, report: this.#reportOut(book, conv)!, crowd: this.#crowd(book, r.place) };
  }

  async crowd(where: { site?: string; network?: string }): Promise<CrowdReading> {
    return this.#op('crowd', (book) => this.#crowd(book, placeOf(where) ?? '')).result;
  }

  async subscribe(conversationId: string): Promise<SubscribeOutcome> {
    return this.#op('subscribe', (book): SubscribeOutcome => {
      const r = book.report(conversationId);
      if (!r) return { outcome: 'no_report' };
      r.sub = '1';
      if (!r.inc) return { outcome: 'pending' };
      const id = r.inc;
      const incident = book.incident(id);
      if (!incident || !isOpen(incident.fields.state)) return { outcome: 'already_resolved', incidentId: id };
      incident.sub.add(conversationId);
      return { outcome: 'subscribed', incidentId: id };
    }).result;
  }

  acknowledge(incidentId: string, actor: string): Promise<ActionOutcome> {
    return this.#act(incidentId, (book, fields) => {
      if (fields.state === 'acknowledged') return false;
      Object.assign(fields, { state: 'acknowledged', ackBy: actor, ackAt: msString(book.now) });
      book.timeline(incidentId, { type: 'acknowledged', by: actor });
      return true;
    });
  }

  resolve(incidentId: string, actor: string, note?: string): Promise<ActionOutcome> {
    return this.#act(incidentId, (book) => {
      book.resolve(incidentId, actor, 'desk', book.now, note);
      return false;
    });
  }

  snooze(incidentId: string, until: number, actor: string): Promise<ActionOutcome> {
    return this.#act(incidentId, (book, fields) => {
      Object.assign(fields, { snoozedBy: actor, snoozedUntil: msString(until) });
      book.timeline(incidentId, { type: 'snoozed', by: actor, until });
      return true;
    });
  }

  async note(incidentId: string, text: string, actor: string, options: { notify?: boolean } = {}): Promise<ActionOutcome & { queued?: number }> {
    let queued: number | undefined;
    const outcome = await this.#act(
      incidentId,
      (book) => {
        book.timeline(incidentId, { type: 'note', by: actor, text });
        if (options.notify) queued = book.fanout(incidentId, { type: 'update', text, by: actor }, book.incident(incidentId)!.cv);
        return true;
      },
      true,
    );
    return outcome.ok && queued !== undefined ? { ...outcome, queued } : outcome;
  }

  /** The Lua `act`: not_found, not_open (except for notes), else `apply`; true means "bump". */
  async #act(id: string, apply: (book: MemoryAggregationBook, fields: RawHash) => boolean, anyState = false): Promise<ActionOutcome> {
    const { result, changes } = this.#op('act', (book) => {
      const incident = book.incident(id);
      if (!incident) return { ok: false as const, reason: 'not_found' as const };
      if (!anyState && !isOpen(incident.fields.state)) return { ok: false as const, reason: 'not_open' as const };
      if (apply(book, incident.fields)) {
        book.bump(id);
        book.changes.push({ type: 'changed', incidentId: id });
      }
      return { ok: true as const, raw: book.raw(id)! };
    });
    return result.ok ? { ok: true, incident: parseIncident(result.raw), changes } : result;
  }

  /** Links a ChatGPT status incident once (the Lua `link_one`). */
  #linkOne(book: MemoryAggregationBook, link: Omit<StatusLink, 'resolvedAt'>) {
    if (this.#linked(book, link.id)) return;
    const id = book.pointer('up') ?? book.openUpstream('status');
    book.statusLinks.set(link.id, { incidentId: id, expiresAt: book.now + this.#rules.retentionMs });
    const stored: Omit<StatusLink, 'resolvedAt'> = { id: link.id, name: link.name };
    if (link.url) stored.url = link.url;
    book.incident(id)!.status.set(link.id, JSON.stringify(stored));
    book.timeline(id, { type: 'status_linked', statusIncidentId: link.id, name: link.name });
    book.bump(id);
    book.changes.push({ type: 'changed', incidentId: id });
  }

  #linked(book: MemoryAggregationBook, statusIncidentId: string): string | undefined {
    const link = book.statusLinks.get(statusIncidentId);
    return link && link.expiresAt > book.now ? link.incidentId : undefined;
  }

  /** A linked status incident resolved (the Lua `resolve_link`). */
  #resolveLink(book: MemoryAggregationBook, statusIncidentId: string) {
    const id = this.#linked(book, statusIncidentId);
    const incident = book.incident(id);
    const json = incident?.status.get(statusIncidentId);
    if (!id || !incident || !json) return;
    const status = parseStatusLink(json);
    if (status.resolvedAt) return;
    incident.status.set(statusIncidentId, JSON.stringify({ ...status, resolvedAt: book.now }));
    book.timeline(id, { type: 'status_resolved', statusIncidentId });
    if (isOpen(incident.fields.state) && !book.statusOpen(id)) {
      book.resolve(id, 'status page', 'status', book.now);
    } else {
      book.bump(id);
      book.changes.push({ type: 'changed', incidentId: id });
    }
  }

  async linkStatusIncident(link: Omit<StatusLink, 'resolvedAt'>): Promise<IncidentChange[]> {
    return this.#op('link_status', (book) => {
      book.sweepQuiet();
      this.#linkOne(book, link);
    }).changes;
  }

  async resolveFromStatus(statusIncidentId: string): Promise<IncidentChange[]> {
    return this.#op('resolve_status', (book) => this.#resolveLink(book, statusIncidentId)).changes;
  }

  async reconcileStatus(reading: StatusReconciliation): Promise<IncidentChange[]> {
    return this.#op('reconcile', (book) => {
      book.sweepQuiet();
      const live = new Set(reading.live);
      for (const id of book.openIds()) {
        for (const sid of [...book.incident(id)!.status.keys()].sort(byUtf8)) if (!live.has(sid)) this.#resolveLink(book, sid);
      }
      for (const link of reading.chatgpt) this.#linkOne(book, link);
    }).changes;
  }

  async sweep(): Promise<IncidentChange[]> {
    return this.#op('sweep', (book) => {
      book.sweepQuiet();
      book.prune();
    }).changes;
  }

  async get(incidentId: string): Promise<Incident | null> {
    const raw = this.#op('get', (book) => book.raw(incidentId)).result;
    return raw ? parseIncident(raw) : null;
  }

  async conversations(incidentId: string): Promise<string[]> {
    return this.#op('conversations', (book) => [...(book.incident(incidentId)?.cv ?? [])].sort()).result;
  }

  async subscribers(incidentId: string): Promise<string[]> {
    return this.#op('subscribers', (book) => [...(book.incident(incidentId)?.sub ?? [])].sort()).result;
  }

  async getReport(conversationId: string): Promise<Report | null> {
    return this.#op('report', (book) => this.#reportOut(book, conversationId)).result;
  }

  async list(options: { openOnly?: boolean; recentMs?: number } = {}): Promise<Incident[]> {
    const raws = this.#op('list', (book) => {
      const since = book.now - (options.recentMs ?? this.#rules.recentMs);
      const ids = new Set(book.openIds());
      if (!options.openOnly) for (const [id, at] of book.index) if (at >= since) ids.add(id);
      return [...ids].map((id) => book.raw(id)).filter((raw) => raw !== undefined && (!options.openOnly || isOpen(raw.fields.state)));
    }).result;
    return sortIncidents(raws.map((raw) => parseIncident(raw!)));
  }
}
