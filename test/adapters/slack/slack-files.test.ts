import { createServer, type Server } from 'node:http';
import { Readable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackWebApi } from '../../../adapters/slack/create-slack-web-api.ts';
import { createSlackFiles } from '../../../adapters/slack/slack-files.ts';
import { startFakeSlackApi, type FakeSlackApi } from '../../helpers/fake-slack-api.ts';

const TOKEN = 'xoxb-files-test-token';

describe('Slack files: the bot token goes only to Slack', () => {
  let fake: FakeSlackApi | undefined;
  let other: Server | undefined;
  afterEach(async () => {
    await fake?.close();
    await new Promise<void>((resolve) => (other ? other.close(() => resolve()) : resolve()));
    fake = undefined;
    other = undefined;
  });

  it('downloads from SLACK_API_URL’s origin with the token, and refuses any other host without a request', async () => {
    fake = await startFakeSlackApi({ token: TOKEN });
    const seen: (string | undefined)[] = [];
    other = createServer((req, res) => {
      seen.push(req.headers.authorization);
      res.end('{}');
    });
    await new Promise<void>((resolve) => other!.listen(0, '127.0.0.1', () => resolve()));
    const files = createSlackFiles({ client: createSlackWebApi({ token: TOKEN, apiUrl: fake.url }), token: TOKEN, apiUrl: fake.url });
    const file = fake.addFile({ id: 'F0FILES001', name: 'a.har', content: '{"log":{"entries":[]}}' });
    expect(await files.info('F0FILES001')).toMatchObject({ id: 'F0FILES001', name: 'a.har', size: 22, urlPrivateDownload: file.url_private_download });
    const chunks: Buffer[] = [];
    for await (const chunk of await files.open(file.url_private_download, 1000)) chunks.push(Buffer.from(chunk));
    expect(Buffer.concat(chunks).toString()).toBe('{"log":{"entries":[]}}');
    expect(fake.callsTo('files.download')[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);

    const elsewhere = `http://127.0.0.1:${(other.address() as AddressInfo).port}/files-pri/T-F0FILES001/download/a.har`;
    await expect(files.open(elsewhere, 1000)).rejects.toMatchObject({ code: 'slack_api.http' });
    await expect(files.open('https://files.example.com/a.har', 1000)).rejects.toMatchObject({ code: 'slack_api.http' });
    expect(seen).toEqual([]);
    await expect(files.open(file.url_private_download, 10)).rejects.toMatchObject({ code: 'har.too_large' });
    await files.close();
  });

  it('reads where a file was shared (files.info shares, public and private)', async () => {
    fake = await startFakeSlackApi({ token: TOKEN });
    const files = createSlackFiles({ client: createSlackWebApi({ token: TOKEN, apiUrl: fake.url }), token: TOKEN, apiUrl: fake.url });
    fake.addFile({ id: 'F0FILES002', name: 'b.har', filetype: 'har', content: '{}', shares: [{ channel: 'D0DM000001', ts: '1.2', threadTs: '1.1' }, { channel: 'C0CHAN0001', ts: '3.4' }] });
    const info = await files.info('F0FILES002');
    expect(info).toMatchObject({ filetype: 'har' });
    expect(info.shares).toEqual(expect.arrayContaining([{ channel: 'D0DM000001', ts: '1.2', threadTs: '1.1' }, { channel: 'C0CHAN0001', ts: '3.4' }]));
    await files.close();
  });

  it('uploads into a thread with files.uploadV2’s steps, the bytes without the token; an upload URL elsewhere is refused without a request', async () => {
    fake = await startFakeSlackApi({ token: TOKEN });
    const files = createSlackFiles({ client: createSlackWebApi({ token: TOKEN, apiUrl: fake.url }), token: TOKEN, apiUrl: fake.url });
    const bytes = Buffer.from('{"log":{"entries":[]}}');
    const id = await files.upload({ channel: 'D0DM000001', threadTs: '1.1', filename: 'a.redacted.har', title: 'a.redacted.har', initialComment: 'here', body: () => Readable.from([bytes]), length: bytes.length });
    expect(fake.uploads.get(id)).toMatchObject({ channel: 'D0DM000001', threadTs: '1.1', filename: 'a.redacted.har', initialComment: 'here' });
    expect(fake.uploads.get(id)!.content!.toString()).toBe(bytes.toString());
    expect(fake.callsTo('files.upload')[0]!.headers.authorization).toBeUndefined();
    await files.close();
    await fake.close();

    const seen: string[] = [];
    other = createServer((req, res) => {
      seen.push(req.url ?? '');
      res.end('OK');
    });
    await new Promise<void>((resolve) => other!.listen(0, '127.0.0.1', () => resolve()));
    fake = await startFakeSlackApi({ token: TOKEN, uploadOrigin: `http://127.0.0.1:${(other.address() as AddressInfo).port}` });
    const elsewhere = createSlackFiles({ client: createSlackWebApi({ token: TOKEN, apiUrl: fake.url }), token: TOKEN, apiUrl: fake.url });
    await expect(elsewhere.upload({ channel: 'D1', threadTs: '1.1', filename: 'a.har', title: 'a', initialComment: 'x', body: () => Readable.from([bytes]), length: bytes.length })).rejects.toMatchObject({ code: 'slack_api.http' });
    expect(seen).toEqual([]);
    expect(fake.callsTo('files.completeUploadExternal')).toHaveLength(0);
    await elsewhere.close();
  });
});
