import type { PlatformSender } from './platform-sender.port.ts';

/** The platform senders of this process, by platform id (each adapter registers its own). */
export class SenderRegistry {
  readonly #senders = new Map<string, PlatformSender>();

  register(platform: string, sender: PlatformSender): void {
    this.#senders.set(platform, sender);
  }

  get(platform: string): PlatformSender | undefined {
    return this.#senders.get(platform);
  }

  /** The senders that draw helpdesk cards, in registration order. */
  cards(): [string, Required<Pick<PlatformSender, 'card'>>][] {
    const out: [string, Required<Pick<PlatformSender, 'card'>>][] = [];
    for (const [platform, sender] of this.#senders) {
      const card = sender.card?.bind(sender);
      if (card) out.push([platform, { card }]);
    }
    return out;
  }

  /** The senders that post outage announcements, in registration order. */
  announcers(): [string, Required<Pick<PlatformSender, 'announce'>>][] {
    const out: [string, Required<Pick<PlatformSender, 'announce'>>][] = [];
    for (const [platform, sender] of this.#senders) {
      const announce = sender.announce?.bind(sender);
      if (announce) out.push([platform, { announce }]);
    }
    return out;
  }
}
