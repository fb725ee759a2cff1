import { describe, expect, it } from 'vitest';
import { createStringShortener, SHORTENED_MARKER } from '../../../src/evidence/har/create-string-shortener.ts';
import { readHar, type JsonObject } from '../../../src/evidence/har/read-har.ts';
import { processHar } from '../../../src/evidence/har/process-har.ts';
import { chunksOf, harText } from '../../helpers/har-builder.ts';

/** Runs the shortener over `json` cut into chunks of `size` bytes and parses the result. */
function shorten(json: string, max: number, size: number): { value: unknown; shortened: number; same: boolean } {
  const s = createStringShortener(max);
  const bytes = Buffer.from(json, 'utf8');
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(s.feed(bytes.subarray(i, i + size)));
  const text = Buffer.concat(out).toString('utf8');
  return { value: JSON.parse(text) as unknown, shortened: s.shortened, same: text === json };
}

describe('createStringShortener', () => {
  it('leaves JSON whose strings fit untouched, whatever the chunking', () => {
    const json = JSON.stringify({ a: 'short', b: ['x\\"y', 'ü€😀'], c: 'z'.repeat(10) });
    for (const size of [1, 2, 3, 7, 1000]) expect(shorten(json, 16, size)).toEqual({ value: JSON.parse(json), shortened: 0, same: true });
  });

  it('cuts a long string to the limit and marks it; the JSON stays valid across escapes, \\u sequences and UTF-8, at any chunking', () => {
    const long = `${'a'.repeat(5)}\\"quoted\\" \\u00e9 é😀 ${'€'.repeat(20)} "end"`;
    const json = JSON.stringify({ before: 'keep', body: long, after: ['also', 'kept'] });
    // From 6 bytes on, the keys and the short values fit: only the body is cut.
    for (let max = 6; max < 70; max += 3) {
      for (const size of [1, 2, 5, 64]) {
        const { value, shortened } = shorten(json, max, size);
        const body = (value as { body: string }).body;
        expect({ max, size, shortened }).toEqual({ max, size, shortened: 1 });
        expect(body.endsWith(SHORTENED_MARKER)).toBe(true);
        const kept = body.slice(0, -SHORTENED_MARKER.length);
        // What is kept is the start of the original value, about `max` bytes of it as the file wrote them.
        expect({ max, prefix: long.startsWith(kept) }).toEqual({ max, prefix: true });
        expect(kept.length).toBeGreaterThan(0);
        expect(Buffer.byteLength(JSON.stringify(kept)) - 2).toBeLessThanOrEqual(max + 6);
        expect(value).toMatchObject({ before: 'keep', after: ['also', 'kept'] });
      }
    }
  });

  it('readHar and the report: a huge body is cut, counted, and the rest of the HAR is read as before', async () => {
    const text = harText([
      { url: 'https://chatgpt.com/big', mimeType: 'text/plain', body: `token=abcd1234 ${'x'.repeat(50_000)}` },
      { url: 'https://chatgpt.com/backend-api/x', status: 502, responseHeaders: { 'x-request-id': 'req_after_big' } },
    ]);
    const entries: JsonObject[] = [];
    const read = await readHar(chunksOf(text, 4096), { maxBytes: 1e9, maxStringBytes: 1000, onEntry: (e) => void entries.push(e) });
    expect(read).toMatchObject({ entries: 2, shortened: 1 });
    const body = ((entries[0]!.response as JsonObject).content as JsonObject).text as string;
    expect(body.length).toBeLessThan(1100);
    expect(body.endsWith(SHORTENED_MARKER)).toBe(true);
    const report = await processHar(chunksOf(text, 4096), { maxBytes: 1e9, maxStringBytes: 1000, allowlist: { minimum: ['chatgpt.com'], broader: [] } });
    expect(report).toMatchObject({ shortened: 1, entries: 2, findings: [{ kind: 'server_error', requestId: 'req_after_big' }] });
  });
});
