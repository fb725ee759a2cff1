import { afterEach, describe, expect, it } from 'vitest';
import { netcheckTokens } from '../../../adapters/shared/netcheck-token.ts';
import type { AssembledDesk } from '../../../src/desk/assemble-desk.ts';
import { NETCHECK_SECRET, serveNetcheck } from '../../helpers/serve-netcheck.ts';
import { useStoreBackends } from '../../helpers/store-backends.ts';
import type { StoredMessage } from '../../helpers/fake-slack-api.ts';
import { blockText, Conversation, headerOf, replyEvent, startDeskHarness, threadBound, waitFor, type DeskHarness } from './slack-desk-kit.ts';

/**
 * Issue 14 item 5 on Slack, through the real bolt app (HTTP mode, signed requests), the real desk
 * and the outbox, against the fake Slack API: where the network check helps, the turn carries a
 * "Check my network" link button to PUBLIC_URL/check/<token>, the token signed for that
 * conversation; a result posted with it (the app's real /api/check route) is recorded on the
 * conversation and the bot posts it in the thread. Forged, expired and other conversations'
 * tokens get a coded 403.
 */

const PUBLIC_URL = 'https://bot.example.com';
const TARGETS = ['https://chatgpt.com/favicon.ico', 'https://cdn.oaistatic.com/favicon.ico', 'https://auth.openai.com/favicon.ico'];
const backends = useStoreBackends();

interface LinkButton {
  action_id: string;
  url?: string;
  text: { text: string };
}

function linkButton(message: Pick<StoredMessage, 'blocks'>): LinkButton | undefined {
  for (const block of (message.blocks ?? []) as { type: string; block_id?: string; elements?: LinkButton[] }[]) {
    if (block.type === 'actions' && block.block_id === 'c500.netcheck') return block.elements?.[0];
  }
  return undefined;
}

/** The message as the bot posted it (a question is collapsed once answered). */
const posted = (c: Conversation) => ({ blocks: c.posts().at(-1)!.body.blocks as unknown[] });

async function toNetworkVerdict(c: Conversation): Promise<{ question: Pick<StoredMessage, 'blocks'>; other: Pick<StoredMessage, 'blocks'>; verdict: StoredMessage }> {
  const first = await c.start('chatgpt.com shows HTTP ERROR 500');
  expect(linkButton(first), 'no link while the incognito question is asked').toBeUndefined();
  expect(blockText((await c.say('no, it fails in incognito too')).blocks)).toContain('Which network');
  const question = posted(c);
  expect(blockText((await c.click('office')).blocks)).toContain('another network');
  const other = posted(c);
  const verdict = await c.click('works');
  expect(headerOf(verdict)).toContain('network path');
  return { question, other, verdict };
}

const tokenOf = (url: string) => url.slice(`${PUBLIC_URL}/check/`.length);

describe('Slack: "Check my network" linked from the thread', () => {
  let h: DeskHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it.each(['memory', 'redis'] as const)('the network questions and verdict carry the link, signed for this conversation; the result comes back in the thread (%s store)', async (backend) => {
    h = await startDeskHarness(await backends.make(backend), { env: { PUBLIC_URL, SESSION_SECRET: NETCHECK_SECRET, NETWORK_CHECK_TARGETS: TARGETS.join(',') } });
    const c = new Conversation(h, 'U0NETCHK01');
    const { question, other, verdict } = await toNetworkVerdict(c);
    const conversationId = await threadBound(h.assembled.desk, { channel: c.channel, threadTs: c.rootTs, user: c.user });

    for (const message of [question, other, verdict]) {
      const button = linkButton(message);
      expect(button?.action_id).toBe('c500.netcheck');
      expect(button?.text.text).toBe('Check my network');
      expect(button?.url).toMatch(/^https:\/\/bot\.example\.com\/check\/[A-Za-z0-9_.-]+$/);
      expect(netcheckTokens(NETCHECK_SECRET).verify(tokenOf(button!.url!), conversationId, Date.now())).toMatchObject({ ok: true, conversationId });
    }
    expect(blockText(verdict.blocks)).toContain('Opens a page that tests, from your own browser');

    // The page's API, as the page calls it with the link's token.
    const server = await serveNetcheck(h.assembled.desk, TARGETS);
    const token = tokenOf(linkButton(verdict)!.url!);
    const meta = await fetch(`${server.url}/api/check/${token}`);
    expect(meta.status).toBe(200);
    expect(await meta.json()).toEqual({ conversationId, timeoutMs: 5000, targets: TARGETS.map((url) => ({ url, domain: new URL(url).host })) });

    const count = c.posts().length;
    const results = [
      { url: TARGETS[0], reachable: true },
      { url: TARGETS[1], reachable: false },
      { url: TARGETS[2], reachable: false },
    ];
    const sent = await fetch(`${server.url}/api/check/${token}`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': 'check-1' }, body: JSON.stringify({ conversationId, results }) });
    expect(sent.status).toBe(200);
    expect(await sent.json()).toEqual({ lines: ['Blocked: cdn.oaistatic.com, auth.openai.com.', 'Reachable: chatgpt.com.'] });

    // The bot posts the verdict again in the thread: the result, the IT note naming the blocked domains, "check again".
    const after = await waitFor('the result in the thread', () => (c.posts().length > count ? c.last() : undefined));
    const text = blockText(after.blocks);
    expect(text).toContain('*Network check from your browser*');
    expect(text).toContain('Blocked: cdn.oaistatic.com, auth.openai.com.');
    expect(text).toContain('Reachable: chatgpt.com.');
    expect(text).toContain("could not reach: cdn.oaistatic.com, auth.openai.com.");
    expect(linkButton(after)?.text.text).toBe('Check my network again');
    expect((await h.assembled.desk.get(conversationId))?.details.networkCheck).toMatchObject({ blocked: ['cdn.oaistatic.com', 'auth.openai.com'], reachable: ['chatgpt.com'] });

    // The same result again (the page retried with its key): applied once, nothing more in the thread.
    const again = await fetch(`${server.url}/api/check/${token}`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': 'check-1' }, body: JSON.stringify({ conversationId, results }) });
    expect(again.status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(c.posts()).toHaveLength(count + 1);
  });

  it('forged, expired and other-conversation tokens: 403 with a coded JSON error, nothing recorded', async () => {
    h = await startDeskHarness(await backends.make('memory'), { env: { PUBLIC_URL, SESSION_SECRET: NETCHECK_SECRET, NETWORK_CHECK_TARGETS: TARGETS.join(',') } });
    const a = new Conversation(h, 'U0NETCHK02');
    const { verdict } = await toNetworkVerdict(a);
    const idA = await threadBound(h.assembled.desk, { channel: a.channel, threadTs: a.rootTs, user: a.user });
    const b = new Conversation(h, 'U0NETCHK03');
    await b.start('chatgpt.com shows HTTP ERROR 500');
    const idB = await threadBound(h.assembled.desk, { channel: b.channel, threadTs: b.rootTs, user: b.user });
    const token = tokenOf(linkButton(verdict)!.url!);
    let clock = Date.now();
    const server = await serveNetcheck(h.assembled.desk as AssembledDesk['desk'], TARGETS, { now: () => clock });
    const results = [{ url: TARGETS[0], reachable: false }];
    const post = async (t: string, conversationId: string) => {
      const res = await fetch(`${server.url}/api/check/${t}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ conversationId, results }) });
      return { status: res.status, body: (await res.json()) as { code?: string; error?: string } };
    };

    const forged = await post(`${token.slice(0, -2)}xx`, idA);
    expect(forged).toEqual({ status: 403, body: { code: 'netcheck_forged', error: 'This network check link is not valid.' } });
    const otherKey = await post(netcheckTokens('another-secret-0123456789-0123456789').issue(idA, clock + 60_000), idA);
    expect(otherKey.body.code).toBe('netcheck_forged');
    // A's token on B's conversation (and B's id with A's signature).
    expect(await post(token, idB)).toEqual({ status: 403, body: { code: 'netcheck_wrong_conversation', error: 'This network check link belongs to another conversation.' } });
    const [, expiry, signature] = token.split('.');
    expect((await post(`${Buffer.from(idB).toString('base64url')}.${expiry}.${signature}`, idB)).body.code).toBe('netcheck_forged');
    expect((await fetch(`${server.url}/api/check/${token.slice(0, -2)}xx`)).status).toBe(403);
    // The page itself says the link is not valid (a page for people, 403).
    const page = await fetch(`${server.url}/check/${token.slice(0, -2)}xx`);
    expect(page.status).toBe(403);
    expect(await page.text()).toContain('This link is not valid or has expired.');

    clock += 25 * 3_600_000;
    expect(await post(token, idA)).toEqual({ status: 403, body: { code: 'netcheck_expired', error: 'This network check link has expired: use the newest one in your chat.' } });
    expect((await h.assembled.desk.get(idA))?.details.networkCheck).toBeUndefined();
    expect((await h.assembled.desk.get(idB))?.details.networkCheck).toBeUndefined();
    // The refusals were logged (debug), the token never.
    expect(server.log.text()).toContain('/api/check/[token]');
    expect(server.log.text()).not.toContain(signature);
  });

  it('on request: typing the button label (any language) or "netcheck" in the thread gets the link, and is not read as an answer', async () => {
    h = await startDeskHarness(await backends.make('memory'), { env: { PUBLIC_URL, SESSION_SECRET: NETCHECK_SECRET } });
    const c = new Conversation(h, 'U0NETCHK05');
    await c.start('chatgpt.com shows HTTP ERROR 500');
    const conversationId = await threadBound(h.assembled.desk, { channel: c.channel, threadTs: c.rootTs, user: c.user });
    const before = await h.assembled.desk.get(conversationId);
    for (const text of ['Check my network!', 'mein netzwerk prüfen', 'netcheck']) {
      const count = c.posts().length;
      expect((await h.send(replyEvent({ user: c.user, channel: c.channel, threadTs: c.rootTs, text }))).status).toBe(200);
      const note = await waitFor(`the link after "${text}"`, () => (c.posts().length > count ? c.posts().at(-1) : undefined));
      const mrkdwn = String((note.body.blocks as { text?: { text?: string } }[])[0]?.text?.text);
      const url = /<(https:\/\/bot\.example\.com\/check\/[^|>]+)\|Check my network>/.exec(mrkdwn)?.[1];
      expect(url, mrkdwn).toBeDefined();
      expect(netcheckTokens(NETCHECK_SECRET).verify(tokenOf(url!), conversationId, Date.now())).toMatchObject({ ok: true });
    }
    // Still at the incognito question: nothing was read as an answer.
    const after = await h.assembled.desk.get(conversationId);
    expect(after?.facts).toEqual(before?.facts);
    expect(after?.next?.fact).toBe('clean_browser');
  });

  it('without SESSION_SECRET (or PUBLIC_URL) no link is shown', async () => {
    h = await startDeskHarness(await backends.make('memory'), { env: { PUBLIC_URL } });
    const c = new Conversation(h, 'U0NETCHK04');
    const { question, other, verdict } = await toNetworkVerdict(c);
    for (const message of [question, other, verdict]) expect(linkButton(message)).toBeUndefined();
    expect(blockText(verdict.blocks)).not.toContain('/check/');
  });
});
