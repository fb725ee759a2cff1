import { afterEach, describe, expect, it } from 'vitest';
import { useStoreBackends } from '../../helpers/store-backends.ts';
import { Conversation, blockText, headerOf, replyEvent, startDeskHarness, waitFor, type DeskHarness } from './slack-desk-kit.ts';

/**
 * Transcripts through the real bolt app and the REAL desk (assembleDesk), on the memory store and
 * on a real redis-server: from `/chatgpt-500` to a verdict by button clicks and by free-text
 * replies in the thread, for the outage, browser, network and api_server paths.
 */
const backends = useStoreBackends();

describe.each(['memory', 'redis'] as const)('Slack transcripts over the real desk (%s store)', (backend) => {
  let h: DeskHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  async function harness(status: 'operational' | 'chatgpt_incident'): Promise<DeskHarness> {
    h = await startDeskHarness(await backends.make(backend), { status });
    return h;
  }

  it('outage by buttons: a live ChatGPT incident, one question, the outage verdict with the status link', async () => {
    const c = new Conversation(await harness('chatgpt_incident'), 'U0OUTAGE01');
    const first = await c.start();
    expect(blockText(first.blocks)).toContain('Where does ChatGPT fail for you?');
    const verdict = await c.click('web');
    expect(headerOf(verdict)).toContain('outage');
    expect(blockText(verdict.blocks)).toContain('c500.notify');
    // The answered question lost its buttons.
    expect(blockText(h!.fake.message(first.channel, first.ts)!.blocks)).not.toContain('c500.answer');
  });

  it('when conversations.open is refused, the conversation still opens in the DM by posting to the user id', async () => {
    const harnessed = await harness('operational');
    harnessed.fake.fail({ method: 'conversations.open', status: 200, error: 'missing_scope' });
    const c = new Conversation(harnessed, 'U0NOSCOPE1');
    const first = await c.start();
    expect(blockText(first.blocks)).toContain('Where does ChatGPT fail for you?');
    const roots = harnessed.fake.callsTo('chat.postMessage').filter((call) => call.body['thread_ts'] === undefined);
    expect(roots.at(-1)?.body['channel']).toBe('U0NOSCOPE1');
    // The thread continues in the DM the answer named.
    expect((await c.say('in chrome')).ts).toBeTruthy();
  });

  it('outage by free text in the thread', async () => {
    const c = new Conversation(await harness('chatgpt_incident'), 'U0OUTAGE02');
    await c.start();
    const verdict = await c.say('in the browser on chatgpt.com');
    expect(headerOf(verdict)).toContain('outage');
  });

  it('browser by buttons: web, HTTP 500, works in a private window', async () => {
    const c = new Conversation(await harness('operational'), 'U0BROWSE01');
    await c.start();
    expect(blockText((await c.click('web')).blocks)).toContain('What exactly do you see?');
    expect(blockText((await c.click('http_500')).blocks)).toContain('private (incognito) window');
    expect(headerOf(await c.click('works'))).toContain('Browser state');
  });

  it('browser by free text, with the command text giving the first facts', async () => {
    const c = new Conversation(await harness('operational'), 'U0BROWSE02');
    const first = await c.start('chatgpt.com shows HTTP ERROR 500');
    expect(blockText(first.blocks)).toContain('private (incognito) window');
    expect(headerOf(await c.say('yes, it works in incognito'))).toContain('Browser state');
  });

  it('network by buttons: clean browser fails, office network, the hotspot works', async () => {
    const c = new Conversation(await harness('operational'), 'U0NETWRK01');
    await c.start();
    await c.click('web');
    await c.click('http_500');
    expect(blockText((await c.click('fails')).blocks)).toContain('Which network');
    expect(blockText((await c.click('office')).blocks)).toContain('another network');
    expect(headerOf(await c.click('works'))).toContain('network path');
  });

  it('network by free text, an unclear reply asked again with the choices', async () => {
    const c = new Conversation(await harness('operational'), 'U0NETWRK02');
    await c.start();
    await c.say('in the browser on chatgpt.com');
    await c.say('HTTP ERROR 500');
    const again = await c.say('banana');
    expect(blockText(again.blocks)).toContain("couldn't match that reply");
    expect(blockText(again.blocks)).toContain('private (incognito) window');
    await c.say('no, it fails in incognito too');
    await c.say('office wifi');
    expect(headerOf(await c.say('yes on my hotspot it loads'))).toContain('network path');
  });

  it('api_server by buttons and by free text', async () => {
    const hh = await harness('operational');
    const a = new Conversation(hh, 'U0APISRV01');
    await a.start();
    await a.click('api');
    expect(headerOf(await a.click('api_500'))).toContain('API 5xx');
    const b = new Conversation(hh, 'U0APISRV02');
    await b.start();
    await b.say('code calling the API');
    expect(headerOf(await b.say('500 internal server error'))).toContain('API 5xx');
  });

  it("someone else's reply in the reporter's thread is not an answer", async () => {
    const hh = await harness('operational');
    const c = new Conversation(hh, 'U0OWNER001');
    await c.start();
    const intruder = new Conversation(hh, 'U0INTRUDE1');
    intruder.channel = c.channel;
    intruder.rootTs = c.rootTs;
    const count = c.posts().length;
    expect((await hh.send(replyEvent({ user: 'U0INTRUDE1', channel: c.channel, threadTs: c.rootTs, text: 'web' }))).status).toBe(200);
    // The reporter's own reply afterwards is answered: the intruder's was not (one new post only).
    await c.say('in the browser on chatgpt.com');
    await waitFor('settled', () => c.posts().length === count + 1);
    expect(blockText(c.last().blocks)).toContain('What exactly do you see?');
  });
});
