import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The process's Prometheus metrics. One instance per process (or per test), passed to whoever
 * counts; nothing registers into prom-client's global registry.
 */
export interface Metrics {
  registry: Registry;
  conversationsStarted: Counter<'platform'>;
  verdicts: Counter<'branch' | 'platform'>;
  reports: Counter<'platform'>;
  incidentsOpen: Gauge<'kind'>;
  statusFetches: Counter<'result'>;
  chatApiCalls: Counter<'platform' | 'method' | 'outcome'>;
  requestDuration: Histogram<'route' | 'method' | 'code'>;
  outboxDeliveries: Counter<'kind' | 'outcome'>;
  outboxDeadLetters: Counter<'kind' | 'reason'>;
  outboxDeliverySeconds: Histogram<'kind'>;
  outboxEntries: Gauge<'state'>;
  outboxBacklog: Gauge;
  reportsUndelivered: Counter<'platform'>;
}

export function createMetrics(options: { defaults?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaults) collectDefaultMetrics({ register: registry, prefix: 'chatgpt500_' });
  const registers = [registry];
  return {
    registry,
    conversationsStarted: new Counter({ name: 'chatgpt500_conversations_started_total', help: 'Conversations started, by platform', labelNames: ['platform'], registers }),
    verdicts: new Counter({ name: 'chatgpt500_verdicts_total', help: 'Verdicts given, by branch and platform', labelNames: ['branch', 'platform'], registers }),
    reports: new Counter({ name: 'chatgpt500_reports_total', help: 'Reports recorded (one per conversation), by platform', labelNames: ['platform'], registers }),
    incidentsOpen: new Gauge({ name: 'chatgpt500_incidents_open', help: 'Open incidents, by kind', labelNames: ['kind'], registers }),
    statusFetches: new Counter({ name: 'chatgpt500_status_fetches_total', help: 'Status page reads, by result (ok, not_modified, error)', labelNames: ['result'], registers }),
    chatApiCalls: new Counter({ name: 'chatgpt500_chat_api_calls_total', help: 'Chat platform Web API calls, by platform, method and outcome', labelNames: ['platform', 'method', 'outcome'], registers }),
    requestDuration: new Histogram({
      name: 'chatgpt500_http_request_duration_seconds',
      help: 'HTTP request durations, by route, method and status code',
      labelNames: ['route', 'method', 'code'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    }),
    outboxDeliveries: new Counter({
      name: 'chatgpt500_outbox_deliveries_total',
      help: 'Outbox deliveries by entry kind and outcome (delivered, skipped, duplicate, retried, rate_limited, dead, store_error)',
      labelNames: ['kind', 'outcome'],
      registers,
    }),
    outboxDeadLetters: new Counter({ name: 'chatgpt500_outbox_dead_letters_total', help: 'Outbox entries moved to the dead letters, by kind and reason', labelNames: ['kind', 'reason'], registers }),
    outboxDeliverySeconds: new Histogram({
      name: 'chatgpt500_outbox_delivery_seconds',
      help: 'Time from an outbox entry being written to its delivery, by kind',
      labelNames: ['kind'],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15, 60, 300, 1800],
      registers,
    }),
    outboxEntries: new Gauge({ name: 'chatgpt500_outbox_entries', help: 'Outbox entries by state (ready, in_flight, delayed, dead), read at each scrape', labelNames: ['state'], registers }),
    outboxBacklog: new Gauge({ name: 'chatgpt500_outbox_backlog', help: 'Outbox entries owed (waiting, being sent, waiting for a retry) as this replica last read them (about every second); above OUTBOX_MAX_BACKLOG new reports are recorded without their first question', registers }),
    reportsUndelivered: new Counter({
      name: 'chatgpt500_reports_admitted_undelivered_total',
      help: 'Reports recorded and counted without their first question because the outbox backlog was above OUTBOX_MAX_BACKLOG, by platform',
      labelNames: ['platform'],
      registers,
    }),
  };
}
