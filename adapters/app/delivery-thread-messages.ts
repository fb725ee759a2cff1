import { z } from 'zod';

/** What the main thread tells the delivery thread. */
export const toDeliveryThread = z.discriminatedUnion('type', [
  /** A new status reading (App Home shows it): `reading` is a StatusReading, kept as it came. */
  z.object({ type: z.literal('status'), reading: z.unknown() }),
  /** Its metrics for a /metrics scrape, answered with the same id. */
  z.object({ type: z.literal('metrics'), id: z.number().int() }),
  /** Stop taking entries; deliveries in flight get `graceMs`. */
  z.object({ type: z.literal('stop'), graceMs: z.number().int().nonnegative() }),
]);
export type ToDeliveryThread = z.infer<typeof toDeliveryThread>;

/** What the delivery thread tells the main thread. */
export const fromDeliveryThread = z.discriminatedUnion('type', [
  /** Its senders are built and its outbox worker runs. */
  z.object({ type: z.literal('started') }),
  /** It could not start (the store, Slack's helpdesk channel): `code` and `message` of the error. */
  z.object({ type: z.literal('failed'), code: z.string(), message: z.string() }),
  /** One JSON log line of its logger, for the main thread's log. */
  z.object({ type: z.literal('log'), line: z.string() }),
  /** prom-client's `getMetricsAsJSON()` of its registry. */
  z.object({ type: z.literal('metrics'), id: z.number().int(), metrics: z.array(z.record(z.string(), z.unknown())) }),
  /** Its worker stopped (after `stop`); the thread ends next. */
  z.object({ type: z.literal('stopped') }),
]);
export type FromDeliveryThread = z.infer<typeof fromDeliveryThread>;

/** The thread's start data: the environment the config was read from (it reads it again, the same way). */
export const deliveryThreadData = z.object({ env: z.record(z.string(), z.string()), consumer: z.string().min(1), status: z.unknown() });
export type DeliveryThreadData = z.infer<typeof deliveryThreadData>;
