import type { Message } from '../message.ts';

/** English texts of the desk area: the source of the catalog's ids. */
export const desk = {} satisfies Record<string, Message>;
