import { afterEach, describe, expect, it } from 'vitest';
import { useStoreBackends } from '../../helpers/store-backends.ts';
import { Conversation, startDeskHarness, type DeskHarness } from './slack-desk-kit.ts';

const backends = useStoreBackends();

/**
 * A person's DM channel id is remembered in the store once conversations.open named it: their next
 * report (on any replica) costs no conversations.open; a remembered id Slack refuses is opened again.
 */
describe.each(['memory', 'redis'] as const)('the DM channel of a person (%s store)', (backend) => {
  let h: DeskHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('is opened once: a second report of the same person goes straight to the DM', async () => {
    h = await startDeskHarness(await backends.make(backend));
    const first = new Conversation(h, 'U0DMCACHE1');
    await first.start('chatgpt.com shows HTTP ERROR 500');
    expect(h.fake.callsTo('conversations.open')).toHaveLength(1);
    const second = new Conversation(h, 'U0DMCACHE1');
    await second.start('it fails again');
    expect(second.channel).toBe(first.channel);
    expect(second.rootTs).not.toBe(first.rootTs);
    expect(h.fake.callsTo('conversations.open')).toHaveLength(1);
    // Another person has their own DM.
    await new Conversation(h, 'U0DMCACHE2').start('HTTP ERROR 500');
    expect(h.fake.callsTo('conversations.open')).toHaveLength(2);
  });

  it('a remembered DM Slack refuses is opened again, and the report still arrives once', async () => {
    const store = await backends.make(backend);
    h = await startDeskHarness(store);
    await store.threads.rebind('slack-dm:U0DMCACHE3', 'DGONE0001');
    h.fake.fail({ method: 'chat.postMessage', channel: 'DGONE0001', status: 200, error: 'channel_not_found', times: Infinity });
    const c = new Conversation(h, 'U0DMCACHE3');
    await c.start('chatgpt.com shows HTTP ERROR 500');
    expect(c.channel).not.toBe('DGONE0001');
    expect(h.fake.callsTo('conversations.open')).toHaveLength(1);
    expect(await store.threads.find('slack-dm:U0DMCACHE3')).toBe(c.channel);
    const roots = h.fake.callsTo('chat.postMessage').filter((call) => call.answer?.ok === true && call.body.thread_ts === undefined && call.body.channel === c.channel);
    expect(roots).toHaveLength(1);
  });
});
