import { AppError } from '../app-error.ts';
import type { MemoryOutbox } from '../outbox/memory-outbox.ts';
import type { FanoutProgress } from '../outbox/outbox.port.ts';
import { BRANCHES } from '../triage/branches.ts';
import { classifyReport } from './classify-report.ts';
import type { IncidentRules } from './incident-rules.ts';
import { PLACE_MILESTONES, REPORTER_MILESTONES, TIMELINE_LIMIT } from './incident-rules.ts';
import type { IncidentChange, ReportClass, ResolveReason, TimelineEntry } from './incident-types.ts';
import { MemoryWindows } from './memory-windows.ts';
import type { RawHash, RawIncident } from './parse-aggregation-reply.ts';
import { msString, rawNumber } from './raw-number.ts';

/** One incident in memory: the same hashes, lists and sets the Lua script keeps in Redis. */
interface MemoryIncident {
  fields: RawHash;
  who: Map<string, string>;
  /** reporter → their conversations counted here (the Lua `rc`). */
  rc: Map<string, number>;
  by: Map<string, number>;
  /** siteKey → label as first given (the Lua `lbl`). */
  lbl: Map<string, string>;
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
const orUnknown = (v: string | undefined) => (v === undefined || v === '' ? 'unknown' : v);
const minuteOf = (r: RawHash) => msString(Math.floor(rawNumber(r.firstAt) / 60_000) * 60_000);

/**
 * The aggregation state of one process and the steps on it. This is the Lua script
 * (src/incidents/lua/) written again over Maps, function for function; a property-based test
 * holds the two to the same results (test/incidents/aggregator-parity.property.test.ts), so change
 * both together. Expiry is logical, as in the script: an incident, report or link whose time has
 * passed is gone. Callers call `begin(now)`, then read `changes` after the operation; everything
 * is synchronous, hence atomic.
 */
export class MemoryAggregationBook {
  /** The operation's time and the changes it made (see `begin`). */
  now = 0;
  changes: IncidentChange[] = [];
  readonly reports = new Map<string, { hash: RawHash; expiresAt: number }>();
  readonly incidents = new Map<string, MemoryIncident>();
  readonly statusLinks = new Map<string, { incidentId: string; expiresAt: number }>();
  readonly index = new Map<string, number>();
  readonly openPointers = { up: undefined as string | undefined, api: undefined as string | undefined, net: new Map<string, string>() };
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

  /** A report while it lives (the Lua `report_hash`). */
  report(conv: string): RawHash | undefined {
    const entry = this.reports.get(conv);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now) {
      this.reports.delete(conv);
      return undefined;
    }
    return entry.hash;
  }

  /** An incident while it lives (the Lua `alive`). */
  incident(id: string | undefined): MemoryIncident | undefined {
    if (id === undefined) return undefined;
    const incident = this.incidents.get(id);
    return incident && incident.expiresAt > this.now ? incident : undefined;
  }

  raw(id: string): RawIncident | undefined {
    const i = this.incident(id);
    if (!i) return undefined;
    const entries = <V>(map: Map<string, V>) => Object.fromEntries([...map].map(([k, v]) => [k, String(v)]));
    return { fields: { ...i.fields }, by: entries(i.by), lbl: entries(i.lbl), min: entries(i.min), timeline: [...i.timeline], status: [...i.status.values()] };
  }

  /** The open incident a pointer names; one naming an incident that expired or closed is dropped (the Lua `pointer`). */
  pointer(kind: 'up' | 'api'): string | undefined;
  pointer(kind: 'net', place: string): string | undefined;
  pointer(kind: 'up' | 'api' | 'net', place = ''): string | undefined {
    const id = kind === 'net' ? this.openPointers.net.get(place) : this.openPointers[kind];
    if (id === undefined) return undefined;
    if (isOpen(this.incident(id)?.fields.state)) return id;
    if (kind === 'net') this.openPointers.net.delete(place);
    else this.openPointers[kind] = undefined;
    return undefined;
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
    const i = this.incidents.get(id)!;
    i.timeline.push(JSON.stringify({ ...entry, at: entry.at ?? this.now }));
    if (i.timeline.length > TIMELINE_LIMIT) i.timeline.splice(0, i.timeline.length - TIMELINE_LIMIT);
  }

  bump(id: string) {
    const i = this.incidents.get(id)!;
    i.fields.version = String(rawNumber(i.fields.version) + 1);
    this.index.set(id, this.now);
    i.expiresAt = this.now + this.#rules.retentionMs;
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
    const i = this.incidents.get(id)!;
    const [place = '', surface, symptom, network, site] = attr.split('\n');
    if (place !== '') {
      const v = this.#countField(i, `g:${place}`, delta);
      if ((delta > 0 && v === 1) || (delta < 0 && v <= 0)) {
        const places = rawNumber(i.fields.places) + (delta > 0 ? 1 : -1);
        i.fields.places = String(places);
        if (delta > 0) this.#milestone(id, 'places', places);
      }
    }
    this.#countField(i, `s:${orUnknown(surface)}`, delta);
    this.#countField(i, `y:${orUnknown(symptom)}`, delta);
    this.#countField(i, `n:${orUnknown(network)}`, delta);
    this.#countField(i, `t:${orUnknown(site)}`, delta);
  }

  join(id: string, conv: string, r: RawHash) {
    const i = this.incidents.get(id)!;
    if (r.inc !== id) {
      r.inc = id;
      i.fields.reports = String(rawNumber(i.fields.reports) + 1);
      const minute = minuteOf(r);
      i.min.set(minute, (i.min.get(minute) ?? 0) + 1);
      i.cv.add(conv);
      if (r.sub === '1') i.sub.add(conv);
      i.rc.set(r.reporter!, (i.rc.get(r.reporter!) ?? 0) + 1);
    }
    const attr = [r.place ?? '', r.surface ?? '', r.symptom ?? '', r.network ?? '', r.siteKey ?? ''].join('\n');
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
    if (r.siteKey && !i.lbl.has(r.siteKey)) i.lbl.set(r.siteKey, r.site ?? r.siteKey);
    i.fields.lastReportAt = msString(this.now);
    this.windows.unwindow(r.reporter!);
    this.windows.remove('conv', conv);
  }

  /** Takes the conversation out of the incident; the reporter leaves with their last one there (the Lua `leave`). */
  leave(id: string, conv: string, r: RawHash) {
    const i = this.incidents.get(id)!;
    delete r.inc;
    i.fields.reports = String(rawNumber(i.fields.reports) - 1);
    const minute = minuteOf(r);
    const left = (i.min.get(minute) ?? 0) - 1;
    if (left <= 0) i.min.delete(minute);
    else i.min.set(minute, left);
    i.cv.delete(conv);
    i.sub.delete(conv);
    const rc = (i.rc.get(r.reporter!) ?? 0) - 1;
    if (rc <= 0) {
      i.rc.delete(r.reporter!);
      const old = i.who.get(r.reporter!);
      if (old !== undefined) {
        i.who.delete(r.reporter!);
        const reporters = rawNumber(i.fields.reporters) - 1;
        i.fields.reporters = String(reporters);
        this.#tally(id, old, -1);
        const branch = BRANCHES.find((b) => b === r.branch);
        this.timeline(id, branch ? { type: 'left', branch, reporters } : { type: 'left', reporters });
      }
    } else {
      i.rc.set(r.reporter!, rc);
    }
    this.bump(id);
    this.#change('changed', id);
  }

  openIncident(kind: string, place: string, reason: string): string {
    const id = this.#ids.shift();
    if (!id) throw new AppError('incidents.no_id', 'no fresh incident id for this operation');
    const fields: RawHash = { id, kind, state: 'open', place, openedAt: msString(this.now), openedBy: reason, lastReportAt: msString(this.now), reporters: '0', reports: '0', places: '0', version: '0' };
    this.incidents.set(id, {
      fields,
      who: new Map(),
      rc: new Map(),
      by: new Map(),
      lbl: new Map(),
      min: new Map(),
      timeline: [],
      sub: new Set(),
      cv: new Set(),
      status: new Map(),
      expiresAt: this.now + this.#rules.retentionMs,
    });
    this.#change('opened', id);
    return id;
  }

  announce(id: string, reason: string) {
    const f = this.incidents.get(id)!.fields;
    this.timeline(id, { type: 'opened', reason: reason as 'crowd' | 'status', reporters: rawNumber(f.reporters), places: rawNumber(f.places) });
  }

  /** Which reports an incident counts (the Lua `joinable`). */
  joinable(kind: string | undefined, place: string, r: RawHash): boolean {
    if (kind === 'upstream') return r.cls === 'candidate';
    if (kind === 'api') return r.cls === 'api_server';
    return r.cls === 'local_network' && r.place === place;
  }

  seed(id: string, kind: string, place: string) {
    this.#seeding = true;
    this.windows.count('conv');
    for (const conv of this.windows.range('conv')) {
      const r = this.report(conv);
      if (r && !r.inc && this.joinable(kind, place, r)) this.join(id, conv, r);
    }
    this.#seeding = false;
  }

  resolve(id: string, by: string, reason: ResolveReason, at: number, note?: string): boolean {
    const i = this.incidents.get(id);
    if (!i || !isOpen(i.fields.state)) return false;
    Object.assign(i.fields, { state: 'resolved', resolvedAt: msString(at), resolvedBy: by, resolution: reason });
    if (this.openPointers.up === id) this.openPointers.up = undefined;
    if (this.openPointers.api === id) this.openPointers.api = undefined;
    const place = i.fields.place ?? '';
    if (place !== '' && this.openPointers.net.get(place) === id) this.openPointers.net.delete(place);
    this.bump(id);
    this.timeline(id, { type: 'resolved', at, by, reason, ...(note ? { note } : {}) });
    this.#change('resolved', id, [...i.sub]);
    this.fanout(id, note ? { type: 'resolved', note } : { type: 'resolved' }, i.sub);
    return true;
  }

  openUpstream(reason: string): string {
    const id = this.openIncident('upstream', '', reason);
    this.openPointers.up = id;
    this.seed(id, 'upstream', '');
    this.announce(id, reason);
    this.bump(id);
    return id;
  }

  /** The open incidents, each once, pointers checked (up, api, then places in order). */
  openIds(): string[] {
    const ids: string[] = [];
    const up = this.pointer('up');
    if (up) ids.push(up);
    const api = this.pointer('api');
    if (api) ids.push(api);
    for (const place of [...this.openPointers.net.keys()].sort(byUtf8)) {
      const id = this.pointer('net', place);
      if (id) ids.push(id);
    }
    return ids;
  }

  statusOpen(id: string): boolean {
    return [...this.incidents.get(id)!.status.values()].some((json) => !(JSON.parse(json) as { resolvedAt?: number }).resolvedAt);
  }

  sweepQuiet() {
    for (const id of this.openIds()) {
      const last = rawNumber(this.incidents.get(id)!.fields.lastReportAt);
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

/** Sorting as Lua's table.sort on strings: by their UTF-8 bytes. */
export const byUtf8 = (a: string, b: string) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

/** The class of a stored report (the Lua `classify`); exported for the memory aggregator. */
export function classOf(r: RawHash): ReportClass {
  return classifyReport(r);
}
