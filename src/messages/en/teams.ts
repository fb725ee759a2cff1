import type { Message } from '../message.ts';

/** English texts of the teams area: the source of the catalog's ids. */
export const teams = {} satisfies Record<string, Message>;
