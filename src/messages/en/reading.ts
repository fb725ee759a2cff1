import type { Message } from '../message.ts';

/** English texts of the reading area: the source of the catalog's ids. */
export const reading = {} satisfies Record<string, Message>;
