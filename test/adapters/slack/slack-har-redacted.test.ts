import { afterEach, describe, expect, it } from 'vitest';
import { PLANTED_STRINGS, plantedSecretsHar } from '../../helpers/planted-secrets-har.ts';
import { startFakeSlackApi, type RecordedCall, type StoredMessage } from '../../helpers/fake-slack-api.ts';
import { useStoreBackends } from '../../helpers/store-backends.ts';
import { blockText, clickPayload, Conversation, startDeskHarness, TEAM, waitFor, type DeskHarness } from './slack-desk-kit.ts';
import { BOT_TOKEN } from './slack-test-kit.ts';

/**
 * Issue 14 item 3 on Slack: "on request, a redacted HAR … a file in the thread". Under a shared
 * HAR's findings the reporter gets "Send me the redacted HAR"; a click (real bolt, signed request)
 * enqueues one outbox entry naming the file; its delivery reads the file from Slack again,
 * redacts it into a temporary file and uploads it with files.uploadV2's steps into the thread.
 */

let seq = 0;

function fileShareEvent(input: { user: string; channel: string; threadTs: string; file: Record<string, unknown> }): string {
  seq++;
  return JSON.stringify({
    token: 'x',
    team_id: TEAM,
    api_app_id: 'A0APP00001',
    type: 'event_callback',
    event_id: `EvRed${seq}`,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: 'message', subtype: 'file_share', channel: input.channel, channel_type: 'im', user: input.user, text: '', ts: `${1_870_000_000 + seq}.000100`, thread_ts: input.threadTs, files: [input.file], team: TEAM },
  });
}

type Button = { action_id: string; value?: string; text: { text: string } };

function redactedButton(message: StoredMessage): Button {
  for (const block of (message.blocks ?? []) as { type: string; elements?: Button[] }[]) {
    const button = block.type === 'actions' ? block.elements?.find((e) => e.action_id === 'c500.har.redacted') : undefined;
    if (button) return button;
  }
  throw new Error('no "Send me the redacted HAR" button on the findings');
}

/** Shares the planted HAR in the conversation's thread and returns the findings message. */
async function shareAndFind(h: DeskHarness, c: Conversation, fileId: string): Promise<StoredMessage> {
  const file = h.fake.addFile({ id: fileId, name: 'chatgpt.com.har', filetype: 'har', content: plantedSecretsHar(), chunkBytes: 4096 });
  const count = c.posts().length;
  expect((await h.send(fileShareEvent({ user: c.user, channel: c.channel, threadTs: c.rootTs, file }))).status).toBe(200);
  const note = await waitFor('the findings', () => c.posts().slice(count).find((p) => String(p.body.text).includes('I read your HAR file')));
  return h.fake.message(c.channel, String(note.answer!.ts))!;
}

function everythingWritten(h: DeskHarness): string {
  const sent = h.fake.calls.filter((call: RecordedCall) => call.method !== 'files.download').map((call) => JSON.stringify(call.body));
  const uploaded = [...h.fake.uploads.values()].map((u) => `${u.content?.toString('utf8') ?? ''}\n${u.initialComment ?? ''}\n${u.filename}`);
  return [...sent, ...uploaded, ...h.log.lines.map((l) => JSON.stringify(l))].join('\n');
}

const backends = useStoreBackends();

describe('Slack: the redacted HAR, on request, as a file in the thread', () => {
  let h: DeskHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it.each(['memory', 'redis'] as const)('a click uploads the redacted copy into the thread once; no cookie, token or authorization value of the input is in it or anywhere else (%s store)', async (backend) => {
    h = await startDeskHarness(await backends.make(backend));
    const c = new Conversation(h, backend === 'memory' ? 'U0REDACT01' : 'U0REDACT02');
    await c.start();
    const findings = await shareAndFind(h, c, backend === 'memory' ? 'F0RED00001' : 'F0RED00002');
    expect(blockText(findings.blocks)).toContain('Need it for a support ticket?');
    const button = redactedButton(findings);
    expect(button.text.text).toBe('Send me the redacted HAR');
    expect(h.fake.uploads.size).toBe(0);

    const click = clickPayload({ user: c.user, message: findings, button: { ...button } });
    expect((await h.send(click)).status).toBe(200);
    // A second click (or Slack's retry) asks for the same file: still one upload.
    expect((await h.send(clickPayload({ user: c.user, message: findings, button: { ...button } }))).status).toBe(200);

    const upload = await waitFor('the upload in the thread', () => [...h!.fake.uploads.values()].find((u) => u.channel === c.channel));
    expect(upload.threadTs).toBe(c.rootTs);
    expect(upload.filename).toBe('chatgpt.com.redacted.har');
    expect(upload.initialComment).toContain('*chatgpt.com.har* with cookies, tokens, keys and session ids replaced by [REDACTED]');
    const har = JSON.parse(upload.content!.toString('utf8')) as { log: { entries: { request: { url: string } }[] } };
    expect(har.log.entries.length).toBeGreaterThan(1);
    expect(har.log.entries[0]!.request.url).toContain('https://chatgpt.com/backend-api/conversation');
    expect(upload.content!.toString('utf8')).toContain('[REDACTED]');
    // The upload URL is the credential: the bot token is not sent with the bytes.
    expect(h.fake.callsTo('files.upload')[0]!.headers.authorization).toBeUndefined();
    // The file was read twice: for the findings, and again on request (nothing of it was kept).
    expect(h.fake.callsTo('files.download')).toHaveLength(2);

    await new Promise((r) => setTimeout(r, 400));
    expect(h.fake.callsTo('files.completeUploadExternal')).toHaveLength(1);
    const written = everythingWritten(h);
    for (const secret of PLANTED_STRINGS) expect(written, secret).not.toContain(secret);
  });

  it('someone else clicking is told it is not theirs; nothing is uploaded', async () => {
    h = await startDeskHarness(await backends.make('memory'));
    const c = new Conversation(h, 'U0REDACT03');
    await c.start();
    const findings = await shareAndFind(h, c, 'F0RED00003');
    expect((await h.send(clickPayload({ user: 'U0INTRUDER', message: findings, button: { ...redactedButton(findings) } }))).status).toBe(200);
    const note = await waitFor('the ephemeral note', () => h!.fake.callsTo('chat.postEphemeral').find((call) => call.body.user === 'U0INTRUDER'));
    expect(JSON.stringify(note.body)).toContain('Only the person who shared this HAR');
    await new Promise((r) => setTimeout(r, 300));
    expect(h.fake.callsTo('files.getUploadURLExternal')).toHaveLength(0);
  });

  it('a file deleted before the click: a note in the thread says there is no copy', async () => {
    h = await startDeskHarness(await backends.make('memory'));
    const c = new Conversation(h, 'U0REDACT04');
    await c.start();
    const findings = await shareAndFind(h, c, 'F0RED00004');
    h.fake.removeFile('F0RED00004');
    const count = c.posts().length;
    expect((await h.send(clickPayload({ user: c.user, message: findings, button: { ...redactedButton(findings) } }))).status).toBe(200);
    const note = await waitFor('the note', () => c.posts().slice(count).find((p) => String(p.body.text).includes('could not read')));
    expect(String(note.body.text)).toContain('*chatgpt.com.har*');
    expect(h.fake.uploads.size).toBe(0);
  });

  it('the request survives a restart: asked on one replica that stops before delivering, uploaded by the next (redis store)', async () => {
    const fake = await startFakeSlackApi({ token: BOT_TOKEN });
    const store = await backends.make('redis');
    try {
      const first = await startDeskHarness(store, { fake, keepStore: true, consumer: 'replica-a' });
      h = first;
      const c = new Conversation(first, 'U0REDACT06');
      await c.start();
      const findings = await shareAndFind(first, c, 'F0RED00006');
      // This replica delivers nothing more: the click's entry waits in the outbox (Redis).
      await first.assembled.worker.stop(500);
      expect((await first.send(clickPayload({ user: c.user, message: findings, button: { ...redactedButton(findings) } }))).status).toBe(200);
      await new Promise((r) => setTimeout(r, 300));
      expect(fake.uploads.size).toBe(0);
      await first.close();
      h = await startDeskHarness(store, { fake, consumer: 'replica-a' });
      const upload = await waitFor('the upload after the restart', () => [...fake.uploads.values()].find((u) => u.channel === c.channel), 15_000);
      expect(upload.threadTs).toBe(c.rootTs);
      for (const secret of PLANTED_STRINGS) expect(upload.content!.toString('utf8'), secret).not.toContain(secret);
    } finally {
      await h?.close();
      h = undefined;
      await fake.close();
    }
  });

  it('Slack failing the upload is retried by the outbox: the file arrives once', async () => {
    h = await startDeskHarness(await backends.make('memory'));
    const c = new Conversation(h, 'U0REDACT05');
    await c.start();
    const findings = await shareAndFind(h, c, 'F0RED00005');
    h.fake.fail({ method: 'files.completeUploadExternal', status: 503, times: 1 });
    expect((await h.send(clickPayload({ user: c.user, message: findings, button: { ...redactedButton(findings) } }))).status).toBe(200);
    await waitFor('the upload in the thread', () => [...h!.fake.uploads.values()].find((u) => u.channel === c.channel));
    await new Promise((r) => setTimeout(r, 400));
    expect(h.fake.callsTo('files.completeUploadExternal').map((call) => call.status)).toEqual([503, 200]);
    expect([...h.fake.uploads.values()].filter((u) => u.channel)).toHaveLength(1);
  });
});
