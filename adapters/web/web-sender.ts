import type { PlatformSender } from '../../src/delivery/platform-sender.port.ts';

/**
 * The web page's side of the outbox: nothing is pushed. A turn is the answer to the page's own
 * request, and a desk notice is kept on the conversation (the delivery does that before it calls
 * a sender), where the page picks it up when it polls or reloads.
 */
export const webSender: PlatformSender = {
  async thread() {},
  async notice() {},
};
