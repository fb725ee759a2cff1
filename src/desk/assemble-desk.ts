import type { Config } from '../config.ts';
import type { Incident } from '../incidents/incident-types.ts';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import { CardCoalescer, type Schedule } from '../notify/card-coalescer.ts';
import { createNotifierHub, type NotifierHub } from '../notify/notifier-hub.ts';
import type { StatusReading } from '../status/build-status-reading.ts';
import type { Store } from '../store/store.port.ts';
import { createChangeRouter, type ChangeRouter } from './create-change-router.ts';
import { createDesk, type DeskConfig, type DeskService } from './create-desk.ts';

export interface AssembledDesk {
  desk: DeskService;
  /** Adapters register their notifiers here (cards and reporter notices). */
  hub: NotifierHub;
  coalescer: CardCoalescer<Incident>;
  changes: ChangeRouter;
  /** Waits for background deliveries, writes card edits still waiting out the interval, stops timers. */
  close(): Promise<void>;
}

/** The desk with its outbound side: notifier hub, card-edit coalescer and change router. */
export function assembleDesk(deps: {
  store: Store;
  status: { current(): StatusReading };
  config: DeskConfig & Pick<Config, 'INCIDENT_CARD_MIN_INTERVAL_SECONDS'>;
  logger?: Logger;
  metrics?: Metrics;
  now?: () => number;
  schedule?: Schedule;
}): AssembledDesk {
  const now = deps.now ?? Date.now;
  const hub = createNotifierHub({ cards: deps.store.cards, ...(deps.logger ? { logger: deps.logger } : {}) });
  const coalescer = new CardCoalescer<Incident>({
    cards: deps.store.cards,
    intervalMs: deps.config.INCIDENT_CARD_MIN_INTERVAL_SECONDS * 1000,
    load: (id) => deps.store.incidents.get(id),
    deliver: (incident) => hub.deliverCard(incident),
    onError: (error, incidentId) => deps.logger?.warn({ err: error, incidentId }, 'incident card write failed; it will be retried'),
    now,
    ...(deps.schedule ? { schedule: deps.schedule } : {}),
  });
  const changes = createChangeRouter({ store: deps.store, hub, coalescer, now, ...(deps.logger ? { logger: deps.logger } : {}) });
  const desk = createDesk({ ...deps, changes, now });
  return {
    desk,
    hub,
    coalescer,
    changes,
    async close() {
      await changes.drain();
      await coalescer.flush();
      coalescer.close();
    },
  };
}
