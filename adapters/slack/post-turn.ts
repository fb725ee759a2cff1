import type { Turn } from '../../src/desk/desk.port.ts';
import { renderTurn } from './render-turn.ts';
import type { SlackApi } from './slack-api.ts';

/** Posts a desk turn (the next question or the verdict) into the conversation's thread. */
export async function postTurn(api: SlackApi, input: { channel: string; threadTs: string; userId: string; turn: Turn }): Promise<void> {
  await api.postMessage({ channel: input.channel, threadTs: input.threadTs, message: renderTurn(input.turn, { userId: input.userId }) });
}
