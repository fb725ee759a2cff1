import type { StatusReading } from '../../src/status/build-status-reading.ts';
import type { StatusFact } from '../../src/status/classify-status.ts';

/** A cached status reading as the status service serves it, for desk tests. */
export function statusReading(status: StatusFact, extra: Partial<StatusReading> = {}): StatusReading {
  const base: StatusReading = {
    status,
    chatgptComponents: [],
    chatgptAffected: [],
    incidents: [],
    model: null,
    fetchedAt: '2025-01-15T09:00:00.000Z',
    ageSeconds: 30,
    stale: false,
    source: 'http://127.0.0.1/test',
  };
  if (status === 'chatgpt_incident') {
    base.chatgptComponents = ['Conversations'];
    base.chatgptAffected = [{ id: 'c1', name: 'Conversations', status: 'degraded_performance' }];
    base.incidents = [{ id: 'inc-1', name: 'Elevated errors on ChatGPT', url: 'https://status.example/inc-1', status: 'investigating', chatgpt: true, maintenance: false, components: ['Conversations'] }];
  }
  if (status === 'unknown') base.reason = 'the status page could not be read: timed out';
  return { ...base, ...extra };
}

/** A status source whose reading the test changes. */
export function statusSource(initial: StatusReading = statusReading('operational')) {
  let reading = initial;
  return {
    current: () => reading,
    set(next: StatusReading) {
      reading = next;
    },
  };
}
