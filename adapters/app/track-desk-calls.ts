import type { Desk, IncidentDesk } from '../../src/desk/desk.port.ts';

export interface TrackedDesk {
  /** The same desk; every asynchronous call is counted while it runs. */
  desk: Desk;
  /** Calls running right now (conversation turns, helpdesk actions). */
  readonly inflight: number;
  /** Resolves once no call is running (calls started meanwhile are waited for too). */
  idle(): Promise<void>;
}

const TURN_METHODS = ['start', 'open', 'answer', 'reply', 'change', 'attachEvidence', 'subscribe', 'get', 'findByThread', 'reportDraft', 'report'] as const;
const INCIDENT_METHODS = ['list', 'get', 'acknowledge', 'resolve', 'snooze', 'postUpdate'] as const;

/**
 * Wraps the desk the adapters call so that shutdown can wait for the turns in flight: a chat
 * platform acks at once and works afterwards, so its turns outlive the HTTP request.
 */
export function trackDeskCalls(desk: Desk): TrackedDesk {
  const running = new Set<Promise<unknown>>();
  const track = <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> => {
      const work = call(...args);
      running.add(work);
      const forget = () => running.delete(work);
      work.then(forget, forget);
      return work;
    };

  const incidents = { ...desk.incidents } as IncidentDesk;
  for (const m of INCIDENT_METHODS) (incidents as unknown as Record<string, unknown>)[m] = track(desk.incidents[m].bind(desk.incidents) as (...a: unknown[]) => Promise<unknown>);
  const wrapped: Desk = {
    ...Object.fromEntries(TURN_METHODS.map((m) => [m, track(desk[m].bind(desk) as (...a: unknown[]) => Promise<unknown>)])),
    status: () => desk.status(),
    incidents,
  } as Desk;

  return {
    desk: wrapped,
    get inflight() {
      return running.size;
    },
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
