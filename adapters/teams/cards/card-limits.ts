/**
 * Sizes the Teams renderers keep to. Teams refuses a message over about 28 KB (the whole activity:
 * card, text and envelope), so a card is kept under 24,000 bytes of JSON and the rest is room
 * for the activity around it. Texts are cut before they are escaped; list lengths are scaled down
 * by fitCard until the card fits.
 */
export const CARD_LIMITS = {
  /** UTF-8 bytes of JSON.stringify({ text, card }). */
  messageBytes: 24_000,
  /** The fallback `text` (notification preview): short, like Slack's. */
  fallbackText: 300,
  /** A button's title: Teams cuts long titles with "…" anyway; a choice label must stay readable. */
  actionTitle: 80,
  /** A title line (headline, incident title). */
  title: 200,
  /** A paragraph (summary, question, help, a desk update). */
  paragraph: 2000,
  /** One line of a list (a step, a note, an evidence detail, a breakdown label). */
  line: 500,
  /** A copyable monospace block (the IT note, the retry snippet). */
  code: 4000,
} as const;
