import type { Message } from '../message.ts';

/** English texts of the triage area: the source of the catalog's ids. */
export const triage = {} satisfies Record<string, Message>;
