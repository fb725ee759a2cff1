import type { Platform } from '../desk/desk.port.ts';
import type { Incident } from '../incidents/incident-types.ts';
import type { Logger } from '../logger.ts';
import type { CardStateStore } from './card-state.port.ts';
import { cardEvent, type Notifier, type OutboundEvent } from './notifier.port.ts';

export interface NotifierHub {
  /** An adapter that delivers on its platform (one per platform). */
  register(platform: Platform, notifier: Notifier): void;
  /** Draws or edits the incident's card on every platform; remembers each platform's card ref. */
  deliverCard(incident: Incident): Promise<void>;
  /** A message for one reporter, delivered by the adapter of their platform. */
  deliverToThread(event: Extract<OutboundEvent, { type: 'reporter_notification' }>): Promise<boolean>;
}

type CardRefs = Partial<Record<Platform, string>>;

function parseRefs(raw: string | null): CardRefs {
  if (!raw) return {};
  try {
    const value: unknown = JSON.parse(raw);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as CardRefs) : {};
  } catch {
    return {};
  }
}

/**
 * Fans outbound events out to the platform adapters. A card is one message per incident per
 * platform: its reference is kept in the card store so every replica edits the same message.
 */
export function createNotifierHub(deps: { cards: CardStateStore; logger?: Logger }): NotifierHub {
  const notifiers = new Map<Platform, Notifier>();
  /** Card writes of one incident run one after another in this process (a post must finish before an edit). */
  const queues = new Map<string, Promise<unknown>>();
  const serially = <T>(incidentId: string, work: () => Promise<T>): Promise<T> => {
    const run = (queues.get(incidentId) ?? Promise.resolve()).then(work, work);
    const settled = run.catch(() => undefined);
    queues.set(incidentId, settled);
    void settled.then(() => {
      if (queues.get(incidentId) === settled) queues.delete(incidentId);
    });
    return run;
  };
  /** The newest incident version drawn by this process: an older state arriving late is skipped. */
  const drawn = new Map<string, number>();

  return {
    register(platform, notifier) {
      notifiers.set(platform, notifier);
    },
    deliverCard(incident) {
      return serially(incident.id, () => writeCard(incident));
    },
    async deliverToThread(event) {
      const notifier = notifiers.get(event.thread.platform);
      if (!notifier) return false;
      await notifier.deliver(event);
      return true;
    },
  };

  async function writeCard(incident: Incident): Promise<void> {
    if (notifiers.size === 0) return;
    if ((drawn.get(incident.id) ?? -1) >= incident.version) return;
    const refs = parseRefs(await deps.cards.getRef(incident.id));
    let learned = false;
    const failures: unknown[] = [];
    for (const [platform, notifier] of notifiers) {
      try {
        const receipt = await notifier.deliver(cardEvent(incident, refs[platform] ?? null));
        if (receipt?.cardRef && receipt.cardRef !== refs[platform]) {
          refs[platform] = receipt.cardRef;
          learned = true;
        }
      } catch (error) {
        failures.push(error);
        deps.logger?.warn({ err: error, platform, incidentId: incident.id }, 'incident card delivery failed');
      }
    }
    if (learned) await deps.cards.setRef(incident.id, JSON.stringify(refs));
    if (failures.length === 0) drawn.set(incident.id, incident.version);
    if (failures.length > 0) throw new AggregateError(failures, `incident card delivery failed on ${failures.length} platform(s)`);
  }
}
