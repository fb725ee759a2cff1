import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createTeamsFiles } from '../../../adapters/teams/teams-files.ts';
import { harText } from '../../helpers/har-builder.ts';
import { PLANTED_STRINGS, plantedSecretsHar } from '../../helpers/planted-secrets-har.ts';
import { useStoreBackends } from '../../helpers/store-backends.ts';
import { ALICE, BOB, personalMessage } from '../../helpers/teams-activities.ts';
import { APP_ID, startTeamsHarness, TeamsConversation, waitUntil, type TeamsHarness } from './teams-kit.ts';

/**
 * Issue 14 item 2 on Teams, through the real CloudAdapter (signed activities in, messages out
 * through the outbox to the fake Bot Connector), with the file behind a local file server as
 * SharePoint's pre-authenticated download URL: a HAR attached in personal chat → its findings in
 * the chat and the report attached; over HAR_MAX_BYTES → a message and the download dropped.
 */
const backends = useStoreBackends();

interface FileServer {
  url: (name: string) => string;
  requests: { path: string; aborted: boolean; authorization?: string }[];
  close(): Promise<void>;
}

/** Serves `files` by name, in 1 KB chunks, recording whether the client hung up before the end. */
async function startFileServer(files: Record<string, string>): Promise<FileServer> {
  const requests: FileServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? '/').slice(1));
    const record = { path: req.url ?? '', aborted: false, ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) };
    requests.push(record);
    const content = files[name];
    if (content === undefined) {
      res.writeHead(404).end();
      return;
    }
    const bytes = Buffer.from(content);
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    res.on('close', () => (record.aborted = !res.writableFinished));
    let at = 0;
    const next = (): void => {
      if (res.destroyed) return;
      if (at >= bytes.length) {
        res.end();
        return;
      }
      const part = bytes.subarray(at, at + 1024);
      at += 1024;
      if (res.write(part)) setImmediate(next);
      else res.once('drain', next);
    };
    next();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (name) => `${origin}/${encodeURIComponent(name)}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** What was sent, with the one-dot leaders the sender puts in names (so Teams makes no links) read as dots. */
const plain = (value: unknown): string => JSON.stringify(value).replace(/\u2024/g, '.');

function fileMessage(h: TeamsHarness, c: TeamsConversation, name: string, downloadUrl: string) {
  return personalMessage({
    serviceUrl: h.fake.serviceUrl,
    appId: APP_ID,
    user: c.user,
    text: '',
    conversationId: c.conversationId,
    overrides: { attachments: [{ contentType: 'application/vnd.microsoft.teams.file.download.info', name, content: { downloadUrl, uniqueId: `u-${name}`, fileType: 'har' } }] },
  });
}

describe('Teams: a HAR attached in personal chat', () => {
  let h: TeamsHarness | undefined;
  let files: FileServer | undefined;
  afterEach(async () => {
    await h?.close();
    await files?.close();
    h = undefined;
    files = undefined;
  });

  it('its findings come in the chat and the report is attached; no planted secret is sent, logged or stored', async () => {
    files = await startFileServer({ 'chatgpt.com.har': plantedSecretsHar() });
    h = await startTeamsHarness(await backends.make('memory'), { files: createTeamsFiles({ allowHttp: true }) });
    const c = new TeamsConversation(h, ALICE, { personal: true });
    await c.say('chatgpt-500');
    const before = c.messages().length;
    const res = await h.post(fileMessage(h, c, 'chatgpt.com.har', files.url('chatgpt.com.har')));
    expect(res.status).toBeLessThan(300);
    await waitUntil('the findings and the next turn', () => c.messages().length >= before + 2);
    const sent = c.messages().slice(before).map(plain);
    const findings = sent.find((m) => m.includes('I read your HAR file'));
    expect(findings).toBeDefined();
    expect(findings).toContain('Server error 500 from chatgpt.com/backend-api/conversation');
    expect(files.requests).toHaveLength(1);
    expect(files.requests[0]!.authorization).toBeUndefined();

    const conversationId = (await h.assembled.desk.findByThread({ platform: 'teams', ref: { conversation: c.conversationId, user: c.user.id } }))!;
    const snapshot = await h.assembled.desk.get(conversationId);
    expect(snapshot?.details.harAttached).toBe(true);
    expect(snapshot?.facts.symptom).toBe('http_500');
    const written = [...c.messages().map((m) => JSON.stringify(m)), ...h.log.lines.map((l) => JSON.stringify(l)), JSON.stringify(snapshot)].join('\n');
    for (const secret of PLANTED_STRINGS) expect(written, secret).not.toContain(secret);
  });

  it('a HAR sent before any report starts one, which reads it', async () => {
    files = await startFileServer({ 'first.har': plantedSecretsHar() });
    h = await startTeamsHarness(await backends.make('memory'), { files: createTeamsFiles({ allowHttp: true }) });
    const c = new TeamsConversation(h, ALICE, { personal: true });
    expect((await h.post(fileMessage(h, c, 'first.har', files.url('first.har')))).status).toBeLessThan(300);
    await waitUntil('the findings', () => c.messages().some((m) => plain(m).includes('I read your HAR file')));
    const conversationId = await h.assembled.desk.findByThread({ platform: 'teams', ref: { conversation: c.conversationId, user: c.user.id } });
    expect(conversationId).toBeTruthy();
    await waitUntil('the HAR attached', async () => (await h!.assembled.desk.get(conversationId!))?.details.harAttached === true);
  });

  it('a HAR over HAR_MAX_BYTES gets a message in the chat and its download is dropped', async () => {
    const entries = Array.from({ length: 400 }, (_, i) => ({ url: `https://chatgpt.com/backend-api/x${i}`, status: 200 }));
    files = await startFileServer({ 'big.har': harText(entries) });
    h = await startTeamsHarness(await backends.make('memory'), { files: createTeamsFiles({ allowHttp: true }), env: { HAR_MAX_BYTES: '4096' } });
    const c = new TeamsConversation(h, BOB, { personal: true });
    await c.say('chatgpt-500');
    const before = c.messages().length;
    expect((await h.post(fileMessage(h, c, 'big.har', files.url('big.har')))).status).toBeLessThan(300);
    await waitUntil('the message', () => c.messages().length > before);
    expect(plain(c.messages().slice(before))).toContain('big.har\\" is larger than 4 KB');
    await waitUntil('the download dropped', () => files!.requests[0]?.aborted === true);
    const conversationId = (await h.assembled.desk.findByThread({ platform: 'teams', ref: { conversation: c.conversationId, user: c.user.id } }))!;
    expect((await h.assembled.desk.get(conversationId))?.details.harAttached).toBeUndefined();
  });
});
