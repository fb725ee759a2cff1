import type { AdaptiveCard } from './adaptive-card.ts';

/** The card model, re-exported so the adapter can take a message and its card from one module. */
export type { AdaptiveCard } from './adaptive-card.ts';

/**
 * A rendered Teams message: `text` is the plain fallback (notification preview, screen readers,
 * clients without cards), already escaped for Teams markdown because Teams reads an activity's
 * text as markdown too; `card` is the Adaptive Card, when the message has one. Send `text` as the
 * activity's `summary` next to the card attachment: as the activity's `text` Teams would show it
 * above the card as well.
 */
export interface TeamsMessage {
  text: string;
  card?: AdaptiveCard;
}
