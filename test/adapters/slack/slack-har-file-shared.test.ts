import { afterEach, describe, expect, it } from 'vitest';
import { PLANTED_STRINGS, plantedSecretsHar } from '../../helpers/planted-secrets-har.ts';
import { useStoreBackends } from '../../helpers/store-backends.ts';
import { blockText, Conversation, startDeskHarness, TEAM, waitFor, type DeskHarness } from './slack-desk-kit.ts';

/**
 * Issue 14 item 2 on Slack: a HAR shared in the reporter's thread can arrive as a `file_shared`
 * event (only ids): the real bolt app (HTTP mode, signed requests) acks it, asks files.info where
 * the file was shared, and reads it like the message event's file. When both events come (Slack
 * sends both for one share), the file is read once: one download, one findings note.
 */

let seq = 0;

function envelope(event: Record<string, unknown>): string {
  seq++;
  return JSON.stringify({ token: 'x', team_id: TEAM, api_app_id: 'A0APP00001', type: 'event_callback', event_id: `EvFs${seq}`, event_time: Math.floor(Date.now() / 1000), event });
}

const fileShared = (input: { user: string; channel: string; fileId: string }) =>
  envelope({ type: 'file_shared', channel_id: input.channel, file_id: input.fileId, user_id: input.user, file: { id: input.fileId }, event_ts: `${1_860_000_000 + seq}.000200` });

const fileShareMessage = (input: { user: string; channel: string; threadTs: string; ts: string; file: Record<string, unknown> }) =>
  envelope({ type: 'message', subtype: 'file_share', channel: input.channel, channel_type: 'im', user: input.user, text: '', ts: input.ts, thread_ts: input.threadTs, files: [input.file], team: TEAM });

const backends = useStoreBackends();

describe('Slack: a HAR shared as a file_shared event', () => {
  let h: DeskHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('alone: files.info finds the thread, the file is read after the ack and its findings posted there', async () => {
    h = await startDeskHarness(await backends.make('memory'));
    const c = new Conversation(h, 'U0FSHARED1');
    await c.start();
    h.fake.addFile({ id: 'F0FS000001', name: 'session.har', filetype: 'har', content: plantedSecretsHar(), shares: [{ channel: c.channel, ts: '1860000001.000100', threadTs: c.rootTs }] });
    const count = c.posts().length;
    const res = await h.send(fileShared({ user: c.user, channel: c.channel, fileId: 'F0FS000001' }));
    expect(res.status).toBe(200);
    const note = await waitFor('the findings', () => c.posts().slice(count).find((p) => String(p.body.text).includes('I read your HAR file')));
    expect(blockText(note.body.blocks)).toContain('*session.har*');
    expect(blockText(note.body.blocks)).toMatch(/Server error 500 from chatgpt\.com/);
    expect(h.fake.callsTo('files.info')).toHaveLength(1);
    expect(h.fake.callsTo('files.download')).toHaveLength(1);
    const written = h.fake.calls.filter((call) => call.method !== 'files.download').map((call) => JSON.stringify(call.body)).join('\n') + h.log.lines.map((l) => JSON.stringify(l)).join('\n');
    for (const secret of PLANTED_STRINGS) expect(written, secret).not.toContain(secret);
  });

  it.each(['memory', 'redis'] as const)('with the message event of the same share: read once, whichever comes first (%s store)', async (backend) => {
    h = await startDeskHarness(await backends.make(backend));
    const c = new Conversation(h, backend === 'memory' ? 'U0FSHARED2' : 'U0FSHARED3');
    await c.start();
    const id = backend === 'memory' ? 'F0FS000002' : 'F0FS000003';
    const ts = '1860000002.000100';
    const file = h.fake.addFile({ id, name: 'both.har', filetype: 'har', content: plantedSecretsHar(), chunkBytes: 2048, shares: [{ channel: c.channel, ts, threadTs: c.rootTs }] });
    const count = c.posts().length;
    // Both at once, as Slack sends them (two HTTP requests, in any order).
    const answers = await Promise.all([
      h.send(fileShared({ user: c.user, channel: c.channel, fileId: id })),
      h.send(fileShareMessage({ user: c.user, channel: c.channel, threadTs: c.rootTs, ts, file: { ...file, filetype: 'har' } })),
    ]);
    expect(answers.map((r) => r.status)).toEqual([200, 200]);
    await waitFor('the findings', () => c.posts().slice(count).find((p) => String(p.body.text).includes('I read your HAR file')));
    // The desk's next turn after the HAR follows; give a second reading every chance to show up.
    await waitFor('the next turn', () => c.posts().length >= count + 2);
    await new Promise((r) => setTimeout(r, 500));
    expect(c.posts().slice(count).filter((p) => String(p.body.text).includes('I read your HAR file'))).toHaveLength(1);
    expect(h.fake.callsTo('files.download')).toHaveLength(1);
  });

  it('a file shared outside a conversation thread (or not a HAR) is not downloaded', async () => {
    h = await startDeskHarness(await backends.make('memory'));
    const c = new Conversation(h, 'U0FSHARED4');
    await c.start();
    h.fake.addFile({ id: 'F0FS000004', name: 'top.har', filetype: 'har', content: plantedSecretsHar(), shares: [{ channel: c.channel, ts: '1860000004.000100' }] });
    h.fake.addFile({ id: 'F0FS000005', name: 'photo.png', filetype: 'png', content: 'png', shares: [{ channel: c.channel, ts: '1860000005.000100', threadTs: c.rootTs }] });
    expect((await h.send(fileShared({ user: c.user, channel: c.channel, fileId: 'F0FS000004' }))).status).toBe(200);
    expect((await h.send(fileShared({ user: c.user, channel: c.channel, fileId: 'F0FS000005' }))).status).toBe(200);
    await h.fake.waitForCalls('files.info', 2);
    await new Promise((r) => setTimeout(r, 300));
    expect(h.fake.callsTo('files.download')).toHaveLength(0);
  });

  it('a file_shared event without its ids is refused with 400', async () => {
    h = await startDeskHarness(await backends.make('memory'));
    expect((await h.send(envelope({ type: 'file_shared', channel_id: 'D1', user_id: 'U1' }))).status).toBe(400);
  });
});
