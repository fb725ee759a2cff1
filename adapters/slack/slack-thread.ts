import type { ThreadAddress } from '../../src/desk/desk.port.ts';

/**
 * The desk's address of a conversation thread in Slack. The reporter's user id is part of the
 * key, so `desk.findByThread` finds the conversation for the reporter's own replies only (anyone
 * else replying in the thread finds nothing), on any replica, in one lookup.
 */
export function slackThread(input: { channel: string; threadTs: string; user: string }): ThreadAddress {
  return { platform: 'slack', ref: { channel: input.channel, threadTs: input.threadTs, user: input.user } };
}
