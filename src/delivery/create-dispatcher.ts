import { finishTurn, type TurnDraft } from '../desk/build-turn.ts';
import { DEFAULT_ALLOWLIST } from '../triage/default-allowlist.ts';
import type { ClaimedEntry, OutboxEntry } from '../outbox/outbox-entry.ts';
import type { FanoutProgress } from '../outbox/outbox.port.ts';
import type { Store } from '../store/store.port.ts';
import { deliverCard } from './deliver-card.ts';
import { deliverFanout } from './deliver-fanout.ts';
import { deliverNotice } from './deliver-notice.ts';
import { deliverThread } from './deliver-thread.ts';
import { DeliveryFailure } from './delivery-failure.ts';
import type { DeliveryOutcome } from './delivery-outcome.ts';
import type { DeliveryContext } from './platform-sender.port.ts';
import type { SenderRegistry } from './sender-registry.ts';
import type { Locale } from '../messages/locale.ts';

/** What the delivery worker calls for each entry: the handler of its kind. */
export interface Dispatcher {
  deliver(claimed: ClaimedEntry, ctx: DeliveryContext): Promise<DeliveryOutcome>;
  /** The fan-out an entry counts toward (notices), for the progress on the incident. */
  progressOf(entry: OutboxEntry): Omit<FanoutProgress, 'outcome'> | undefined;
  /** The entry went to the dead letters: undo what it holds (a card's lock and "change waiting" mark). */
  abandoned(entry: OutboxEntry): Promise<void>;
}

export interface DispatcherDeps {
  store: Store;
  senders: SenderRegistry;
  /** This replica's consumer name (the card lock's owner). */
  owner: string;
  /** INCIDENT_CARD_MIN_INTERVAL_SECONDS in ms. */
  cardIntervalMs: number;
  /** How long a card lock lasts (default 30 s). */
  cardLockMs?: number;
  fanoutBatch?: number;
  now: () => number;
  /** DEFAULT_LOCALE and DESK_LOCALE: turns and notices of conversations without a language of their own, and the IT note. */
  defaultLocale?: Locale;
  deskLocale?: Locale;
  /** The outage announcement (ANNOUNCE_ON_STATUS); absent: announcements off for this replica's card deliveries. */
  announce?: { onStatus: boolean };
  /** The IT allowlist (configuration; default the spec's): turns drafted by the desk are built with it at delivery. */
  allowlist?: { minimum: string[]; broader: string[] };
}

/** Routes outbox entries to their handlers: thread messages, notices, cards, fan-outs, a platform's own. */
export function createDispatcher(deps: DispatcherDeps): Dispatcher {
  const { store, senders, now } = deps;
  const allowlist = deps.allowlist ?? { minimum: [...DEFAULT_ALLOWLIST.minimum], broader: [...DEFAULT_ALLOWLIST.broader] };
  const locales = { ...(deps.defaultLocale ? { defaultLocale: deps.defaultLocale } : {}), ...(deps.deskLocale ? { deskLocale: deps.deskLocale } : {}) };
  const finish = (draft: TurnDraft, locale?: Locale) => finishTurn(draft, allowlist, { ...locales, ...(locale ? { locale } : {}) });
  return {
    async deliver(claimed, ctx) {
      const body = claimed.entry.body;
      switch (body.kind) {
        case 'thread':
          return deliverThread(body, ctx, { store, senders, now, finishTurn: finish, ...(deps.defaultLocale ? { defaultLocale: deps.defaultLocale } : {}) });
        case 'notice':
          return deliverNotice(claimed.entry.id, body, ctx, { store, senders, now, ...locales });
        case 'card':
          return deliverCard(body.incidentId, ctx, {
            outbox: store.outbox,
            incidents: store.incidents,
            senders,
            owner: deps.owner,
            intervalMs: deps.cardIntervalMs,
            lockMs: deps.cardLockMs ?? 30_000,
            ...(deps.announce
              ? { announce: { onStatus: deps.announce.onStatus, locale: deps.deskLocale ?? deps.defaultLocale ?? 'en', followers: store.followers, outbox: store.outbox } }
              : {}),
          });
        case 'follower': {
          const sender = senders.get(body.person.platform ?? '');
          if (!sender?.follower) throw new DeliveryFailure('refused', `no_sender:${body.person.platform ?? 'unknown'}`);
          await sender.follower({ incidentId: body.incidentId, person: body.person, text: body.text }, ctx);
          return { type: 'delivered' };
        }
        case 'fanout':
          return deliverFanout(claimed, body, { outbox: store.outbox, incidents: store.incidents, now, ...locales, ...(deps.fanoutBatch ? { batch: deps.fanoutBatch } : {}) });
        case 'direct': {
          const direct = senders.get(body.platform)?.direct;
          if (!direct) throw new DeliveryFailure('refused', `no_sender:${body.platform}`);
          await direct.call(senders.get(body.platform), body.payload, ctx);
          return { type: 'delivered' };
        }
      }
    },
    progressOf(entry) {
      return entry.body.kind === 'notice' ? { incidentId: entry.body.incidentId, fanoutId: entry.body.fanoutId } : undefined;
    },
    async abandoned(entry) {
      if (entry.body.kind === 'card') await store.outbox.cardAbandon(entry.body.incidentId, deps.owner);
    },
  };
}
