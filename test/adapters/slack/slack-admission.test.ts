import { afterEach, describe, expect, it } from 'vitest';
import type { ClaimedEntry } from '../../../src/outbox/outbox-entry.ts';
import type { OutboxStore } from '../../../src/outbox/outbox.port.ts';
import { outboxSettled } from '../../helpers/outbox-settled.ts';
import { waitFor as waitUntil } from '../../helpers/redis-server.ts';
import { useRedisStore } from '../../helpers/use-redis-store.ts';
import { blockText, startDeskHarness, TEAM, waitFor, type DeskHarness } from './slack-desk-kit.ts';
import { slashCommandBody } from './slack-test-kit.ts';

const OPENINGS = ['chatgpt.com shows HTTP ERROR 500 on the office wifi', 'chatgpt.com shows HTTP ERROR 500 at home', 'chatgpt.com shows HTTP ERROR 500 through the vpn'];

interface Ack {
  response_type?: string;
  text: string;
  blocks?: unknown[];
}

/** Every entry now in the outbox (read by a probe consumer and given back). */
async function entriesIn(outbox: OutboxStore): Promise<ClaimedEntry[]> {
  const all = await outbox.read('probe', 10_000, 5);
  await outbox.release(all);
  return all;
}

/**
 * Admission control at the wire: the real bolt app over the real desk on a real redis-server, the
 * fake Slack Web API. Over OUTBOX_MAX_BACKLOG a slash command's report is recorded and counted
 * exactly as always, but its first question is not enqueued, and the ack says so.
 */
describe('Slack slash command while delivery is behind (OUTBOX_MAX_BACKLOG)', () => {
  const redis = useRedisStore('admission');
  let h: DeskHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  async function command(user: string, text: string): Promise<Ack> {
    const res = await h!.send(slashCommandBody({ user_id: user, user_name: user.toLowerCase(), text, team_id: TEAM }));
    expect(res.status).toBe(200);
    return (await res.json()) as Ack;
  }

  it('under the limit: the report is started and its first question delivered, as always', async () => {
    h = await startDeskHarness(redis.fresh().store, { env: { OUTBOX_MAX_BACKLOG: '5' }, keepStore: true });
    await h.assembled.backlog.refresh();
    expect(h.assembled.backlog.shedding()).toBe(false);
    const ack = await command('U0UNDER001', OPENINGS[0]!);
    expect(ack.text).toBe('Thanks, looking into it: I have sent you a direct message.');
    await waitFor('the first question in the DM', () => h!.fake.callsTo('chat.postMessage').some((c) => c.answer?.ok === true && JSON.stringify(c.body).includes('<@U0UNDER001>')));
  });

  it('over the limit: counted exactly, no first question enqueued, the ack gives the status and says to come back; under it again, as always; a desk update skips the reports without a thread', async () => {
    const { store } = redis.fresh();
    h = await startDeskHarness(store, { env: { OUTBOX_MAX_BACKLOG: '5' }, keepStore: true });
    // Delivery is behind: this replica delivers nothing and 6 entries are owed.
    await h.assembled.worker.stop(500);
    await store.outbox.enqueue(Array.from({ length: 6 }, (_, i) => ({ id: `backlog:${i}`, lane: `backlog:${i}`, body: { kind: 'direct', platform: 'nowhere', payload: {} } })));
    await h.assembled.backlog.refresh();
    expect(h.assembled.backlog.shedding()).toBe(true);

    const acks: Ack[] = [];
    for (const [i, text] of OPENINGS.entries()) acks.push(await command(`U0OVER00${i}`, text));
    const line = h.assembled.desk.status().line;
    for (const ack of acks) {
      expect(ack.response_type).toBe('ephemeral');
      expect(ack.text).toContain('your report is counted');
      expect(ack.text).toContain('Run `/chatgpt-500` again in a few minutes for the step-by-step check');
      expect(ack.text).toContain(line);
      expect(blockText(ack.blocks)).toContain('🟢');
      expect(ack.text).not.toContain('direct message');
    }

    // Counted exactly as always: three people on three networks open the incident.
    const open = await h.assembled.desk.incidents.list({ openOnly: true });
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ reporters: 3 });
    // No first question in the outbox (the incident's card redraw is there, as always), none in Slack.
    const owed = await entriesIn(store.outbox);
    expect(owed.filter((c) => c.entry.body.kind === 'thread')).toEqual([]);
    expect(owed.filter((c) => c.entry.id.startsWith('backlog:'))).toHaveLength(6);
    expect(owed.some((c) => c.entry.body.kind === 'card')).toBe(true);
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
    expect(h.fake.callsTo('conversations.open')).toEqual([]);

    // Delivery caught up: the next report gets its first question again.
    for (const c of await store.outbox.read('probe', 10_000, 5)) await store.outbox.ack(c);
    await h.assembled.backlog.refresh();
    expect(h.assembled.backlog.shedding()).toBe(false);
    const ack = await command('U0AFTER001', 'chatgpt.com shows HTTP ERROR 500 at the airport');
    expect(ack.text).toBe('Thanks, looking into it: I have sent you a direct message.');
    const turns = (await entriesIn(store.outbox)).filter((c) => c.entry.body.kind === 'thread');
    expect(turns).toHaveLength(1);
    const incident = (await h.assembled.desk.incidents.list({ openOnly: true }))[0]!;
    expect(incident).toMatchObject({ reporters: 4 });

    // Delivery runs again; a desk update reaches the one report with a thread at once, and the
    // three without one are skipped (not retried for a thread that never comes).
    h.assembled.worker.start();
    // (the first turn of a report joining an open outage is its verdict, under the report's header)
    await waitFor('the first turn of the fourth report', () => h!.fake.callsTo('chat.postMessage').some((c) => c.answer?.ok === true && JSON.stringify(c.body).includes('<@U0AFTER001>')));
    expect((await h.assembled.desk.incidents.postUpdate(incident.id, 'We are on it with OpenAI.', 'desk:kim')).ok).toBe(true);
    await waitUntil('the update to be settled', async () => {
      const n = (await h!.assembled.desk.incidents.get(incident.id))?.notify;
      return n !== undefined && n.sent + n.skipped + n.failed === 4;
    });
    expect((await h.assembled.desk.incidents.get(incident.id))!.notify).toEqual({ kind: 'update', total: 4, sent: 1, failed: 0, skipped: 3 });
    await outboxSettled(store);
    expect(await store.outbox.stats()).toMatchObject({ delayed: 0, dead: 0 });
  });
});
