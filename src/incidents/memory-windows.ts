import type { RawHash } from './parse-aggregation-reply.ts';
import { rawNumber } from './raw-number.ts';

type ZSet = Map<string, number>;


/**
 * The sliding windows of the memory aggregator: lua/2-windows.lua over Maps (sorted sets become
 * Map<member, score>). Keys are the Lua ones without the base: `conv`, `up`, `upp`, `upg:<place>`,
 * `net:<place>`, `api`; a reporter's window entry is the Lua `p:<reporter>`.
 */
export class MemoryWindows {
  readonly #sets = new Map<string, ZSet>();
  readonly #entries = new Map<string, { cls: string; place: string; at: number }>();
  /** Members scored at or before this time are out of the window (set by the caller per operation). */
  cut = 0;

  #zset(key: string): ZSet {
    let set = this.#sets.get(key);
    if (!set) this.#sets.set(key, (set = new Map()));
    return set;
  }

  /** ZADD GT: adds, or raises the score. */
  #add(key: string, member: string, score: number) {
    const set = this.#zset(key);
    set.set(member, Math.max(score, set.get(member) ?? -Infinity));
  }

  /** Trims to the window, then ZCARD. */
  count(key: string): number {
    const set = this.#zset(key);
    for (const [member, score] of set) if (score <= this.cut) set.delete(member);
    return set.size;
  }

  /** Members in ZRANGE order: by score, then by member. */
  range(key: string): string[] {
    return [...this.#zset(key)].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([member]) => member);
  }

  remove(key: string, member: string) {
    this.#zset(key).delete(member);
  }

  unwindow(reporter: string) {
    const p = this.#entries.get(reporter);
    if (p?.cls === 'candidate') {
      this.remove('up', reporter);
      if (p.place !== '') this.remove(`upg:${p.place}`, reporter);
    } else if (p?.cls === 'local_network') {
      this.remove(`net:${p.place}`, reporter);
    } else if (p?.cls === 'api_server') {
      this.remove('api', reporter);
    }
    this.#entries.delete(reporter);
  }

  /** Puts the reporter in the window of their report's class, and the conversation in `conv`. */
  window(conv: string, r: RawHash) {
    const reporter = r.reporter!;
    const cls = r.cls!;
    const place = r.place ?? '';
    const ts = rawNumber(r.firstAt);
    this.unwindow(reporter);
    if (!(cls === 'candidate' || cls === 'api_server' || (cls === 'local_network' && place !== ''))) {
      this.remove('conv', conv);
      return;
    }
    if (cls === 'candidate') {
      this.#add('up', reporter, ts);
      if (place !== '') {
        this.#add(`upg:${place}`, reporter, ts);
        this.#add('upp', place, ts);
      }
    } else if (cls === 'local_network') {
      this.#add(`net:${place}`, reporter, ts);
    } else {
      this.#add('api', reporter, ts);
    }
    this.#entries.set(reporter, { cls, place, at: ts });
    this.#zset('conv').set(conv, ts);
  }

  /** Places with at least one candidate reporter in the window; stops counting at `enough`. */
  upstreamPlaces(enough: number): number {
    this.count('upp');
    let places = 0;
    for (const place of this.range('upp')) {
      if (this.count(`upg:${place}`) > 0) {
        places += 1;
        if (places >= enough) return places;
      } else {
        this.remove('upp', place);
      }
    }
    return places;
  }

  /** Drops entries older than `stale` and empty sets (Redis does this by TTL). */
  prune(stale: number) {
    for (const [reporter, entry] of this.#entries) if (entry.at <= stale) this.unwindow(reporter);
    for (const key of this.#sets.keys()) if (this.count(key) === 0) this.#sets.delete(key);
  }
}
