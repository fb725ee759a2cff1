import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { HarError } from '../../../src/evidence/har/har-error.ts';
import { readHar, type JsonObject } from '../../../src/evidence/har/read-har.ts';
import { chunksOf, harText } from '../../helpers/har-builder.ts';
import { sharedFixturePath } from '../../helpers/shared-fixtures.ts';

async function read(text: string, options: { chunk?: number; maxBytes?: number } = {}) {
  const entries: JsonObject[] = [];
  const result = await readHar(chunksOf(text, options.chunk ?? 64 * 1024), { maxBytes: options.maxBytes ?? 1e9, onEntry: (e) => void entries.push(e) });
  return { ...result, list: entries };
}

async function failure(text: string, options: { chunk?: number; maxBytes?: number } = {}): Promise<HarError> {
  const error: unknown = await read(text, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof HarError)) throw new Error(`expected a HarError, got ${String(error)}`);
  return error;
}

describe('readHar', () => {
  it('streams the entries of the real Chrome HAR (mitmproxy fixture), the same whatever the chunk size', async () => {
    const text = await readFile(sharedFixturePath('har/mitmproxy_chrome.har'), 'utf8');
    const whole = JSON.parse(text) as { log: { entries: unknown[]; pages: unknown; creator: unknown; version: string } };
    for (const chunk of [1, 7, 4096, 1 << 20]) {
      const { entries, list, log, bytes } = await read(text, { chunk });
      expect(entries).toBe(3);
      expect(bytes).toBe(Buffer.byteLength(text));
      expect(list).toEqual(whole.log.entries);
      expect(log).toEqual({ version: whole.log.version, creator: whole.log.creator, pages: whole.log.pages });
    }
  });

  it('keeps multi-byte characters split across chunks', async () => {
    const text = harText([{ url: 'https://chatgpt.com/', body: 'Grüße 😀 日本語' }]);
    const { list } = await read(text, { chunk: 1 });
    expect(JSON.stringify(list[0])).toContain('Grüße 😀 日本語');
  });

  it('awaits onEntry before it reads on', async () => {
    const text = harText([{ url: 'https://chatgpt.com/a' }, { url: 'https://chatgpt.com/b' }]);
    const order: string[] = [];
    await readHar(chunksOf(text, 1 << 20), {
      maxBytes: 1e9,
      onEntry: async (_entry, index) => {
        order.push(`start ${index}`);
        await new Promise((r) => setTimeout(r, 5));
        order.push(`end ${index}`);
      },
    });
    expect(order).toEqual(['start 0', 'end 0', 'start 1', 'end 1']);
  });

  it.each([
    ['an empty file', ''],
    ['whitespace', '  \n'],
    ['HTML', '<!doctype html><title>Sign in</title>'],
    ['a JSON list', '[{"log":{"entries":[]}}]'],
    ['a JSON string', '"log"'],
    ['a number', '42'],
    ['an object without log', '{"entries":[]}'],
    ['log that is not an object', '{"log":[]}'],
    ['log without entries', '{"log":{"version":"1.2","pages":[]}}'],
    ['entries that are not a list', '{"log":{"entries":{}}}'],
    ['an entry that is not an object', '{"log":{"entries":[1]}}'],
    ['broken JSON inside', '{"log":{"entries":[{"request":}]}}'],
    ['a second document after the HAR', '{"log":{"entries":[]}} {"log":{"entries":[]}}'],
  ])('refuses %s as not a HAR', async (_name, text) => {
    const error = await failure(text, { chunk: 3 });
    expect(error.code).toBe('har.not_har');
  });

  it('says a file cut off anywhere is truncated, not "not a HAR"', async () => {
    const text = harText([{ url: 'https://chatgpt.com/', body: '{"a":1}' }, { url: 'https://chatgpt.com/x', status: 500 }]);
    for (const cut of [1, 10, Math.floor(text.length / 2), text.length - 3, text.length - 1]) {
      const error = await failure(text.slice(0, cut));
      expect({ cut, code: error.code }).toEqual({ cut, code: 'har.truncated' });
      expect(error.bytes).toBe(cut);
    }
  });

  it('refuses more than maxBytes as it reads, before the end', async () => {
    const text = harText(Array.from({ length: 50 }, (_, i) => ({ url: `https://chatgpt.com/${i}` })));
    let seen = 0;
    const error: unknown = await readHar(chunksOf(text, 1000), { maxBytes: 5000, onEntry: () => void seen++ }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HarError);
    expect((error as HarError).code).toBe('har.too_large');
    expect((error as HarError).limit).toBe(5000);
    expect(seen).toBeLessThan(50);
    await expect(read(text, { maxBytes: Buffer.byteLength(text) })).resolves.toMatchObject({ entries: 50 });
  });

  it('reads an empty entries list and a log whose entries come before pages', async () => {
    expect(await read('{"log":{"entries":[]}}')).toMatchObject({ entries: 0, log: {} });
    const later = await read('{"log":{"entries":[{"request":{"url":"https://chatgpt.com/"}}],"pages":[{"id":"p"}],"_custom":1}}');
    expect(later).toMatchObject({ entries: 1, log: { pages: [{ id: 'p' }] } });
    expect(later.log).not.toHaveProperty('_custom');
  });
});
