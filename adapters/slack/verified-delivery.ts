import { classifySlackBody, type SlackDelivery } from './classify-slack-body.ts';

/** The receiver's classification, as it travels in bolt's `context` (only this module makes one). */
class Verified {
  constructor(readonly delivery: SlackDelivery) {}
}

const KEY = 'c500Delivery';

/**
 * Hands the HTTP receiver's verified, validated delivery to the listeners, so a body is parsed and
 * validated once: the receiver passes `properties(delivery)` as the event's customProperties
 * (bolt spreads them into every listener's `context`), and a listener reads `of({ body, context })`.
 * Socket Mode events come without it: then the listener classifies the body itself (the same
 * classifySlackBody), once.
 */
export const verifiedDelivery = {
  properties(delivery: SlackDelivery): Record<string, unknown> {
    return { [KEY]: new Verified(delivery) };
  },
  of(args: { body: unknown; context?: Readonly<Record<string, unknown>> | undefined }): SlackDelivery {
    const given = args.context?.[KEY];
    return given instanceof Verified ? given.delivery : classifySlackBody(args.body);
  },
};
