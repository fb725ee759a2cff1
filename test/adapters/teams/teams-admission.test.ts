import { afterEach, describe, expect, it } from 'vitest';
import { useRedisStore } from '../../helpers/use-redis-store.ts';
import { ALICE, BOB, CAROL } from '../../helpers/teams-activities.ts';
import { startTeamsHarness, TeamsConversation, type TeamsHarness } from './teams-kit.ts';

const OPENINGS = ['chatgpt.com shows HTTP ERROR 500 on the office wifi', 'chatgpt.com shows HTTP ERROR 500 at home', 'chatgpt.com shows HTTP ERROR 500 through the vpn'];

/**
 * Admission control on Teams (the real botbuilder adapter, the fake Bot Connector, a real
 * redis-server): over OUTBOX_MAX_BACKLOG a new report is counted exactly as always, its first
 * question is not enqueued, and the bot says so in the turn.
 */
describe('Teams report while delivery is behind (OUTBOX_MAX_BACKLOG)', () => {
  const redis = useRedisStore('teams-admission');
  let h: TeamsHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('counts the report, enqueues no first question, and says to write again in a few minutes', async () => {
    const { store } = redis.fresh();
    h = await startTeamsHarness(store, { keepStore: true, env: { OUTBOX_MAX_BACKLOG: '5' } });
    await h.assembled.worker.stop(500);
    await store.outbox.enqueue(Array.from({ length: 6 }, (_, i) => ({ id: `backlog:${i}`, lane: `backlog:${i}`, body: { kind: 'direct', platform: 'nowhere', payload: {} } })));
    await h.assembled.backlog.refresh();
    expect(h.assembled.backlog.shedding()).toBe(true);

    for (const [i, user] of [ALICE, BOB, CAROL].entries()) {
      const said = await new TeamsConversation(h, user, { personal: true }).say(`chatgpt-500 ${OPENINGS[i]}`);
      expect(said.activity.text).toContain('your report is counted');
      expect(said.activity.text).toContain('Write to me again in a few minutes for the step-by-step check');
      expect(said.activity.text).toContain('🟢');
      expect(said.activity.attachments ?? []).toEqual([]);
    }
    const open = await h.assembled.desk.incidents.list({ openOnly: true });
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ reporters: 3 });
    const owed = await store.outbox.read('probe', 10_000, 5);
    expect(owed.filter((c) => c.entry.body.kind === 'thread')).toEqual([]);
    expect(owed.filter((c) => c.entry.id.startsWith('backlog:'))).toHaveLength(6);
  }, 60_000);
});
