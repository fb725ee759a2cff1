import type { Incident, IncidentChange } from '../incidents/incident-types.ts';
import type { Logger } from '../logger.ts';
import type { CardCoalescer } from '../notify/card-coalescer.ts';
import type { NotifierHub } from '../notify/notifier-hub.ts';
import type { Store } from '../store/store.port.ts';
import { describeIncident } from '../incidents/describe-incident.ts';
import { mutateConversation } from './mutate-conversation.ts';
import { parseConversationState } from './conversation-state.ts';

export interface ChangeRouter {
  /** Sends incident changes on: cards are redrawn (coalesced), subscribers told on resolve. */
  route(changes: IncidentChange[]): void;
  /** Tells the reporters of these conversations, in their own threads. */
  tell(conversationIds: string[], incidentId: string, text: string): Promise<number>;
  /** Resolves once every delivery started so far has finished. */
  drain(): Promise<void>;
}

export function resolvedNotice(incident: Incident | null, now: number): string {
  const what = incident ? describeIncident(incident, now) : 'the incident you reported';
  return `✅ Resolved: ${what}. Reload ChatGPT and try again. If it still fails, reply here and we'll pick up the triage where we left it.`;
}

/**
 * Where incident changes go after the aggregator made them. Deliveries run in the background: a
 * turn never waits for a card edit; `drain()` waits for them (tests, shutdown).
 */
export function createChangeRouter(deps: {
  store: Store;
  hub?: NotifierHub;
  coalescer?: CardCoalescer<Incident>;
  logger?: Logger;
  now: () => number;
}): ChangeRouter {
  const inflight = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>, what: string) => {
    const guarded = work.catch((error: unknown) => deps.logger?.error({ err: error }, `${what} failed`));
    inflight.add(guarded);
    void guarded.finally(() => inflight.delete(guarded));
  };

  async function tellOne(conversationId: string, incidentId: string, text: string): Promise<boolean> {
    const stored = await deps.store.conversations.get(conversationId);
    if (!stored) return false; // expired: nothing to tell it through
    const { thread } = parseConversationState(stored.state);
    await mutateConversation(
      deps.store.conversations,
      conversationId,
      (s) => ({ ...s, notices: [...s.notices, { at: deps.now(), incidentId, text }].slice(-20) }),
      { now: deps.now, eventId: `notice:${incidentId}:${text.length}:${hash(text)}` },
    );
    if (!deps.hub) return true;
    return deps.hub.deliverToThread({ type: 'reporter_notification', conversationId, thread, incidentId, text });
  }

  const router: ChangeRouter = {
    route(changes) {
      for (const change of changes) {
        if (deps.coalescer) track(deps.coalescer.changed(change.incidentId), `card of incident ${change.incidentId}`);
        if (change.type === 'resolved' && change.subscribers.length > 0) {
          track(
            deps.store.incidents.get(change.incidentId).then((incident) => router.tell(change.subscribers, change.incidentId, resolvedNotice(incident, deps.now()))),
            `resolve notices of incident ${change.incidentId}`,
          );
        }
      }
    },
    async tell(conversationIds, incidentId, text) {
      let told = 0;
      for (const id of conversationIds) {
        try {
          if (await tellOne(id, incidentId, text)) told++;
        } catch (error) {
          deps.logger?.warn({ err: error, conversationId: id, incidentId }, 'could not tell a reporter');
        }
      }
      return told;
    },
    async drain() {
      while (inflight.size > 0) await Promise.all([...inflight]);
      await deps.coalescer?.drain();
    },
  };
  return router;
}

/** A short stable hash of a text (de-duplicates the same notice delivered twice). */
function hash(text: string): string {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(31, h) + text.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}
