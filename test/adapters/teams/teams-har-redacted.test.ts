import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createTeamsFiles } from '../../../adapters/teams/teams-files.ts';
import { PLANTED_STRINGS, plantedSecretsHar } from '../../helpers/planted-secrets-har.ts';
import { useStoreBackends } from '../../helpers/store-backends.ts';
import { ALICE, BOB, fileConsentInvoke, personalMessage, TEST_TENANT_ID } from '../../helpers/teams-activities.ts';
import { startFakeBotConnector, type StoredActivity } from '../../helpers/fake-bot-connector.ts';
import { APP_ID, APP_PASSWORD, startTeamsHarness, TeamsConversation, waitUntil, type TeamsHarness } from './teams-kit.ts';

/**
 * Issue 14 item 3 on Teams: the redacted HAR on request, as a file in the personal chat. After a
 * HAR's findings the bot sends a FileConsentCard (through the outbox, to the fake Bot Connector);
 * the person's `fileConsent/invoke` (signed with a real JWT) accepting it enqueues the upload,
 * whose delivery downloads the original again, redacts it and PUTs it whole into the upload
 * session (a local server standing in for OneDrive), then shows a FileInfoCard.
 */
const backends = useStoreBackends();

interface Drive {
  origin: string;
  downloads: number;
  uploads: { path: string; body: Buffer; range?: string; authorization?: string }[];
  close(): Promise<void>;
}

/** Serves the original HAR (GET /files/<name>) and takes uploads (PUT /upload/<id>, answered 201 like OneDrive). */
async function startDrive(files: Record<string, string>): Promise<Drive> {
  const drive: Omit<Drive, 'origin' | 'close'> = { downloads: 0, uploads: [] };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      if (req.method === 'GET' && path.startsWith('/files/')) {
        const content = files[decodeURIComponent(path.slice('/files/'.length))];
        if (content === undefined) return void res.writeHead(404).end();
        drive.downloads++;
        return void res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(content);
      }
      if (req.method === 'PUT' && path.startsWith('/upload/')) {
        drive.uploads.push({ path, body: Buffer.concat(chunks), ...(req.headers['content-range'] ? { range: String(req.headers['content-range']) } : {}), ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) });
        return void res.writeHead(201, { 'content-type': 'application/json' }).end('{"id":"drive-item-1"}');
      }
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    ...drive,
    get downloads() {
      return drive.downloads;
    },
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const plain = (value: unknown): string => JSON.stringify(value).replace(/\u2024/g, '.');
const attachmentOf = (m: StoredActivity, type: string) => (m.activity.attachments as { contentType: string; name?: string; content?: Record<string, unknown>; contentUrl?: string }[] | undefined)?.find((a) => a.contentType === type);
const CONSENT = 'application/vnd.microsoft.teams.card.file.consent';
const INFO = 'application/vnd.microsoft.teams.card.file.info';

async function shareHar(h: TeamsHarness, c: TeamsConversation, drive: Drive, name: string): Promise<StoredActivity> {
  await c.say('chatgpt-500');
  const activity = personalMessage({
    serviceUrl: h.fake.serviceUrl,
    appId: APP_ID,
    user: c.user,
    text: '',
    conversationId: c.conversationId,
    overrides: { attachments: [{ contentType: 'application/vnd.microsoft.teams.file.download.info', name, content: { downloadUrl: `${drive.origin}/files/${encodeURIComponent(name)}`, uniqueId: `u-${name}`, fileType: 'har' } }] },
  });
  expect((await h.post(activity)).status).toBeLessThan(300);
  let consent: StoredActivity | undefined;
  await waitUntil('the file consent card', () => (consent = c.messages().find((m) => attachmentOf(m, CONSENT))) !== undefined);
  return consent!;
}

describe('Teams: the redacted HAR, on request, as a file in personal chat', () => {
  let h: TeamsHarness | undefined;
  let drive: Drive | undefined;
  afterEach(async () => {
    await h?.close();
    await drive?.close();
    h = undefined;
    drive = undefined;
  });

  it.each(['memory', 'redis'] as const)('accepting the FileConsentCard uploads the redacted copy once and shows it; no planted secret is uploaded, sent, logged or stored (%s store)', async (backend) => {
    drive = await startDrive({ 'chatgpt.com.har': plantedSecretsHar() });
    h = await startTeamsHarness(await backends.make(backend), { files: createTeamsFiles({ allowHttp: true }) });
    const c = new TeamsConversation(h, ALICE, { personal: true });
    const consent = await shareHar(h, c, drive, 'chatgpt.com.har');
    const card = attachmentOf(consent, CONSENT)!;
    expect(card.name).toBe('chatgpt.com.redacted.har');
    expect(plain(card.content)).toContain('The redacted copy of');
    expect(card.content?.sizeInBytes).toBeGreaterThan(0);
    expect(drive.downloads).toBe(1);

    const uploadInfo = { name: 'chatgpt.com.redacted.har', uploadUrl: `${drive.origin}/upload/session-1`, contentUrl: 'https://contoso-my.sharepoint.com/personal/alice/Documents/Applications/chatgpt-500/chatgpt.com.redacted.har', uniqueId: 'drive-u-1', fileType: 'har' };
    const accept = () => fileConsentInvoke({ serviceUrl: h!.fake.serviceUrl, appId: APP_ID, user: c.user, conversation: c.conversationId, replyToId: consent.id, action: 'accept', context: card.content?.acceptContext, uploadInfo });
    const res = await h.post(accept());
    expect(res.status).toBe(200);
    // Teams may send the invoke again: still one upload, one card.
    expect((await h.post(accept())).status).toBe(200);

    let info: StoredActivity | undefined;
    await waitUntil('the file info card', () => (info = c.messages().find((m) => attachmentOf(m, INFO))) !== undefined);
    expect(attachmentOf(info!, INFO)).toMatchObject({ contentUrl: uploadInfo.contentUrl, name: uploadInfo.name, content: { uniqueId: 'drive-u-1', fileType: 'har' } });
    expect(plain(info!.activity)).toContain('Here is the redacted copy of');
    await new Promise((r) => setTimeout(r, 300));
    expect(drive.uploads).toHaveLength(1);
    const upload = drive.uploads[0]!;
    expect(upload.range).toBe(`bytes 0-${upload.body.length - 1}/${upload.body.length}`);
    expect(upload.authorization).toBeUndefined();
    const har = JSON.parse(upload.body.toString('utf8')) as { log: { entries: unknown[] } };
    expect(har.log.entries.length).toBeGreaterThan(1);
    expect(drive.downloads).toBe(2);
    expect(c.messages().filter((m) => attachmentOf(m, INFO))).toHaveLength(1);

    const written = [upload.body.toString('utf8'), ...c.messages().map((m) => JSON.stringify(m)), ...h.log.lines.map((l) => JSON.stringify(l))].join('\n');
    for (const secret of PLANTED_STRINGS) expect(written, secret).not.toContain(secret);
  });

  it('the accepted upload survives a restart: the replica that took the answer stops before delivering, the next one uploads (redis store)', async () => {
    drive = await startDrive({ 'restart.har': plantedSecretsHar() });
    const fake = await startFakeBotConnector({ appId: APP_ID, appPassword: APP_PASSWORD, tenantId: TEST_TENANT_ID });
    const store = await backends.make('redis');
    try {
      const first = await startTeamsHarness(store, { fake, keepStore: true, consumer: 'teams-a', files: createTeamsFiles({ allowHttp: true }) });
      h = first;
      const c = new TeamsConversation(first, ALICE, { personal: true });
      const consent = await shareHar(first, c, drive, 'restart.har');
      const card = attachmentOf(consent, CONSENT)!;
      await first.assembled.worker.stop(500);
      const uploadInfo = { name: 'restart.redacted.har', uploadUrl: `${drive.origin}/upload/session-r`, contentUrl: 'https://contoso-my.sharepoint.com/personal/alice/restart.redacted.har', uniqueId: 'drive-u-r', fileType: 'har' };
      const res = await first.post(fileConsentInvoke({ serviceUrl: fake.serviceUrl, appId: APP_ID, user: c.user, conversation: c.conversationId, replyToId: consent.id, action: 'accept', context: card.content?.acceptContext, uploadInfo }));
      expect(res.status).toBe(200);
      await new Promise((r) => setTimeout(r, 300));
      expect(drive.uploads).toHaveLength(0);
      await first.close();
      h = await startTeamsHarness(store, { fake, consumer: 'teams-a', files: createTeamsFiles({ allowHttp: true }) });
      await waitUntil('the file info card after the restart', () => c.messages().some((m) => attachmentOf(m, INFO) !== undefined), 15_000);
      expect(drive.uploads).toHaveLength(1);
    } finally {
      await h?.close();
      h = undefined;
      await fake.close();
    }
  });

  it('declining gets a short note and uploads nothing', async () => {
    drive = await startDrive({ 'x.har': plantedSecretsHar() });
    h = await startTeamsHarness(await backends.make('memory'), { files: createTeamsFiles({ allowHttp: true }) });
    const c = new TeamsConversation(h, BOB, { personal: true });
    const consent = await shareHar(h, c, drive, 'x.har');
    const card = attachmentOf(consent, CONSENT)!;
    const before = c.messages().length;
    const res = await h.post(fileConsentInvoke({ serviceUrl: h.fake.serviceUrl, appId: APP_ID, user: c.user, conversation: c.conversationId, replyToId: consent.id, action: 'decline', context: card.content?.declineContext }));
    expect(res.status).toBe(200);
    await waitUntil('the note', () => c.messages().slice(before).some((m) => plain(m).includes('no redacted copy')));
    expect(drive.uploads).toHaveLength(0);
  });

  it('a consent answer whose context is not ours is ignored', async () => {
    drive = await startDrive({});
    h = await startTeamsHarness(await backends.make('memory'), { files: createTeamsFiles({ allowHttp: true }) });
    const c = new TeamsConversation(h, BOB, { personal: true });
    await c.say('chatgpt-500');
    const before = c.messages().length;
    const res = await h.post(fileConsentInvoke({ serviceUrl: h.fake.serviceUrl, appId: APP_ID, user: c.user, conversation: c.conversationId, replyToId: 'x', action: 'accept', context: { something: 'else' }, uploadInfo: { name: 'a', uploadUrl: `${drive.origin}/upload/z`, contentUrl: 'https://x.example/a', uniqueId: 'z' } }));
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(c.messages().length).toBe(before);
    expect(drive.uploads).toHaveLength(0);
  });
});
