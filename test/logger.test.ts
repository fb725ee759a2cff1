import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';

function memoryStream() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, stream };
}

describe('createLogger', () => {
  it('redacts tokens, secrets, cookies and auth headers', async () => {
    const { lines, stream } = memoryStream();
    const log = createLogger('info', stream);
    log.info({ token: 'xoxb-secret', req: { headers: { authorization: 'Bearer abc', cookie: 'sid=1' } }, slack: { botToken: 'xoxb-2' } }, 'hello');
    await new Promise((r) => setImmediate(r));
    expect(lines).toHaveLength(1);
    const text = JSON.stringify(lines[0]);
    expect(text).not.toContain('xoxb-secret');
    expect(text).not.toContain('Bearer abc');
    expect(text).not.toContain('sid=1');
    expect(text).not.toContain('xoxb-2');
    expect(lines[0]).toMatchObject({ msg: 'hello', token: '[redacted]' });
  });

  it('honours the level', async () => {
    const { lines, stream } = memoryStream();
    const log = createLogger('warn', stream);
    log.info('quiet');
    log.warn('loud');
    await new Promise((r) => setImmediate(r));
    expect(lines.map((l) => l.msg)).toEqual(['loud']);
  });
});
