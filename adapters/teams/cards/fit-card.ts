import type { Messages } from '../../../src/messages/messages-for.ts';
import { CARD_LIMITS } from './card-limits.ts';
import { messageBytes } from './message-bytes.ts';
import { newCard } from './new-card.ts';
import type { TeamsMessage } from './teams-message.ts';
import { textBlock } from './text-block.ts';

/** Scales tried in turn: full size, then ever shorter lists and texts. */
const SCALES = [1, 0.5, 0.25, 0.1, 0.04, 0] as const;

/**
 * Keeps a message under Teams' size limit. `build` renders the message at a scale (see scaled.ts);
 * the first one that fits is returned, so an ordinary message is drawn in full and a huge one
 * ends its lists in "…and N more" sooner. If even the smallest does not fit (ids or data that
 * cannot be cut), the card is replaced by a note that keeps its actions, and as a last resort the
 * message is sent as text alone: Teams would refuse the whole message otherwise. The note is in
 * the message's language (`m`).
 */
export function fitCard(build: (scale: number) => TeamsMessage, m: Messages, maxBytes: number = CARD_LIMITS.messageBytes): TeamsMessage {
  let smallest: TeamsMessage | undefined;
  for (const scale of SCALES) {
    smallest = build(scale);
    if (messageBytes(smallest) <= maxBytes) return smallest;
  }
  const text = smallest?.text ?? '';
  const note = newCard([textBlock(m.t('teams.card.too_large'), { isSubtle: true })], { actions: smallest?.card?.actions ?? [], fallbackText: text });
  const withNote: TeamsMessage = { text, card: note };
  if (messageBytes(withNote) <= maxBytes) return withNote;
  return { text };
}
