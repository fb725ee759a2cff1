import { AppError } from '../app-error.ts';

/**
 * How a platform answered a delivery that did not succeed; the worker picks the retry from it:
 * - `rate_limited`: come back after `retryAfterMs` (Retry-After); the message was not taken;
 * - `transient`: a 5xx, a timeout, a connection error, an unreadable answer: retried with backoff;
 *   `uncertain` when the platform may have taken the message (checked before sending again);
 * - `not_ready`: something it depends on is not there yet (the conversation's first message is
 *   still on its way): retried with backoff (at most 30 s apart), not counted as a failed attempt;
 * - `refused`: a definite refusal (channel_not_found, not_in_channel, invalid_auth, Teams 403):
 *   final, the entry goes to the dead letters at once.
 */
export type DeliveryFailureKind = 'rate_limited' | 'transient' | 'not_ready' | 'refused';

export class DeliveryFailure extends AppError {
  readonly kind: DeliveryFailureKind;
  readonly retryAfterMs: number;
  readonly uncertain: boolean;
  /** Short and stable, for the dead letters and metrics: `slack:channel_not_found`, `http_503`. */
  readonly reason: string;

  constructor(kind: DeliveryFailureKind, reason: string, options: { retryAfterMs?: number; uncertain?: boolean; cause?: unknown } = {}) {
    super(`delivery.${kind}`, `delivery ${kind.replace('_', ' ')}: ${reason}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.reason = reason;
    this.retryAfterMs = options.retryAfterMs ?? 0;
    this.uncertain = options.uncertain ?? kind === 'transient';
  }
}
