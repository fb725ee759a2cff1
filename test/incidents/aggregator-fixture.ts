import type { OutboxStore } from '../../src/outbox/outbox.port.ts';
import type { IncidentAggregator } from '../../src/incidents/aggregator.port.ts';
import type { IncidentRules } from '../../src/incidents/incident-rules.ts';
import type { RecordOutcome, ReportInput } from '../../src/incidents/incident-types.ts';
import { manualClock, type ManualClock } from '../helpers/manual-clock.ts';
import type { BackendName, Backends } from '../helpers/store-backends.ts';

export const T0 = Date.UTC(2025, 0, 15, 9, 0, 0);
export const MIN = 60_000;
/** What a person says who counts toward an outage: the web, HTTP 500. */
export const SERVER_500 = { surface: 'web', symptom: 'http_500' } as const;

export interface AggregatorFixture {
  clock: ManualClock;
  agg: IncidentAggregator;
  /** The store's outbox: what the aggregation steps enqueued. */
  outbox: OutboxStore;
  /**
   * Records a report of `reporter` (conversation `c-<reporter>` unless given) at the clock's time:
   * by default one that counts toward an outage (web, HTTP 500); facts given override that.
   */
  send(reporter: string, facts?: Partial<ReportInput>): Promise<RecordOutcome>;
  /** Records a report with only the facts given (none: an opening sentence). */
  bare(reporter: string, facts?: Partial<ReportInput>): Promise<RecordOutcome>;
  /** The one live incident (fails the test when there is not exactly one). */
  only(): Promise<NonNullable<Awaited<ReturnType<IncidentAggregator['get']>>>>;
}

export async function aggregatorFixture(backends: Backends, name: BackendName, rules: Partial<IncidentRules> = {}): Promise<AggregatorFixture> {
  const clock = manualClock(T0);
  const store = await backends.make(name, { now: clock.now, rules });
  const agg = store.incidents;
  return {
    clock,
    agg,
    outbox: store.outbox,
    send: (reporter, facts = {}) => agg.record({ conversationId: `c-${reporter}`, reporterId: reporter, platform: 'slack', firstAt: clock.now(), ...SERVER_500, ...facts }),
    bare: (reporter, facts = {}) => agg.record({ conversationId: `c-${reporter}`, reporterId: reporter, platform: 'slack', firstAt: clock.now(), ...facts }),
    async only() {
      const open = await agg.list({ openOnly: true });
      if (open.length !== 1) throw new Error(`expected one open incident, got ${open.length}: ${open.map((i) => `${i.id}/${i.kind}`).join(', ')}`);
      return open[0]!;
    },
  };
}
