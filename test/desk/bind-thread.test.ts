import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { bindThread } from '../../src/desk/bind-thread.ts';
import { parseConversationState, threadKey } from '../../src/desk/conversation-state.ts';
import { createDesk } from '../../src/desk/create-desk.ts';
import type { ThreadAddress } from '../../src/desk/desk.port.ts';
import { mutateConversation } from '../../src/desk/mutate-conversation.ts';
import { statusSource } from '../helpers/status-readings.ts';
import { useStoreBackends } from '../helpers/store-backends.ts';

const backends = useStoreBackends();
const config = loadConfig({});

const bound: ThreadAddress = { platform: 'slack', ref: { channel: 'D1', threadTs: '1.0001', user: 'U1' } };

async function opened(backend: 'memory' | 'redis') {
  const store = await backends.make(backend);
  const desk = createDesk({ store, status: statusSource(), config });
  const { conversationId } = await desk.open({ reporter: { id: 'T1:U1', platform: 'slack' }, thread: { platform: 'slack', ref: {} }, text: 'chatgpt.com shows HTTP ERROR 500', deliver: true });
  const stored = (await store.conversations.get(conversationId))!;
  return { store, conversationId, stored, state: parseConversationState(stored.state) };
}

describe.each(['memory', 'redis'] as const)('bindThread on %s', (backend) => {
  it('binds with the state the caller parsed: the thread is saved and indexed, the caller\'s state is left as it was', async () => {
    const { store, conversationId, stored, state } = await opened(backend);
    const copy = structuredClone(state);
    await bindThread(store, conversationId, bound, Date.now, { stored, state }, 'de');
    expect(state).toEqual(copy);
    const saved = parseConversationState((await store.conversations.get(conversationId))!.state);
    expect(saved.thread).toEqual(bound);
    expect(saved.locale).toBe('de');
    expect(await store.threads.find(threadKey(bound)!)).toBe(conversationId);
  });

  it('a caller\'s read that is out of date: the binding is applied to the latest state, keeping the change made since', async () => {
    const { store, conversationId, stored, state } = await opened(backend);
    await mutateConversation(store.conversations, conversationId, (s) => ({ ...s, subscribed: true }), { now: Date.now });
    await bindThread(store, conversationId, bound, Date.now, { stored, state });
    const latest = (await store.conversations.get(conversationId))!;
    expect(latest.version).toBe(stored.version + 2);
    expect(parseConversationState(latest.state)).toMatchObject({ thread: bound, subscribed: true });
  });
});
