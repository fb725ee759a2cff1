import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer, type TestRedis } from '../../helpers/redis-server.ts';
import { FAILS_EVERYWHERE, reportOverApi, threeReportersOverApi } from '../web/helpers/report-over-api.ts';
import { webClient } from '../web/helpers/web-client.ts';
import { get, post } from './helpers/serve-app.ts';
import { spawnBot, type SpawnedBot } from './helpers/spawn-bot.ts';

const TOKEN = 'helpdesk-token-0123456789abcdef';
const auth = { authorization: `Bearer ${TOKEN}` };

/**
 * Text from outside, black box: the real CLI (`chatgpt-500 start`) on a real redis-server. A JSON
 * body may carry "\ud800", which parses into a lone UTF-16 surrogate; Redis's Lua JSON decoder
 * rejects it, so one stored would answer 500 on every later read. Each is refused with 400 naming
 * the field, and everything stored still reads.
 */
describe('text inputs over HTTP (real bot, real Redis)', () => {
  let redis: TestRedis;
  let bot: SpawnedBot;
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await redis.stop();
  });

  const raw = (path: string, json: string, headers: Record<string, string> = {}) => post(`${bot.url}${path}`, json, headers);

  it('refuses a lone surrogate or a control character with 400 naming the field; the conversation still reads', async () => {
    bot = await spawnBot({ REDIS_URL: redis.url, REDIS_KEY_PREFIX: 'ti1:', HELPDESK_TOKEN: TOKEN, INCIDENT_MIN_REPORTERS: '3' });
    // The escape is in the JSON text itself, as an attacker would send it.
    const site = await raw('/api/conversations', '{"reporter":{"id":"r-1"},"site":"Berlin \\ud800","text":"chatgpt.com shows HTTP ERROR 500"}');
    expect(site.status).toBe(400);
    expect(site.body).toMatchObject({ code: 'invalid_body', field: 'site' });
    expect(String(site.body!.error)).toMatch(/^site: must be well-formed Unicode/);

    const cases: [string, string][] = [
      ['{"reporter":{"id":"r-1","name":"Ana\\udc00"}}', 'reporter.name'],
      ['{"reporter":{"id":"r-\\ud83d"}}', 'reporter.id'],
      ['{"reporter":{"id":"r-1"},"text":"500 \\ud83d on the wifi"}', 'text'],
      ['{"reporter":{"id":"r-1"},"text":"bell \\u0007"}', 'text'],
      ['{"reporter":{"id":"r-1"},"site":"Ber\\nlin"}', 'site'],
      ['{"reporter":{"id":"r-1"},"site":"C1 \\u0085"}', 'site'],
    ];
    for (const [json, field] of cases) {
      const res = await raw('/api/conversations', json);
      expect(res.status, json).toBe(400);
      expect(res.body, json).toMatchObject({ code: 'invalid_body', field });
    }

    // A good conversation, then a bad answer to it: refused, and the conversation still reads.
    // One browser (its session cookie) starts it and answers it: only its reporter may.
    const browser = webClient();
    const ok = await browser.post(`${bot.url}/api/conversations`, '{"reporter":{"id":"r-1"},"site":"Berlin 🚀","text":"chatgpt.com shows HTTP ERROR 500\\non the office wifi\\t(since 9:00)"}');
    expect(ok.status).toBe(201);
    const id = String(ok.body!.id);
    const answer = await browser.post(`${bot.url}/api/conversations/${id}/answers`, '{"text":"it fails \\udfff everywhere"}');
    expect(answer).toMatchObject({ status: 400, body: { code: 'invalid_body', field: 'text' } });
    const read = await browser.get(`${bot.url}/api/conversations/${id}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id });
    expect((await bot.stop())).toBe(0);
  }, 60_000);

  it('refuses `by` and an update text with a lone surrogate on the helpdesk API; the incident still reads', async () => {
    // Every reporter comes from 127.0.0.1: let them all count.
    bot = await spawnBot({ REDIS_URL: redis.url, REDIS_KEY_PREFIX: 'ti2:', HELPDESK_TOKEN: TOKEN, INCIDENT_MIN_REPORTERS: '3', WEB_REPORTERS_PER_ADDRESS: '10' });
    await threeReportersOverApi([bot.url]);
    const listed = await get(`${bot.url}/api/incidents`, auth);
    const incident = (listed.body as { incidents: { id: string }[] }).incidents[0]!;
    expect(incident).toBeDefined();
    for (const action of ['acknowledge', 'resolve']) {
      const res = await raw(`/api/incidents/${incident.id}/${action}`, '{"by":"Eve \\ud800"}', auth);
      expect(res.status, action).toBe(400);
      expect(res.body).toMatchObject({ code: 'invalid_body', field: 'by' });
      expect(String(res.body!.error)).toMatch(/^by: must be well-formed Unicode/);
    }
    const update = await raw(`/api/incidents/${incident.id}/update`, '{"text":"We are on it \\ud800","by":"Desk"}', auth);
    expect(update).toMatchObject({ status: 400, body: { code: 'invalid_body', field: 'text' } });
    const badBy = await raw(`/api/incidents/${incident.id}/update`, '{"text":"We are on it","by":"De\\u0000sk"}', auth);
    expect(badBy).toMatchObject({ status: 400, body: { code: 'invalid_body', field: 'by' } });
    // A good update with line breaks is taken; every read still answers.
    const good = await raw(`/api/incidents/${incident.id}/update`, '{"text":"We are on it.\\nNext update at 10:00.","by":"Desk 🛠"}', auth);
    expect(good.status).toBe(200);
    const ack = await raw(`/api/incidents/${incident.id}/acknowledge`, '{"by":"Desk 🛠"}', auth);
    expect(ack.status).toBe(200);
    expect((await get(`${bot.url}/api/incidents`, auth)).status).toBe(200);
    const again = await reportOverApi([bot.url], 'r-late', { ...FAILS_EVERYWHERE, network: 'home' });
    expect((await again.client.get(`${bot.url}/api/conversations/${again[0]!.id}`)).status).toBe(200);
    expect((await bot.stop())).toBe(0);
  }, 90_000);

  it('refuses an Idempotency-Key with a control character', async () => {
    bot = await spawnBot({ REDIS_URL: redis.url, REDIS_KEY_PREFIX: 'ti3:' });
    // fetch refuses to send a control character in a header; a tab is the one it lets through.
    const res = await raw('/api/conversations', '{"reporter":{"id":"r-1"}}', { 'idempotency-key': 'a\tb' });
    expect(res).toMatchObject({ status: 400, body: { code: 'invalid_header', field: 'Idempotency-Key' } });
    expect((await bot.stop())).toBe(0);
  }, 60_000);
});
