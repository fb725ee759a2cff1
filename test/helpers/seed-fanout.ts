import type { ConversationState } from '../../src/desk/conversation-state.ts';
import type { Store } from '../../src/store/store.port.ts';

export interface SeededIncident {
  incidentId: string;
  /** Each subscriber's Slack DM thread, by conversation id. */
  threads: Map<string, { channel: string; threadTs: string; user: string }>;
}

/**
 * `count` people who reported the same ChatGPT failure from Slack on two networks and asked to be
 * told when it is fixed: their conversations (already in a DM thread), reports and subscriptions,
 * written straight to the store (as many replicas would have), `parallel` at a time. Returns the
 * open incident they made.
 */
export async function seedSubscribedIncident(store: Store, count: number, options: { parallel?: number; now?: () => number } = {}): Promise<SeededIncident> {
  const now = options.now ?? Date.now;
  const threads = new Map<string, { channel: string; threadTs: string; user: string }>();
  let next = 0;
  const one = async (i: number) => {
    const id = `seed-${i}`;
    const user = `U${String(i).padStart(8, '0')}`;
    const thread = { channel: `D${String(i).padStart(8, '0')}`, threadTs: `1700000000.${String(i).padStart(6, '0')}`, user };
    const at = now();
    const state: ConversationState = {
      id,
      reporter: { id: `T0SEED:${user}`, platform: 'slack' },
      thread: { platform: 'slack', ref: thread },
      facts: { surface: 'web', symptom: 'http_500', network: i % 2 === 0 ? 'office' : 'home' },
      details: {},
      subscribed: true,
      notices: [],
      events: [],
      startedAt: at,
      updatedAt: at,
    };
    await store.conversations.save(id, state, 0);
    await store.incidents.record({ conversationId: id, reporterId: `slack:T0SEED:${user}`, platform: 'slack', firstAt: at, surface: 'web', symptom: 'http_500', network: state.facts.network! });
    await store.incidents.subscribe(id);
    threads.set(id, thread);
  };
  await Promise.all(
    Array.from({ length: options.parallel ?? 32 }, async () => {
      for (let i = next++; i < count; i = next++) await one(i);
    }),
  );
  const open = await store.incidents.list({ openOnly: true });
  const incident = open.find((i) => i.kind === 'upstream');
  if (!incident) throw new Error('seeding made no upstream incident');
  return { incidentId: incident.id, threads };
}
