import { afterEach, describe, expect, it } from 'vitest';
import { harText } from '../../helpers/har-builder.ts';
import { PLANTED_STRINGS, plantedSecretsHar } from '../../helpers/planted-secrets-har.ts';
import { useStoreBackends } from '../../helpers/store-backends.ts';
import { blockText, Conversation, startDeskHarness, TEAM, waitFor, type DeskHarness } from './slack-desk-kit.ts';

/**
 * Issue 14 item 2 on Slack, through the real bolt app (HTTP mode, signed requests), the real desk
 * and the outbox, against the fake Slack API which also serves the file: a HAR the reporter
 * shares in their thread is downloaded with the bot token, its findings are posted in the thread
 * and attached to the conversation; a file over HAR_MAX_BYTES gets a message and no download.
 */

let seq = 0;

/** A file_share message event in the reporter's thread. */
function fileShareEvent(input: { user: string; channel: string; threadTs: string; file: Record<string, unknown>; text?: string }): string {
  seq++;
  return JSON.stringify({
    token: 'x',
    team_id: TEAM,
    api_app_id: 'A0APP00001',
    type: 'event_callback',
    event_id: `EvHar${seq}`,
    event_time: Math.floor(Date.now() / 1000),
    event: {
      type: 'message',
      subtype: 'file_share',
      channel: input.channel,
      channel_type: 'im',
      user: input.user,
      text: input.text ?? '',
      ts: `${1_850_000_000 + seq}.000100`,
      thread_ts: input.threadTs,
      files: [input.file],
      team: TEAM,
    },
  });
}

function everythingWritten(h: DeskHarness): string {
  const posted = h.fake.calls.filter((c) => c.method !== 'files.download').map((c) => JSON.stringify(c.body));
  return [...posted, ...h.log.lines.map((l) => JSON.stringify(l))].join('\n');
}

const backends = useStoreBackends();

describe('Slack: a HAR shared in the thread', () => {
  let h: DeskHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it.each(['memory', 'redis'] as const)('is downloaded with the bot token, its findings posted in the thread, and attached; no planted secret is posted, logged or stored (%s store)', async (backend) => {
    h = await startDeskHarness(await backends.make(backend));
    const c = new Conversation(h, 'U0HARSHARE1');
    await c.start();
    const file = h.fake.addFile({ id: 'F0HAR00001', name: 'chatgpt.com.har', content: plantedSecretsHar(), chunkBytes: 4096 });
    const count = c.posts().length;
    const res = await h.send(fileShareEvent({ user: c.user, channel: c.channel, threadTs: c.rootTs, file: { ...file, filetype: 'har' } }));
    expect(res.status).toBe(200);

    const note = await waitFor('the findings in the thread', () => c.posts().slice(count).find((p) => String(p.body.text).includes('I read your HAR file')));
    const text = blockText(note.body.blocks);
    expect(text).toContain('*chatgpt.com.har*');
    expect(text).toMatch(/Server error 500 from chatgpt\.com\/backend-api\/conversation/);
    expect(text).toContain('Cookies, tokens, keys and session ids were removed');
    const download = h.fake.callsTo('files.download');
    expect(download).toHaveLength(1);
    expect(download[0]!.headers.authorization).toMatch(/^Bearer xoxb-/);

    // The desk's next turn follows through the outbox; the HAR settled the symptom and is attached.
    const conversationId = (await h.assembled.desk.findByThread({ platform: 'slack', ref: { channel: c.channel, threadTs: c.rootTs, user: c.user } }))!;
    await waitFor('the next turn', () => c.posts().length >= count + 2);
    const after = await h.assembled.desk.get(conversationId);
    expect(after?.details.harAttached).toBe(true);
    expect(after?.facts.symptom).toBe('http_500');

    const written = `${everythingWritten(h)}\n${JSON.stringify(after)}`;
    for (const secret of PLANTED_STRINGS) expect(written, secret).not.toContain(secret);
  });

  it("the findings come in the conversation's language", async () => {
    h = await startDeskHarness(await backends.make('memory'));
    h.fake.setUserLocale('U0HARSHARE4', 'de-DE');
    const c = new Conversation(h, 'U0HARSHARE4');
    await c.start();
    const file = h.fake.addFile({ id: 'F0HAR00004', name: 'sitzung.har', content: plantedSecretsHar() });
    const count = c.posts().length;
    expect((await h.send(fileShareEvent({ user: c.user, channel: c.channel, threadTs: c.rootTs, file }))).status).toBe(200);
    const note = await waitFor('the findings in German', () => c.posts().slice(count).find((p) => blockText(p.body.blocks).includes('Ich habe deine HAR-Datei')));
    expect(blockText(note.body.blocks)).toContain('*sitzung.har*');
    expect(blockText(note.body.blocks)).not.toContain('I read your HAR file');
  });

  it('a file over HAR_MAX_BYTES gets a clear message in the thread and is not downloaded', async () => {
    h = await startDeskHarness(await backends.make('memory'), { env: { HAR_MAX_BYTES: '2048' } });
    const c = new Conversation(h, 'U0HARSHARE2');
    await c.start();
    const file = h.fake.addFile({ id: 'F0HAR00002', name: 'big.har', content: harText([{ url: 'https://chatgpt.com/', status: 200 }]), size: 5_000_000 });
    const count = c.posts().length;
    expect((await h.send(fileShareEvent({ user: c.user, channel: c.channel, threadTs: c.rootTs, file }))).status).toBe(200);
    const note = await waitFor('the message', () => c.posts().slice(count).find((p) => String(p.body.text).includes('larger than')));
    expect(String(note.body.text)).toContain('*big.har* is larger than 2 KB');
    expect(h.fake.callsTo('files.download')).toHaveLength(0);
    const conversationId = (await h.assembled.desk.findByThread({ platform: 'slack', ref: { channel: c.channel, threadTs: c.rootTs, user: c.user } }))!;
    expect((await h.assembled.desk.get(conversationId))?.details.harAttached).toBeUndefined();
  });

  it('a download that turns out larger than HAR_MAX_BYTES is aborted, with the same message', async () => {
    h = await startDeskHarness(await backends.make('memory'), { env: { HAR_MAX_BYTES: '4096' } });
    const c = new Conversation(h, 'U0HARSHARE3');
    await c.start();
    const entries = Array.from({ length: 400 }, (_, i) => ({ url: `https://chatgpt.com/backend-api/x${i}`, status: 200 }));
    // The event names only the file's id: files.info gives its URL (and a size that understates it).
    h.fake.addFile({ id: 'F0HAR00003', name: 'lies.har', content: harText(entries), size: 1000, chunkBytes: 1024 });
    const count = c.posts().length;
    expect((await h.send(fileShareEvent({ user: c.user, channel: c.channel, threadTs: c.rootTs, file: { id: 'F0HAR00003', name: 'lies.har' } }))).status).toBe(200);
    const note = await waitFor('the message', () => c.posts().slice(count).find((p) => String(p.body.text).includes('larger than')));
    expect(String(note.body.text)).toContain('lies.har');
    expect(h.fake.callsTo('files.info')).toHaveLength(1);
    const download = await waitFor('the download ended', () => h!.fake.callsTo('files.download')[0]);
    await waitFor('the download aborted', () => download.body.aborted === true);
  });
});
