import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/store/create-store.ts';
import { ACTIVITY_CALL_KINDS } from '../../helpers/fake-bot-connector.ts';
import { DEFAULT_RULES } from '../../helpers/store-backends.ts';
import { ALICE, personalMessage } from '../../helpers/teams-activities.ts';
import { APP_ID, startTeamsHarness, type TeamsHarness } from './teams-kit.ts';

/**
 * Every request to /api/messages carries a Bot Framework JWT: signed by a key of the OpenID
 * metadata's JWKS, issued by the Bot Framework, for this app, not expired, for this activity's
 * service URL. Anything else is 401, with no side effect (no conversation, no outbound call) and
 * no stack trace.
 */
describe('Teams request authentication', () => {
  let h: TeamsHarness;
  beforeAll(async () => {
    h = await startTeamsHarness(createMemoryStore({ conversationTtlMs: 3_600_000, now: Date.now, rules: DEFAULT_RULES }));
  });
  afterAll(async () => {
    await h.close();
  });

  const activity = () => personalMessage({ serviceUrl: h.fake.serviceUrl, appId: APP_ID, user: ALICE, text: 'chatgpt.com shows HTTP ERROR 500' });
  const outbound = () => h.fake.calls.filter((c) => ACTIVITY_CALL_KINDS.includes(c.kind)).length;

  it.each([
    ['no token at all', { token: null }],
    ['a forged signature (a key not in the JWKS, same key id)', { tokenClaims: { key: 'other' as const } }],
    ['an expired token (beyond the 5 minutes of clock skew)', { tokenClaims: { expiresIn: -600 } }],
    ['a token for another app (audience)', { tokenClaims: { audience: '00000000-0000-0000-0000-000000000000' } }],
    ['a token from another issuer', { tokenClaims: { issuer: 'https://sts.windows.net/someone/' } }],
    ['a token for another service URL (serviceurl claim)', { tokenClaims: { serviceUrl: 'https://smba.trafficmanager.net/evil/' } }],
    ['a token not valid yet', { tokenClaims: { notBeforeIn: 900 } }],
    ['garbage in the header', { token: 'not.a.jwt' }],
  ])('%s → 401, nothing started, nothing sent', async (_what, options) => {
    const before = outbound();
    const res = await h.post(activity(), options);
    expect(res.status).toBe(401);
    const body = (await res.json()) as { code: string; error: string };
    expect(body.code).toBe('unauthorized');
    expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|node_modules/);
    await new Promise((r) => setTimeout(r, 150));
    expect(outbound()).toBe(before);
    expect(await h.store.outbox.stats()).toMatchObject({ ready: 0, inFlight: 0, delayed: 0 });
  });

  it('a valid token is accepted; a malformed activity with a valid token is 400 naming the field', async () => {
    const ok = await h.post(activity());
    expect(ok.status).toBe(200);
    await h.settled();
    const bad = await h.post({ ...activity(), from: { name: 'nobody' } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'invalid_activity', field: 'from.id' });
  });

  it('the key is fetched from the metadata once and reused', async () => {
    const jwks = h.fake.callsTo('jwks').length;
    await h.post(activity());
    await h.post(activity());
    expect(h.fake.callsTo('jwks').length).toBe(jwks);
  });
});
