import type { FanoutProgress } from '../outbox/outbox.port.ts';

/**
 * How a delivery handler ended, short of a failure (which it throws as DeliveryFailure):
 * - `delivered`: the platform took it (or there was nothing to send); the entry is acknowledged;
 * - `later`: not now, without counting as a failure (the card's interval, another writer): the
 *   entry comes back after `ms`;
 * - `settled`: the handler already removed the entry itself (a fan-out batch moved on).
 */
export type DeliveryOutcome = { type: 'delivered'; progress?: FanoutProgress['outcome'] } | { type: 'later'; ms: number; reason: string } | { type: 'settled' };
