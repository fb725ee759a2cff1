import { afterEach, describe, expect, it } from 'vitest';
import { netcheckTokens } from '../../../adapters/shared/netcheck-token.ts';
import { NETCHECK_SECRET, serveNetcheck } from '../../helpers/serve-netcheck.ts';
import { useStoreBackends } from '../../helpers/store-backends.ts';
import { BOB } from '../../helpers/teams-activities.ts';
import { actionsOf, cardOf, startTeamsHarness, TeamsConversation, textOf, waitUntil, type TeamsHarness } from './teams-kit.ts';

/**
 * Issue 14 item 5 on Teams, through the real CloudAdapter and TeamsActivityHandler with signed
 * activities, the real desk and outbox, and a fake Bot Connector: the network questions and the
 * network verdict carry "Check my network" (Action.OpenUrl to PUBLIC_URL/check/<token>, signed for
 * that conversation); a result posted with the token comes back in the chat as a card.
 */

const PUBLIC_URL = 'https://bot.example.com/';
const TARGETS = ['https://chatgpt.com/favicon.ico', 'https://cdn.oaistatic.com/favicon.ico'];
const backends = useStoreBackends();

type OpenUrl = { type: string; title?: string; url?: string };
const linkOf = (card: unknown): OpenUrl | undefined => (actionsOf(card) as OpenUrl[]).find((a) => a.type === 'Action.OpenUrl' && a.url?.includes('/check/'));

describe('Teams: "Check my network" linked from the chat', () => {
  let h: TeamsHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it.each(['memory', 'redis'] as const)('the network question and verdict cards carry the link; the result comes back as a card (%s store)', async (backend) => {
    h = await startTeamsHarness(await backends.make(backend), { env: { PUBLIC_URL, SESSION_SECRET: NETCHECK_SECRET, NETWORK_CHECK_TARGETS: TARGETS.join(',') } });
    const c = new TeamsConversation(h, BOB, { personal: true });
    const first = await c.say('chatgpt web gives 500');
    expect(linkOf(cardOf(first)), 'no link while the incognito question is asked').toBeUndefined();
    const network = await c.say('nope, same error in incognito');
    expect(textOf(cardOf(network))).toContain('Which network');
    const other = (await c.press('office')).next;
    const last = (await c.press('works')).next;
    for (const card of [cardOf(network), cardOf(other), cardOf(last)]) {
      const link = linkOf(card);
      expect(link?.title).toBe('Check my network');
      expect(link?.url).toMatch(/^https:\/\/bot\.example\.com\/check\/[A-Za-z0-9_.-]+$/);
    }
    expect(textOf(cardOf(last))).toMatch(/network path/);

    const token = linkOf(cardOf(last))!.url!.split('/check/')[1]!;
    const reading = netcheckTokens(NETCHECK_SECRET).read(token, Date.now());
    expect(reading.ok).toBe(true);
    const conversationId = reading.ok ? reading.conversationId : '';
    const snapshot = await h.assembled.desk.get(conversationId);
    expect(snapshot?.thread.platform).toBe('teams');
    expect(snapshot?.thread.ref.conversation).toBe(c.conversationId);

    const server = await serveNetcheck(h.assembled.desk, TARGETS);
    const before = c.messages().length;
    const sent = await fetch(`${server.url}/api/check/${token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ conversationId, results: [{ url: TARGETS[0], reachable: true }, { url: TARGETS[1], reachable: false }] }),
    });
    expect(sent.status).toBe(200);
    await waitUntil('the result in the chat', () => c.messages().length > before);
    const card = cardOf(c.last());
    expect(textOf(card)).toContain('Network check from your browser');
    expect(textOf(card)).toContain('Blocked: cdn.oaistatic.com.');
    expect(textOf(card)).toContain('Reachable: chatgpt.com.');
    expect(textOf(card)).toContain('could not reach: cdn.oaistatic.com.');
    expect(linkOf(card)?.title).toBe('Check my network again');

    // Another conversation's id with this token: 403, coded.
    const wrong = await fetch(`${server.url}/api/check/${token}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ conversationId: 'someone-else', results: [{ url: TARGETS[0], reachable: true }] }) });
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toMatchObject({ code: 'netcheck_wrong_conversation' });
  });

  it('on request: typing the button label gets the link, and is not read as an answer', async () => {
    h = await startTeamsHarness(await backends.make('memory'), { env: { PUBLIC_URL, SESSION_SECRET: NETCHECK_SECRET } });
    const c = new TeamsConversation(h, BOB, { personal: true });
    await c.say('chatgpt web gives 500');
    const asked = c.askedFact();
    const note = await c.say('Vérifier mon réseau');
    const link = linkOf(cardOf(note));
    expect(link?.title).toBe('Check my network');
    expect(textOf(cardOf(note))).toContain('Opens a page that tests');
    expect(netcheckTokens(NETCHECK_SECRET).read(link!.url!.split('/check/')[1]!, Date.now()).ok).toBe(true);
    // The question still stands: the next message answers it.
    const next = await c.say('nope, same error in incognito');
    expect(asked).toBe('clean_browser');
    expect(textOf(cardOf(next))).toContain('Which network');
  });

  it('without PUBLIC_URL no link is shown', async () => {
    h = await startTeamsHarness(await backends.make('memory'), { env: { SESSION_SECRET: NETCHECK_SECRET } });
    const c = new TeamsConversation(h, BOB, { personal: true });
    await c.say('chatgpt web gives 500');
    const network = await c.say('nope, same error in incognito');
    expect(textOf(cardOf(network))).toContain('Which network');
    expect(linkOf(cardOf(network))).toBeUndefined();
  });
});
