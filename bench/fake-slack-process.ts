/**
 * The fake Slack Web API (test/helpers/fake-slack-api.ts) in a process of its own, so its work does
 * not delay the load generator's clock. Started by bench/run.ts with an IPC channel:
 * - it sends {type: 'ready', url, responseUrl} once listening on 127.0.0.1;
 * - {type: 'counts'} → {type: 'counts', calls, byMethod, turns}: `turns` counts the messages posted
 *   to DM channels with blocks (a question or a verdict), that is, delivered turns;
 * - {type: 'question', user} → {type: 'question', message, button} or {type: 'question'} : the
 *   latest message with answer buttons in the bot's DM with `user`, and its first answer button;
 * - {type: 'reset'} forgets every call and message; {type: 'close'} closes and exits.
 */
import { startFakeSlackApi, type StoredMessage } from '../test/helpers/fake-slack-api.ts';

const token = process.argv[2] ?? 'xoxb-bench';
const fake = await startFakeSlackApi({ token });
let scanned = 0;
let turns = 0;
const byMethod = new Map<string, number>();
/** Latest message with answer buttons, by DM channel. */
const questions = new Map<string, StoredMessage>();

interface Button {
  action_id: string;
  value?: string;
  text: { text: string };
  blockId?: string;
}

function buttonsOf(blocks: unknown): Button[] {
  const out: Button[] = [];
  if (!Array.isArray(blocks)) return out;
  for (const b of blocks as { type?: string; block_id?: string; elements?: Button[] }[]) {
    if (b.type === 'actions') for (const e of b.elements ?? []) if (typeof e.action_id === 'string') out.push({ ...e, ...(b.block_id ? { blockId: b.block_id } : {}) });
  }
  return out;
}

function scan(): void {
  for (; scanned < fake.calls.length; scanned++) {
    const c = fake.calls[scanned]!;
    byMethod.set(c.method, (byMethod.get(c.method) ?? 0) + 1);
    if (c.method !== 'chat.postMessage' || c.answer?.ok !== true) continue;
    const channel = String(c.answer.channel ?? '');
    if (!channel.startsWith('D')) continue;
    // A delivered turn is a message with blocks in a DM (a question has answer buttons; a verdict may
    // have none: "Notify me" is offered only where the fix is upstream).
    if (!Array.isArray(c.body.blocks) || c.body.blocks.length === 0) continue;
    const buttons = buttonsOf(c.body.blocks);
    turns++;
    const stored = fake.message(channel, String(c.answer.ts));
    if (stored && buttons.some((b) => b.action_id.startsWith('c500.answer'))) questions.set(channel, stored);
  }
}

/** The bot's DM channel with a user, as the fake names it (conversations.open / chat.postMessage to a user id). */
const dmOf = (user: string) => `D${Buffer.from(user).toString('hex').toUpperCase().slice(0, 24)}`;

process.on('message', (m: { type?: string; user?: string }) => {
  scan();
  switch (m.type) {
    case 'counts':
      process.send!({ type: 'counts', calls: fake.calls.length, byMethod: Object.fromEntries(byMethod), turns });
      return;
    case 'question': {
      const message = questions.get(dmOf(String(m.user)));
      const button = message ? buttonsOf(message.blocks).find((b) => b.action_id.startsWith('c500.answer')) : undefined;
      process.send!(message && button ? { type: 'question', message, button } : { type: 'question' });
      return;
    }
    case 'reset':
      fake.reset();
      scanned = 0;
      turns = 0;
      byMethod.clear();
      questions.clear();
      process.send!({ type: 'reset' });
      return;
    case 'close':
      void fake.close().finally(() => process.exit(0));
      return;
  }
});
process.on('disconnect', () => void fake.close().finally(() => process.exit(0)));
process.send!({ type: 'ready', url: fake.url, responseUrl: fake.responseUrl('bench') });
