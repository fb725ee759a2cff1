import { expect } from 'vitest';
import { actionValue } from '../../../adapters/slack/action-value.ts';
import { createSlackAdapter, type SlackAdapter } from '../../../adapters/slack/create-slack-adapter.ts';
import { loadConfig } from '../../../src/config.ts';
import { assembleDesk, type AssembledDesk } from '../../../src/desk/assemble-desk.ts';
import { createMetrics, type Metrics } from '../../../src/metrics.ts';
import type { Store } from '../../../src/store/store.port.ts';
import { startFakeSlackApi, type FakeSlackApi, type StoredMessage } from '../../helpers/fake-slack-api.ts';
import { startFakeSocketMode, type FakeSocketMode } from '../../helpers/fake-socket-mode.ts';
import { HELPDESK, TEAM, blockText, clickPayload, replyEvent, statusReading, threadBound, waitFor } from './slack-desk-kit.ts';
import { BOT_TOKEN, memoryLog, slashCommandBody } from './slack-test-kit.ts';

/**
 * The desk harness of slack-desk-kit.ts in Socket Mode: the real adapter (bolt's
 * SocketModeReceiver and the SDK's WebSocket client) connected to a fake Socket Mode service,
 * its Web API a fake Slack on loopback, over the REAL desk and outbox on the test's store. Inbound
 * traffic is envelopes on the socket (their acks are what the user sees at once); everything the
 * bot writes afterwards arrives at the fake Web API through the outbox worker.
 */

export const APP_TOKEN = 'xapp-1-A0-test';
/** SLACK_HELPDESK_CHANNEL by name: the adapter resolves it with conversations.list at start. */
export const HELPDESK_NAME = 'helpdesk';

export interface SocketDeskHarness {
  fake: FakeSlackApi;
  socket: FakeSocketMode;
  adapter: SlackAdapter;
  assembled: AssembledDesk;
  store: Store;
  metrics: Metrics;
  log: ReturnType<typeof memoryLog>;
  close(): Promise<void>;
}

let harnesses = 0;

export async function startSocketDeskHarness(store: Store, options: { status?: 'operational' | 'chatgpt_incident'; env?: Record<string, string> } = {}): Promise<SocketDeskHarness> {
  const fake = await startFakeSlackApi({
    token: BOT_TOKEN,
    // More channels than one page of the adapter's lookup would hold is not needed: one page is.
    channels: [
      { id: 'C0GENERAL1', name: 'general' },
      { id: 'C0OLDDESK1', name: HELPDESK_NAME, is_archived: true },
      { id: HELPDESK, name: HELPDESK_NAME },
    ],
  });
  const socket = await startFakeSocketMode(fake);
  const config = loadConfig({
    SLACK_APP_TOKEN: APP_TOKEN,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: fake.url,
    SLACK_HELPDESK_CHANNEL: HELPDESK_NAME,
    INCIDENT_CARD_MIN_INTERVAL_SECONDS: '0',
    DELIVERY_RETRY_MIN_SECONDS: '0.05',
    ...options.env,
  });
  const log = memoryLog();
  const metrics = createMetrics();
  const reading = statusReading(options.status ?? 'operational');
  const assembled = assembleDesk({ store, status: { current: () => reading }, config, consumer: `socket-harness-${++harnesses}`, blockMs: 50, logger: log.logger });
  const adapter = createSlackAdapter({ config, desk: assembled.desk, outbox: store.outbox, logger: log.logger, metrics, claims: store.events });
  assembled.senders.register('slack', adapter.sender);
  await adapter.start();
  assembled.start();
  return {
    fake,
    socket,
    adapter,
    assembled,
    store,
    metrics,
    log,
    async close() {
      // Deliveries first (nothing left to call the fake), then the socket, so the client does not reconnect.
      await assembled.close(1000);
      await adapter.stop();
      await socket.close();
      await fake.close();
      await store.close();
    },
  };
}

/** A slash command as Socket Mode carries it: the form fields of slashCommandBody as an object. */
export function commandPayload(fields: Record<string, string> = {}): Record<string, unknown> {
  return Object.fromEntries(new URLSearchParams(slashCommandBody({ team_id: TEAM, ...fields })));
}

/** An interactive payload as Socket Mode carries it (the JSON of the form's `payload` field). */
export function interactivePayload(form: string): Record<string, unknown> {
  return JSON.parse(new URLSearchParams(form).get('payload') ?? '{}') as Record<string, unknown>;
}

/**
 * One reporter's conversation over the socket. The thread is read from what the fake Web API
 * stored, so a message posted twice shows up as two messages.
 */
export class SocketConversation {
  channel = '';
  rootTs = '';
  constructor(
    readonly h: SocketDeskHarness,
    readonly user: string,
  ) {}

  command(fields: Record<string, string> = {}): Record<string, unknown> {
    return commandPayload({ user_id: this.user, user_name: this.user.toLowerCase(), ...fields });
  }

  /** Top-level messages of the bot in the reporter's DM (the root of each conversation). */
  roots(): StoredMessage[] {
    return this.channel ? this.h.fake.messagesIn(this.channel).filter((m) => m.threadTs === undefined) : [];
  }

  /** The bot's posts in the conversation: the root message (its first turn), then its thread, oldest first. */
  posts(): StoredMessage[] {
    return this.channel ? this.h.fake.messagesIn(this.channel).filter((m) => m.threadTs === this.rootTs || (m.threadTs === undefined && m.ts === this.rootTs)) : [];
  }

  /** Waits for the root message in the DM (the first turn, under the report header). */
  async opened(timeoutMs = 8000): Promise<StoredMessage> {
    // From what Slack stored, not from answers: an answer may have been lost on its way back.
    const root = await waitFor(
      'the root message',
      () => [...this.h.fake.messages.values()].find((m) => m.channel.startsWith('D') && m.threadTs === undefined && blockText(m.blocks).includes(this.user)),
      timeoutMs,
    );
    this.channel = root.channel;
    this.rootTs = root.ts;
    await threadBound(this.h.assembled.desk, { channel: root.channel, threadTs: root.ts, user: this.user }, timeoutMs);
    return root;
  }

  /** Resolves with the latest post once the thread has at least `count`. */
  async waitForPosts(count: number, timeoutMs = 8000): Promise<StoredMessage> {
    await waitFor(`${count} posts in the thread`, () => this.posts().length >= count, timeoutMs);
    return this.posts().at(-1)!;
  }

  /** The interactive payload of a click on the answer button with this value of `message`. */
  click(message: StoredMessage, value: string): Record<string, unknown> {
    const button = answerButtons(message).find((b) => actionValue.decodeAnswer(b.value)?.value === value);
    expect(button, `an answer button "${value}"`).toBeDefined();
    return interactivePayload(clickPayload({ user: this.user, message, button: button! }));
  }

  /** The events_api payload of a reply by the reporter in the thread. */
  reply(text: string): Record<string, unknown> {
    return JSON.parse(replyEvent({ user: this.user, channel: this.channel, threadTs: this.rootTs, text })) as Record<string, unknown>;
  }
}

interface AnswerButton {
  action_id: string;
  value?: string;
  text: { text: string };
  blockId?: string;
}

function answerButtons(message: StoredMessage): AnswerButton[] {
  const out: AnswerButton[] = [];
  for (const b of (message.blocks ?? []) as { type: string; block_id?: string; elements?: AnswerButton[] }[]) {
    if (b.type === 'actions') for (const e of b.elements ?? []) out.push({ ...e, ...(b.block_id ? { blockId: b.block_id } : {}) });
  }
  return out;
}
