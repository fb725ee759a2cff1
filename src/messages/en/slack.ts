import type { Message } from '../message.ts';

/** English texts of the slack area: the source of the catalog's ids. */
export const slack = {} satisfies Record<string, Message>;
