import { readFileSync } from 'node:fs';

const read = (name: string) => readFileSync(new URL(`./lua/${name}`, import.meta.url), 'utf8');

/**
 * The outbox's Lua helpers (enqueue an entry, a card redraw, a fan-out): prepended to every
 * script that decides something the bot then owes someone, so the state change and its entries
 * are one atomic call. The script sets OB.base, OB.now, OB.ttl and OB.cardTtl before using them.
 */
export const OUTBOX_LUA_LIB = read('outbox-lib.lua');

/** The outbox's own operations (outbox-ops.lua, after the helpers). */
export const OUTBOX_OPS_LUA = `${OUTBOX_LUA_LIB}\n${read('outbox-ops.lua')}`;

/** How long an entry's id is remembered as queued, delivered or dead (two days). */
export const OUTBOX_ID_TTL_MS = 2 * 24 * 3_600_000;

/** The consumer group every replica reads the outbox as. */
export const OUTBOX_GROUP = 'delivery';
