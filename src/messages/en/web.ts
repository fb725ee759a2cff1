import type { Message } from '../message.ts';

/** English texts of the web area: the source of the catalog's ids. */
export const web = {} satisfies Record<string, Message>;
