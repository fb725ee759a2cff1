import type { types } from '@slack/bolt';

export type Block = types.KnownBlock;

/** A rendered message: the fallback `text` (notifications, screen readers) and its blocks. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}
