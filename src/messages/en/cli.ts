import type { Message } from '../message.ts';

/** English texts of the cli area: the source of the catalog's ids. */
export const cli = {} satisfies Record<string, Message>;
