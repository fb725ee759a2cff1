import type { Messages } from '../../src/messages/messages-for.ts';

/** The "…and N more" line of a list cut short, in the catalog's language `m`. */
export function moreLine(m: Messages): (hidden: number) => string {
  return (count) => m.t('chat.more', { count });
}
