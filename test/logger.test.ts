import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { configSecrets } from '../src/config-secrets.ts';
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

  it("drops ioredis' failed command (AUTH's arguments are the password) and URL credentials from errors", async () => {
    const { lines, stream } = memoryStream();
    const log = createLogger('debug', stream);
    // What ioredis emits when AUTH is refused: a ReplyError carrying the command.
    const error = Object.assign(new Error('WRONGPASS invalid username-password pair or user is disabled.'), { name: 'ReplyError', command: { name: 'auth', args: ['Pa55word-1'] } });
    const wrapped = new Error('cannot reach redis://admin:Pa55word-2@db:6379', { cause: error });
    log.warn({ err: error }, 'store error');
    log.error({ err: wrapped, error: { command: { name: 'hello', args: ['3', 'AUTH', 'u', 'Pa55word-3'] } } }, 'wrapped');
    await new Promise((r) => setImmediate(r));
    const text = JSON.stringify(lines);
    expect(text).not.toMatch(/Pa55word/);
    expect(text).toContain('WRONGPASS');
    expect(text).toContain('redis://***@db:6379');
    expect(lines[0]).toMatchObject({ err: { name: 'ReplyError', message: expect.stringContaining('WRONGPASS') } });
  });

  it('scrubs the configured secrets from every line, in any field or message', async () => {
    const { lines, stream } = memoryStream();
    const secrets = configSecrets({ REDIS_URL: 'redis://app:s%40crEt-99x@db:6379/0', HELPDESK_TOKEN: 'helpdesk-token-0123456789' });
    expect(secrets).toEqual(expect.arrayContaining(['s%40crEt-99x', 's@crEt-99x', 'helpdesk-token-0123456789']));
    const log = createLogger('info', stream, { secrets });
    log.info({ quoted: 'AUTH app s@crEt-99x' }, 'a library said s%40crEt-99x and helpdesk-token-0123456789');
    await new Promise((r) => setImmediate(r));
    const text = JSON.stringify(lines);
    expect(text).not.toMatch(/crEt-99x|helpdesk-token-0123456789/);
    expect(lines[0]).toMatchObject({ quoted: 'AUTH app [redacted]' });
  });

  it('pretty: one readable line per entry (time, level, message, fields; an error by its message), secrets still scrubbed, no JSON', async () => {
    const chunks: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        chunks.push(String(chunk));
        done();
      },
    });
    const log = createLogger('info', stream, { pretty: true, secrets: ['helpdesk-token-0123456789'] });
    log.info({ url: 'http://127.0.0.1:3000', port: 3000 }, 'http server listening');
    log.warn({ err: new Error('connect ECONNREFUSED 127.0.0.1:6379'), note: 'two words' }, 'store: helpdesk-token-0123456789');
    log.debug('not at this level');
    await new Promise((r) => setImmediate(r));
    const lines = chunks.join('').split('\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d INFO {3}http server listening {2}url=http:\/\/127\.0\.0\.1:3000 {2}port=3000$/);
    expect(lines[1]).toMatch(/^\d\d:\d\d:\d\d WARN {3}store: \[redacted\] {2}err="connect ECONNREFUSED 127\.0\.0\.1:6379" {2}note="two words"$/);
  });
});
