/** Where a helpdesk card lives: the channel and the message's ts. */
export interface CardLocation {
  channel: string;
  ts: string;
}

/**
 * The notifier hub keeps one opaque string per card and platform; for Slack it is
 * "<channel>:<ts>", e.g. "C123:1712345678.000100", so every replica edits the same message.
 */
export const cardRef = {
  format(at: CardLocation): string {
    return `${at.channel}:${at.ts}`;
  },
  /** The card's location, or null for a reference that is not one (then a new card is posted). */
  parse(ref: string | undefined): CardLocation | null {
    const m = /^([A-Z0-9]{2,40}):(\d{1,12}\.\d{1,12})$/.exec(ref ?? '');
    return m ? { channel: m[1]!, ts: m[2]! } : null;
  },
};
