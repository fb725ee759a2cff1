import { expect } from 'vitest';
import { actionValue } from '../../../adapters/slack/action-value.ts';
import { loadConfig } from '../../../src/config.ts';
import { assembleDesk, type AssembledDesk } from '../../../src/desk/assemble-desk.ts';
import type { StatusReading } from '../../../src/status/build-status-reading.ts';
import type { Store } from '../../../src/store/store.port.ts';
import type { FakeSlackApi, RecordedCall, StoredMessage } from '../../helpers/fake-slack-api.ts';
import type { SlackAdapterDeps } from '../../../adapters/slack/create-slack-adapter.ts';
import { slashCommandBody, startSlackHarness, type SendOptions, type SlackHarness } from './slack-test-kit.ts';

/**
 * The Slack harness (real bolt app, fake Web API) over the REAL desk: assembleDesk on a store the
 * test makes (memory or a real redis-server), the adapter's notifier registered with the hub, so
 * cards and resolve notices go through the coalescer and the notifier hub like in production.
 */

export const HELPDESK = 'C0HELPDESK';
export const TEAM = 'T0TEAM0001';

/** A status reading as the status service would serve it: operational, or a live ChatGPT incident. */
export function statusReading(kind: 'operational' | 'chatgpt_incident'): StatusReading {
  const incident = {
    id: 'inc-01',
    name: 'Elevated error rates on ChatGPT',
    url: 'https://status.openai.com/incidents/inc-01',
    status: 'investigating',
    chatgpt: true,
    maintenance: false,
    components: ['Conversations'],
  };
  return {
    status: kind,
    chatgptComponents: kind === 'chatgpt_incident' ? ['Conversations'] : [],
    chatgptAffected: [],
    incidents: kind === 'chatgpt_incident' ? [incident] : [],
    model: null,
    fetchedAt: new Date().toISOString(),
    ageSeconds: 5,
    stale: false,
    source: 'https://status.openai.com/proxy/status.openai.com',
  };
}

export interface DeskHarness extends SlackHarness {
  assembled: AssembledDesk;
  store: Store;
  /** Switch what the status service reports. */
  setStatus(kind: 'operational' | 'chatgpt_incident'): void;
}

let harnesses = 0;

export async function startDeskHarness(
  store: Store,
  options: { status?: 'operational' | 'chatgpt_incident'; env?: Record<string, string>; fake?: FakeSlackApi; consumer?: string; keepStore?: boolean; adapter?: Partial<SlackAdapterDeps> } = {},
): Promise<DeskHarness> {
  const env = { SLACK_HELPDESK_CHANNEL: HELPDESK, INCIDENT_CARD_MIN_INTERVAL_SECONDS: '0', DELIVERY_RETRY_MIN_SECONDS: '0.05', ...options.env };
  let reading = statusReading(options.status ?? 'operational');
  const config = loadConfig(env);
  const assembled = assembleDesk({ store, status: { current: () => reading }, config, consumer: options.consumer ?? `harness-${++harnesses}`, blockMs: 50 });
  const h = await startSlackHarness(assembled.desk, env, { claims: store.events, outbox: store.outbox, dmChannels: store.threads, locales: store.threads, latest: store.threads, backlog: assembled.backlog, ...options.adapter }, options.fake ? { fake: options.fake } : {});
  assembled.senders.register('slack', h.adapter.sender);
  assembled.start();
  return {
    ...h,
    assembled,
    store,
    setStatus(kind) {
      reading = statusReading(kind);
    },
    async close() {
      await assembled.close(1000);
      await h.close();
      if (!options.keepStore) await store.close();
    },
  };
}

/** Polls `check` until it returns a value other than undefined/false (or fails after `timeoutMs`). */
export async function waitFor<T>(what: string, check: () => T | undefined | false, timeoutMs = 8000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = check();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Resolves once the desk finds the conversation of this Slack thread (the sender bound it). */
export async function threadBound(desk: Pick<AssembledDesk['desk'], 'findByThread'>, ref: { channel: string; threadTs: string; user: string }, timeoutMs = 8000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const id = await desk.findByThread({ platform: 'slack', ref });
    if (id) return id;
    if (Date.now() > until) throw new Error(`timed out waiting for the thread ${ref.channel} ${ref.threadTs} to be bound`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

let seq = 0;
const nextTs = () => `${1_800_000_000 + ++seq}.${String(seq).padStart(6, '0')}`;

/** All text of a message's blocks (section texts and fields, headers, contexts). */
export function blockText(blocks: unknown): string {
  return JSON.stringify(blocks ?? []);
}

interface Button {
  action_id: string;
  value?: string;
  text: { text: string };
  blockId?: string;
}

function buttons(blocks: unknown[] | undefined): Button[] {
  const out: Button[] = [];
  for (const b of (blocks ?? []) as { type: string; block_id?: string; elements?: Button[] }[]) {
    if (b.type === 'actions') for (const e of b.elements ?? []) out.push({ ...e, ...(b.block_id ? { blockId: b.block_id } : {}) });
  }
  return out;
}

/** A block_actions payload for a click on `button` of a stored message. */
export function clickPayload(input: { user: string; message: StoredMessage; button: Button; actionTs?: string; triggerId?: string }): string {
  const { message, button } = input;
  const payload = {
    type: 'block_actions',
    user: { id: input.user, team_id: TEAM, name: 'someone' },
    team: { id: TEAM },
    api_app_id: 'A0APP00001',
    container: { type: 'message', message_ts: message.ts, channel_id: message.channel, is_ephemeral: false, ...(message.threadTs ? { thread_ts: message.threadTs } : {}) },
    channel: { id: message.channel },
    message: { type: 'message', ts: message.ts, text: message.text, blocks: message.blocks, ...(message.threadTs ? { thread_ts: message.threadTs } : {}) },
    actions: [{ type: 'button', action_id: button.action_id, block_id: button.blockId, value: button.value, text: { type: 'plain_text', text: button.text.text }, action_ts: input.actionTs ?? `${Date.now() / 1000}` }],
    trigger_id: input.triggerId ?? `${Date.now()}.${++seq}.trigger`,
    response_url: 'https://hooks.slack.com/actions/T0/1/x',
  };
  return `payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** A message event (a reply in a DM thread), as the Events API delivers it. */
export function replyEvent(input: { user: string; channel: string; threadTs: string; text: string; eventId?: string }): string {
  const ts = nextTs();
  return JSON.stringify({
    token: 'x',
    team_id: TEAM,
    api_app_id: 'A0APP00001',
    type: 'event_callback',
    event_id: input.eventId ?? `Ev${++seq}`,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: 'message', channel: input.channel, channel_type: 'im', user: input.user, text: input.text, ts, thread_ts: input.threadTs, client_msg_id: `m-${seq}`, team: TEAM },
  });
}

/** Card buttons by action_id on the stored helpdesk card. */
export function cardButton(card: StoredMessage, actionId: string): Button {
  const b = buttons(card.blocks).find((x) => x.action_id === actionId);
  expect(b, `button ${actionId} on the card`).toBeDefined();
  return b!;
}

/**
 * One reporter's conversation driven through HTTP: `/chatgpt-500`, then button clicks or free
 * text replies in the thread, each waiting for the bot's next post in the thread.
 */
export class Conversation {
  channel = '';
  rootTs = '';
  constructor(
    readonly h: DeskHarness,
    readonly user: string,
  ) {}

  /** The bot's posts in this conversation: the root message (its first turn), then its thread, oldest first. */
  posts(): RecordedCall[] {
    return this.h.fake
      .callsTo('chat.postMessage')
      .filter(
        (c) =>
          c.status === 200 &&
          c.answer?.ok === true &&
          c.answer.channel === this.channel &&
          (c.body.thread_ts === this.rootTs || (c.body.thread_ts === undefined && c.answer.ts === this.rootTs)),
      );
  }

  last(): StoredMessage {
    const call = this.posts().at(-1);
    expect(call, 'a post in the thread').toBeDefined();
    return this.h.fake.message(this.channel, String(call!.answer!.ts))!;
  }

  async start(text = ''): Promise<StoredMessage> {
    const before = this.h.fake.callsTo('chat.postMessage').length;
    const res = await this.h.send(slashCommandBody({ user_id: this.user, user_name: this.user.toLowerCase(), text, team_id: TEAM }));
    expect(res.status).toBe(200);
    // The first turn is the root message (under the report header); later turns go in its thread.
    const root = await waitFor('the root message', () =>
      this.h.fake.callsTo('chat.postMessage').slice(before).find((c) => c.status === 200 && c.answer?.ok === true && c.body.thread_ts === undefined && String(c.answer?.channel).startsWith('D') && blockText(c.body.blocks).includes(this.user)),
    );
    this.channel = String(root.answer!.channel);
    this.rootTs = String(root.answer!.ts);
    // The conversation is bound to the root just after Slack answered the post: a reply waits for it.
    await threadBound(this.h.assembled.desk, { channel: this.channel, threadTs: this.rootTs, user: this.user });
    return this.last();
  }

  /** Clicks the answer button with this value on the latest question; waits for the next turn. */
  async click(value: string, options: SendOptions & { twice?: boolean } = {}): Promise<StoredMessage> {
    const message = this.last();
    const button = buttons(message.blocks).find((b) => actionValue.decodeAnswer(b.value)?.value === value);
    expect(button, `an answer button "${value}"`).toBeDefined();
    const count = this.posts().length;
    const body = clickPayload({ user: this.user, message, button: button! });
    expect((await this.h.send(body, options)).status).toBe(200);
    if (options.twice) expect((await this.h.send(body, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } })).status).toBe(200);
    await waitFor(`the turn after "${value}"`, () => this.posts().length > count);
    return this.last();
  }

  /** A free-text reply in the thread; waits for the next turn. */
  async say(text: string, options: { twice?: boolean } = {}): Promise<StoredMessage> {
    const count = this.posts().length;
    const body = replyEvent({ user: this.user, channel: this.channel, threadTs: this.rootTs, text });
    expect((await this.h.send(body)).status).toBe(200);
    if (options.twice) expect((await this.h.send(body, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } })).status).toBe(200);
    await waitFor(`the turn after "${text}"`, () => this.posts().length > count);
    return this.last();
  }

  /** Clicks "Notify me when it's fixed" on the verdict; waits for the confirmation in the thread. */
  async notifyMe(options: { twice?: boolean } = {}): Promise<void> {
    const message = this.last();
    const button = buttons(message.blocks).find((b) => b.action_id === 'c500.notify');
    expect(button, 'the notify button').toBeDefined();
    const count = this.posts().length;
    const body = clickPayload({ user: this.user, message, button: button! });
    expect((await this.h.send(body)).status).toBe(200);
    if (options.twice) expect((await this.h.send(body, { headers: { 'x-slack-retry-num': '1' } })).status).toBe(200);
    await waitFor('the notify confirmation', () => this.posts().length > count);
  }
}

/** The header text of a stored message (first header block). */
export function headerOf(message: StoredMessage | undefined): string {
  const header = (message?.blocks as { type: string; text?: { text: string } }[] | undefined)?.find((b) => b.type === 'header');
  return header?.text?.text ?? '';
}
