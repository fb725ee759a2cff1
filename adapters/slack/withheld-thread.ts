import type { ThreadAddress } from '../../src/desk/desk.port.ts';

/**
 * The thread address of a Slack report counted while delivery was behind (OUTBOX_MAX_BACKLOG): its
 * first question was not sent, so it never gets a thread. A notice for it (a desk update) has
 * nowhere to go and is skipped at once instead of waiting for a thread that never comes.
 */
export const withheldThread = (): ThreadAddress => ({ platform: 'slack', ref: {}, delivery: { firstTurn: 'withheld' } });

export const isWithheld = (thread: ThreadAddress): boolean => thread.delivery?.firstTurn === 'withheld';
