import { afterEach, describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../../adapters/slack/action-ids.ts';
import { changeValue } from '../../../adapters/slack/change-value.ts';
import type { StoredMessage } from '../../helpers/fake-slack-api.ts';
import { useStoreBackends } from '../../helpers/store-backends.ts';
import { Conversation, blockText, clickPayload, headerOf, startDeskHarness, waitFor, type DeskHarness } from './slack-desk-kit.ts';

/**
 * Issue 13 item 5 on Slack, through the real bolt app (HTTP mode, signed requests) and the real
 * desk, against the fake Slack Web API: a typed reply's turn says how it was read ("Got it: …")
 * with a Change button; pressing it asks the question again, the fact is unset, and only the
 * reporter may press it.
 */
const backends = useStoreBackends();

interface Accessory {
  action_id: string;
  value?: string;
  text: { text: string };
  blockId?: string;
}

/** The Change button of a stored message (the accessory of its "Got it" section), if any. */
function changeButtonOf(message: StoredMessage): Accessory | undefined {
  for (const b of (message.blocks ?? []) as { type: string; block_id?: string; accessory?: Accessory }[]) {
    if (b.accessory?.action_id === ACTION_IDS.change) return { ...b.accessory, ...(b.block_id ? { blockId: b.block_id } : {}) };
  }
  return undefined;
}

describe.each(['memory', 'redis'] as const)('Slack: what was understood, and Change (%s store)', (backend) => {
  let h: DeskHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('a typed reply shows "Got it" with a Change button; pressing it asks again and unsets the fact', async () => {
    h = await startDeskHarness(await backends.make(backend));
    const c = new Conversation(h, 'U0CHANGE01');
    const first = await c.start('chatgpt.com shows HTTP ERROR 500');
    // The opening text is typed too: the first turn says how it was read.
    expect(blockText(first.blocks)).toContain('Got it: it fails in a web browser and you see');
    const verdict = await c.say('yes, it works in incognito');
    expect(headerOf(verdict)).toContain('Browser state');
    expect(blockText(verdict.blocks)).toContain('Got it: it works in a private window.');
    const button = changeButtonOf(verdict);
    expect(button?.text.text).toBe('Change');
    expect(changeValue.decode(button?.value)).toMatchObject({ facts: [{ fact: 'clean_browser', value: 'works' }], userId: 'U0CHANGE01', locale: 'en' });

    const count = c.posts().length;
    const click = clickPayload({ user: 'U0CHANGE01', message: verdict, button: button! });
    expect((await h.send(click)).status).toBe(200);
    await waitFor('the question asked again', () => c.posts().length > count);
    const again = c.last();
    expect(blockText(again.blocks)).toContain('Does ChatGPT work in a private (incognito) window?');
    expect(blockText(again.blocks)).toContain('c500.answer');
    const conversationId = await h.assembled.desk.findByThread({ platform: 'slack', ref: { channel: c.channel, threadTs: c.rootTs, user: 'U0CHANGE01' } });
    const snapshot = await h.assembled.desk.get(conversationId!);
    expect(snapshot?.facts.clean_browser).toBeUndefined();
    expect(snapshot?.facts).toMatchObject({ surface: 'web', symptom: 'http_500' });
    // The pressed message keeps its verdict; its Change button became a note.
    const pressed = await waitFor('the pressed message edited', () => {
      const m = h!.fake.message(verdict.channel, verdict.ts);
      return m && !changeButtonOf(m) ? m : undefined;
    });
    expect(headerOf(pressed)).toContain('Browser state');
    expect(blockText(pressed.blocks)).toContain("OK, let's take that again.");

    // Slack delivering the click again, or a press on a stale copy of the button: nothing more is posted.
    expect((await h.send(click, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } })).status).toBe(200);
    expect((await h.send(clickPayload({ user: 'U0CHANGE01', message: verdict, button: button!, actionTs: '1900000000.000001' }))).status).toBe(200);
    // The answer by button goes on as usual.
    const next = await c.click('fails');
    expect(blockText(next.blocks)).toContain('Which network');
    expect(c.posts()).toHaveLength(count + 2);
  });

  it('Change on the first turn (the root message): the root keeps its header, loses its buttons, and the thread asks again', async () => {
    h = await startDeskHarness(await backends.make(backend));
    const c = new Conversation(h, 'U0CHANGE04');
    const root = await c.start('chatgpt.com shows HTTP ERROR 500');
    expect(blockText(root.blocks)).toContain('c500.answer');
    const count = c.posts().length;
    expect((await h.send(clickPayload({ user: 'U0CHANGE04', message: root, button: changeButtonOf(root)! }))).status).toBe(200);
    await waitFor('the question asked again', () => c.posts().length > count);
    expect(blockText(c.last().blocks)).toContain('Where does ChatGPT fail for you?');
    const edited = await waitFor('the root edited', () => {
      const m = h!.fake.message(root.channel, root.ts);
      return m && !changeButtonOf(m) ? m : undefined;
    });
    expect(blockText(edited.blocks)).not.toContain('c500.answer');
    expect(blockText(edited.blocks)).toContain('U0CHANGE04');
    expect(blockText(edited.blocks)).toContain("OK, let's take that again.");
    expect(headerOf(await c.click('desktop'))).toBe('');
  });

  it("only the reporter can press Change: anyone else is told so, and nothing changes", async () => {
    h = await startDeskHarness(await backends.make(backend));
    const c = new Conversation(h, 'U0CHANGE02');
    await c.start('web 500');
    const verdict = await c.say('no, it fails in incognito too');
    const button = changeButtonOf(verdict);
    expect(button).toBeDefined();
    const count = c.posts().length;
    expect((await h.send(clickPayload({ user: 'U0INTRUDE2', message: verdict, button: button! }))).status).toBe(200);
    const note = await waitFor('the note to the intruder', () => h!.fake.callsTo('chat.postEphemeral').find((call) => call.body.user === 'U0INTRUDE2'));
    expect(String(note.body.text)).toContain('Only the person who reported can change these answers.');
    const conversationId = await h.assembled.desk.findByThread({ platform: 'slack', ref: { channel: c.channel, threadTs: c.rootTs, user: 'U0CHANGE02' } });
    expect((await h.assembled.desk.get(conversationId!))?.facts.clean_browser).toBe('fails');
    expect(c.posts()).toHaveLength(count);
    expect(changeButtonOf(h.fake.message(verdict.channel, verdict.ts)!)).toBeDefined();
  });

  it('a forged Change value is ignored', async () => {
    h = await startDeskHarness(await backends.make(backend));
    const c = new Conversation(h, 'U0CHANGE03');
    await c.start('web 500');
    const turn = await c.say('no, it fails in incognito too');
    const count = c.posts().length;
    const forged = { action_id: ACTION_IDS.change, value: JSON.stringify({ k: 'c', c: 'x', f: ['status'], u: 'U0CHANGE03', l: 'en' }), text: { text: 'Change' } };
    expect((await h.send(clickPayload({ user: 'U0CHANGE03', message: turn, button: forged }))).status).toBe(200);
    await waitFor('the log line', () => h!.log.lines.find((l) => l.msg === 'change button with an unreadable value or no message'));
    expect(c.posts()).toHaveLength(count);
  });
});
