import { AppError } from '../app-error.ts';
import type { MemoryOutbox } from '../outbox/memory-outbox.ts';
import type { FanoutProgress } from '../outbox/outbox.port.ts';
import { classifyReport } from './classify-report.ts';
import type { IncidentRules } from './incident-rules.ts';
import { PLACE_MILESTONES, REPORTER_MILESTONES, TIMELINE_LIMIT } from './incident-rules.ts';
import type { IncidentChange, ReportClass, ReportInput, ResolveReason, TimelineEntry } from './incident-types.ts';
import { MemoryWindows } from './memory-windows.ts';
import type { RawHash, RawIncident } from './parse-aggregation-reply.ts';
import { msString, rawNumber } from './raw-number.ts';

/** One incident in memory: the same hashes, lists and sets the Lua script keeps in Redis. */
interface MemoryIncident {
  fields: RawHash;
  who: Map<string, string>;
  by: Map<string, number>;
  min: Map<string, number>;
  timeline: string[];
  sub: Set<string>;
  /** Every conversation counted in the incident. */
  cv: Set<string>;
  status: Map<string, string>;
  expiresAt: number;
}

/** A timeline entry without its time (default: now); distributes over the union. */
type TimelineInput = TimelineEntry extends infer E ? (E extends TimelineEntry ? Omit<E, 'at'> & { at?: number } : never) : never;

const MILESTONES = { reporters: new Set<number>(REPORTER_MILESTONES), places: new Set<number>(PLACE_MILESTONES) };
export const isOpen = (state: string | undefined) => state === 'open' || state === 'acknowledged';

/**
 * The aggregation state of one process and the steps on it. This is the Lua script
 * (src/incidents/lua/) written again over Maps, function for function, so that the memory and
 * Redis aggregators pass one contract suite; change both together. Callers call `begin(now)`, then
 * read `changes` after the operation; everything is synchronous, hence atomic.
 */
export class MemoryAggregationBook {
  /** The operation's time and the changes it made (see `begin`). */
  now = 0;
  changes: IncidentChange[] = [];
  readonly reports = new Map<string, { hash: RawHash; expiresAt: number }>();
  readonly incidents = new Map<string, MemoryIncident>();
  readonly statusLinks = new Map<string, { incidentId: string; expiresAt: number }>();
  readonly index = new Map<string, number>();
  readonly open = { up: undefined as string | undefined, api: undefined as string | undefined, net: new Map<string, string>() };
  readonly windows = new MemoryWindows();
  #ids: string[] = [];
  #seeding = false;
  readonly #rules: IncidentRules;
  /** Where changes enqueue card redraws and notices (the Lua's outbox helpers). */
  readonly #outbox: MemoryOutbox | undefined;

  constructor(rules: IncidentRules, outbox?: MemoryOutbox) {
    this.#rules = rules;
    this.#outbox = outbox;
  }

  /** Starts an operation at `now`; `ids` are fresh ids for the incidents it may open. */
  begin(now: number, ids: string[] = []) {
    this.now = now;
    this.changes = [];
    this.#ids = [...ids];
    this.windows.cut = now - this.#rules.windowMs;
  }

  report(conv: string): RawHash | undefined {
    const entry = this.reports.get(conv);
    if (!entry || entry.expiresAt <= this.now) return undefined;
    return entry.hash;
  }

  incident(id: string): MemoryIncident | undefined {
    const incident = this.incidents.get(id);
    return incident && incident.expiresAt > this.now ? incident : undefined;
  }

  raw(id: string): RawIncident | undefined {
    const i = this.incident(id);
    if (!i) return undefined;
    const entries = <V>(map: Map<string, V>) => Object.fromEntries([...map].map(([k, v]) => [k, String(v)]));
    return { fields: { ...i.fields }, by: entries(i.by), min: entries(i.min), timeline: [...i.timeline], status: [...i.status.values()] };
  }

  #change(type: IncidentChange['type'], incidentId: string, subscribers?: string[]) {
    this.changes.push(type === 'resolved' ? { type, incidentId, subscribers: subscribers ?? [] } : { type, incidentId });
  }

  /** Ends an operation: every incident it changed gets its card redrawn (the Lua `change` does this as it goes). */
  end() {
    for (const change of this.changes) this.#outbox?.cardChanged(change.incidentId);
  }

  /** A notice to each of `members` (ob_fanout): the incident keeps the fan-out's progress. Returns the recipients. */
  fanout(id: string, notice: Parameters<MemoryOutbox['fanout']>[2], members: Iterable<string>): number {
    const i = this.incident(id);
    if (!i || !this.#outbox) return 0;
    const seq = rawNumber(i.fields.nSeq) + 1;
    const made = this.#outbox.fanout(id, seq, notice, members);
    if (!made) return 0;
    Object.assign(i.fields, { nSeq: String(seq), nId: made.fanoutId, nKind: notice.type, nTotal: String(made.total), nSent: '0', nFailed: '0', nSkipped: '0' });
    return made.total;
  }

  /** Counts a delivery of the incident's current fan-out; false when it belongs to an older one. */
  countProgress(p: FanoutProgress): boolean {
    const i = this.incident(p.incidentId);
    if (!i || i.fields.nId !== p.fanoutId) return false;
    const field = p.outcome === 'sent' ? 'nSent' : p.outcome === 'failed' ? 'nFailed' : 'nSkipped';
    i.fields[field] = String(rawNumber(i.fields[field]) + 1);
    return true;
  }

  timeline(id: string, entry: TimelineInput) {
    const i = this.incident(id)!;
    i.timeline.push(JSON.stringify({ ...entry, at: entry.at ?? this.now }));
    if (i.timeline.length > TIMELINE_LIMIT) i.timeline.splice(0, i.timeline.length - TIMELINE_LIMIT);
  }

  bump(id: string) {
    const i = this.incident(id)!;
    i.fields.version = String(rawNumber(i.fields.version) + 1);
    this.index.set(id, this.now);
    i.expiresAt = this.now + this.#rules.retentionMs;
  }

  effective(id: string | undefined): string | undefined {
    for (let hop = 0; hop < 10 && id; hop += 1) {
      const into = this.incident(id)?.fields.mergedInto;
      if (!into) return id;
      id = into;
    }
    return id;
  }

  // --- incidents (3-incidents.lua) ---

  #countField(i: MemoryIncident, field: string, delta: number): number {
    const v = (i.by.get(field) ?? 0) + delta;
    if (v <= 0) i.by.delete(field);
    else i.by.set(field, v);
    return v;
  }

  #milestone(id: string, what: 'reporters' | 'places', value: number) {
    if (!this.#seeding && MILESTONES[what].has(value)) this.timeline(id, what === 'reporters' ? { type: 'threshold', reporters: value } : { type: 'threshold', places: value });
  }

  #tally(id: string, attr: string, delta: number) {
    const i = this.incident(id)!;
    const [place = '', surface = '', symptom = '', cls = ''] = attr.split('\n');
    if (place !== '') {
      const v = this.#countField(i, `g:${place}`, delta);
      if ((delta > 0 && v === 1) || (delta < 0 && v <= 0)) {
        const places = rawNumber(i.fields.places) + (delta > 0 ? 1 : -1);
        i.fields.places = String(places);
        if (delta > 0) this.#milestone(id, 'places', places);
      }
      if (cls === 'local_network') this.#countField(i, `l:${place}`, delta);
    }
    this.#countField(i, `s:${surface || 'unknown'}`, delta);
    this.#countField(i, `y:${symptom || 'unknown'}`, delta);
  }

  join(id: string, conv: string, r: RawHash) {
    const i = this.incident(id)!;
    const attr = [r.place ?? '', r.surface ?? '', r.symptom ?? '', r.cls ?? ''].join('\n');
    const old = i.who.get(r.reporter!);
    if (old === undefined) {
      i.who.set(r.reporter!, attr);
      const reporters = rawNumber(i.fields.reporters) + 1;
      i.fields.reporters = String(reporters);
      this.#tally(id, attr, 1);
      this.#milestone(id, 'reporters', reporters);
    } else if (old !== attr) {
      this.#tally(id, old, -1);
      this.#tally(id, attr, 1);
      i.who.set(r.reporter!, attr);
    }
    const report = this.report(conv)!;
    if (!report.inc || this.effective(report.inc) !== id) {
      report.inc = id;
      i.fields.reports = String(rawNumber(i.fields.reports) + 1);
      const minute = msString(Math.floor(rawNumber(r.firstAt) / 60_000) * 60_000);
      i.min.set(minute, (i.min.get(minute) ?? 0) + 1);
      i.cv.add(conv);
      if (r.sub === '1') i.sub.add(conv);
    }
    i.fields.lastReportAt = msString(this.now);
    this.windows.unwindow(r.reporter!);
    this.windows.remove('conv', conv);
  }

  openIncident(kind: string, place: string, reason: string): string {
    const id = this.#ids.shift();
    if (!id) throw new AppError('incidents.no_id', 'no fresh incident id for this operation');
    const fields: RawHash = { id, kind, state: 'open', place, openedAt: msString(this.now), openedBy: reason, lastReportAt: msString(this.now), reporters: '0', reports: '0', places: '0', version: '0' };
    this.incidents.set(id, { fields, who: new Map(), by: new Map(), min: new Map(), timeline: [], sub: new Set(), cv: new Set(), status: new Map(), expiresAt: Infinity });
    this.#change('opened', id);
    return id;
  }

  announce(id: string, reason: string) {
    const f = this.incident(id)!.fields;
    this.timeline(id, { type: 'opened', reason: reason as 'crowd' | 'status', reporters: rawNumber(f.reporters), places: rawNumber(f.places) });
  }

  seed(id: string, kind: string, place: string) {
    this.#seeding = true;
    this.windows.count('conv');
    for (const conv of this.windows.range('conv')) {
      const r = this.report(conv);
      if (!r || r.inc) continue;
      const joinable = kind === 'upstream' ? r.cls === 'candidate' || r.cls === 'local_network' : kind === 'api' ? r.cls === 'api_server' : r.cls === 'local_network' && r.place === place;
      if (joinable) this.join(id, conv, r);
    }
    this.#seeding = false;
  }

  resolve(id: string, by: string, reason: string, at: number): boolean {
    const i = this.incident(id);
    if (!i || !isOpen(i.fields.state)) return false;
    Object.assign(i.fields, { state: reason === 'merged' ? 'merged' : 'resolved', resolvedAt: msString(at), resolvedBy: by, resolution: reason });
    if (this.open.up === id) this.open.up = undefined;
    if (this.open.api === id) this.open.api = undefined;
    const place = i.fields.place ?? '';
    if (place !== '' && this.open.net.get(place) === id) this.open.net.delete(place);
    this.bump(id);
    if (reason === 'merged') {
      this.#change('changed', id);
    } else {
      this.timeline(id, { type: 'resolved', at, by, reason: reason as ResolveReason });
      this.#change('resolved', id, [...i.sub]);
      this.fanout(id, { type: 'resolved' }, i.sub);
    }
    return true;
  }

  #merge(from: string, into: string) {
    const source = this.incident(from)!;
    const target = this.incident(into)!;
    for (const [reporter, attr] of source.who) {
      if (target.who.has(reporter)) continue;
      target.who.set(reporter, attr);
      const reporters = rawNumber(target.fields.reporters) + 1;
      target.fields.reporters = String(reporters);
      this.#tally(into, attr, 1);
      this.#milestone(into, 'reporters', reporters);
    }
    target.fields.reports = String(rawNumber(target.fields.reports) + rawNumber(source.fields.reports));
    for (const [minute, count] of source.min) target.min.set(minute, (target.min.get(minute) ?? 0) + count);
    for (const conv of source.sub) target.sub.add(conv);
    for (const conv of source.cv) target.cv.add(conv);
    source.fields.mergedInto = into;
    const place = source.fields.place;
    this.timeline(into, place === undefined ? { type: 'absorbed', incidentId: from } : { type: 'absorbed', incidentId: from, place });
    this.timeline(from, { type: 'merged', into });
    this.resolve(from, 'aggregator', 'merged', this.now);
  }

  openUpstream(reason: string): string {
    const locals = [...this.open.net].map(([place, id]) => ({ place, id, at: rawNumber(this.incident(id)?.fields.openedAt) }));
    locals.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    let id: string;
    const [first, ...others] = locals;
    if (!first) {
      id = this.openIncident('upstream', '', reason);
    } else {
      id = first.id;
      this.open.net.delete(first.place);
      Object.assign(this.incident(id)!.fields, { kind: 'upstream', place: '' });
      this.timeline(id, { type: 'kind_changed', from: 'network_local', to: 'upstream' });
      this.#change('changed', id);
    }
    this.open.up = id;
    for (const other of others) this.#merge(other.id, id);
    this.seed(id, 'upstream', '');
    if (!first) this.announce(id, reason);
    this.bump(id);
    return id;
  }

  openIds(): string[] {
    return [this.open.up, this.open.api, ...this.open.net.values()].filter((id): id is string => id !== undefined);
  }

  statusOpen(id: string): boolean {
    return [...this.incident(id)!.status.values()].some((json) => !(JSON.parse(json) as { resolvedAt?: number }).resolvedAt);
  }

  sweepQuiet() {
    for (const id of this.openIds()) {
      const last = rawNumber(this.incident(id)?.fields.lastReportAt);
      if (last + this.#rules.quietMs <= this.now && !this.statusOpen(id)) this.resolve(id, 'aggregator', 'quiet', last + this.#rules.quietMs);
    }
  }

  /** Drops expired reports, incidents, links and stale window entries (Redis does this by TTL). */
  prune() {
    for (const [conv, entry] of this.reports) if (entry.expiresAt <= this.now) this.reports.delete(conv);
    for (const [id, incident] of this.incidents) if (incident.expiresAt <= this.now) this.incidents.delete(id);
    for (const [sid, link] of this.statusLinks) if (link.expiresAt <= this.now) this.statusLinks.delete(sid);
    for (const [id, at] of this.index) if (at <= this.now - this.#rules.retentionMs) this.index.delete(id);
    this.windows.prune(this.now - 2 * this.#rules.windowMs - 60_000);
  }
}

/** The class of a stored report (the Lua `classify`); exported for the memory aggregator. */
export function classOf(r: RawHash): ReportClass {
  return classifyReport(r as Pick<ReportInput, 'surface' | 'symptom' | 'branch' | 'otherNetwork'>);
}
