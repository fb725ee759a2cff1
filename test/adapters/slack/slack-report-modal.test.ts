import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../../adapters/slack/action-ids.ts';
import { EVIDENCE_LABELS } from '../../../src/triage/verdicts/build-evidence.ts';
import { useStoreBackends } from '../../helpers/store-backends.ts';
import type { StoredMessage } from '../../helpers/fake-slack-api.ts';
import { TEAM, Conversation, blockText, clickPayload, headerOf, startDeskHarness, waitFor, type DeskHarness } from './slack-desk-kit.ts';
import { slashCommandBody } from './slack-test-kit.ts';

/**
 * The support report as a Slack modal, through the real bolt app (the project's HTTP receiver,
 * real HMAC signatures) and the real desk: "Fill in the support report" under an api_server
 * verdict opens a prefilled modal with the click's trigger_id; its submission is validated in
 * the ack, filed with the conversation, and the finished report is posted in the thread by the
 * outbox worker (the fake Slack API records the post).
 */
const backends = useStoreBackends();
const REPORTER = 'U0REPORT01';
const SECRET = 'sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';

interface Input {
  block_id: string;
  type: string;
  element?: { action_id: string; initial_value?: string };
}

function reportButton(message: StoredMessage) {
  for (const b of (message.blocks ?? []) as { type: string; block_id?: string; elements?: { action_id: string; value?: string; text: { text: string } }[] }[]) {
    const e = b.type === 'actions' ? b.elements?.find((x) => x.action_id === ACTION_IDS.report) : undefined;
    if (e) return { ...e, ...(b.block_id ? { blockId: b.block_id } : {}) };
  }
  return undefined;
}

describe('the support report as a Slack modal', () => {
  let h: DeskHarness;
  let c: Conversation;
  let verdict: StoredMessage;

  beforeAll(async () => {
    h = await startDeskHarness(await backends.make('memory'), { status: 'operational' });
    c = new Conversation(h, REPORTER);
    await c.start();
    await c.click('api');
    verdict = await c.click('api_500');
  }, 30_000);
  afterAll(async () => {
    await h.close();
  });

  const submission = (view: { callback_id: string; private_metadata: string }, user: string, values: Record<string, string>, hash = 'h1') =>
    `payload=${encodeURIComponent(
      JSON.stringify({
        type: 'view_submission',
        team: { id: TEAM },
        user: { id: user, team_id: TEAM },
        view: {
          id: 'V0REPORT01',
          hash,
          type: 'modal',
          callback_id: view.callback_id,
          private_metadata: view.private_metadata,
          state: { values: Object.fromEntries(Object.entries(values).map(([key, value]) => [`c500.report.${key}`, { value: { type: 'plain_text_input', value } }])) },
        },
      }),
    )}`;

  it('an api_server verdict offers the button; a verdict that does not call for support does not', async () => {
    expect(headerOf(verdict)).toContain('API 5xx');
    expect(reportButton(verdict)?.text.text).toBe('Fill in the support report');
    const other = new Conversation(h, 'U0NETWORK1');
    await other.start();
    await other.say('in the browser on chatgpt.com');
    await other.say('HTTP ERROR 500');
    await other.say('no, it fails in incognito too');
    await other.say('office wifi');
    const network = await other.say('yes on my hotspot it loads');
    expect(headerOf(network)).toContain('network path');
    expect(blockText(network.blocks)).not.toContain(ACTION_IDS.report);
  });

  it("someone else's click is refused (ephemeral), no modal opens", async () => {
    const button = reportButton(verdict)!;
    const before = h.fake.callsTo('views.open').length;
    expect((await h.send(clickPayload({ user: 'U0INTRUDE1', message: verdict, button, triggerId: 'trig-other' }))).status).toBe(200);
    await waitFor('the refusal', () => h.fake.callsTo('chat.postEphemeral').some((p) => p.body.user === 'U0INTRUDE1' && String(p.body.text).includes('Only the person who reported')));
    expect(h.fake.callsTo('views.open')).toHaveLength(before);
  });

  it('a trigger Slack no longer takes (expired): the reporter is told, nothing else happens', async () => {
    h.fake.fail({ method: 'views.open', status: 200, error: 'expired_trigger_id' });
    const before = h.fake.callsTo('views.open').length;
    expect((await h.send(clickPayload({ user: REPORTER, message: verdict, button: reportButton(verdict)!, triggerId: 'trig-late' }))).status).toBe(200);
    await waitFor('the note', () => h.fake.callsTo('chat.postEphemeral').some((p) => p.body.user === REPORTER && String(p.body.text).includes('The report could not be made just now')));
    expect(h.fake.callsTo('views.open').length).toBe(before + 1);
  });

  it('the click opens the modal with its trigger_id, prefilled; a bad value is refused in the ack; the report is posted in the thread once', async () => {
    const button = reportButton(verdict)!;
    const clicked = await h.send(clickPayload({ user: REPORTER, message: verdict, button, triggerId: 'trig-report-1' }));
    expect(clicked.status).toBe(200);
    expect(await clicked.text()).toBe('');
    await waitFor('views.open', () => h.fake.callsTo('views.open').some((c) => c.body.trigger_id === 'trig-report-1'));
    const open = h.fake.callsTo('views.open').find((c) => c.body.trigger_id === 'trig-report-1');
    expect(open!.answer?.ok).toBe(true);
    const view = open!.body.view as { callback_id: string; private_metadata: string; title: { text: string }; blocks: Input[] };
    expect(view.callback_id).toBe('c500.report');
    expect(view.title.text).toBe('Support report');
    const inputs = view.blocks.filter((b) => b.type === 'input');
    const byKey = new Map(inputs.map((b) => [b.block_id.replace('c500.report.', ''), b]));
    expect([...byKey.keys()]).toEqual(['timeRange', 'timezone', 'org', 'project', 'tier', 'model', 'endpoint', 'statusCode', 'failingPercent', 'requestIds', 'errorPayload', 'whatHappened']);
    // Prefilled from the conversation: the status code it learned, when it was reported (UTC: no timezone known).
    expect(byKey.get('statusCode')!.element!.initial_value).toBe('500');
    expect(byKey.get('timezone')!.element!.initial_value).toBe('UTC');
    expect(byKey.get('timeRange')!.element!.initial_value).toMatch(/\d{1,2}:\d{2}/);

    const bad = await h.send(submission(view, REPORTER, { failingPercent: '150', org: 'org-123' }));
    expect(await bad.json()).toEqual({ response_action: 'errors', errors: { 'c500.report.failingPercent': 'Give a number from 0 to 100.' } });
    const notYours = await h.send(submission(view, 'U0INTRUDE1', { org: 'org-123' }));
    expect(await notYours.json()).toMatchObject({ response_action: 'errors' });
    const id = await h.assembled.desk.findByThread({ platform: 'slack', ref: { channel: c.channel, threadTs: c.rootTs, user: REPORTER } });
    expect((await h.assembled.desk.reportDraft(id!))?.json.filedAt).toBeUndefined();

    const values = { timeRange: '14:00-14:20', timezone: 'Europe/Berlin', org: 'org-123', model: 'gpt-4o', statusCode: '500', failingPercent: '30', requestIds: 'req_abc, req_def', errorPayload: `{"error":"server_error"} Authorization: Bearer ${SECRET}`, whatHappened: 'Calling chat completions from our backend' };
    const ok = await h.send(submission(view, REPORTER, values));
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('');
    // Delivered twice (a retry): filed and posted once.
    expect((await h.send(submission(view, REPORTER, values), { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } })).status).toBe(200);
    const posted = await waitFor('the report in the thread', () => c.posts().find((p) => String(p.body.text).includes('Your support report')));
    const text = blockText(posted.body.blocks);
    expect(text).toContain('Support report: OpenAI API');
    expect(text).toContain('Org ID: org-123');
    expect(text).toContain('Request IDs: req_abc, req_def');
    expect(text).toContain('14:00-14:20 (Europe/Berlin)');
    for (const label of EVIDENCE_LABELS) expect(text).toMatch(new RegExp(`- ${label.replace(/[+/]/g, '\\$&')}: (done|missing)`));
    expect(text).toContain('Conversation URL or request ID: done');
    expect(text).not.toContain(SECRET);
    await new Promise((r) => setTimeout(r, 200));
    expect(c.posts().filter((p) => String(p.body.text).includes('Your support report'))).toHaveLength(1);
    // Kept with the conversation (and no secret in the store).
    const filed = await h.assembled.desk.reportDraft(id!);
    expect(filed?.json.filedAt).toBeDefined();
    expect(filed?.json.prefill.org).toBe('org-123');
    expect(JSON.stringify(await h.store.conversations.get(id!))).not.toContain(SECRET);
  });
});

/**
 * The support report on request: `/chatgpt-500 report` opens the modal for the person's latest
 * conversation with the command's trigger_id (after an empty ack), its times in the person's Slack
 * timezone (from the users.info call that named their language: no second call); "report" typed in
 * the thread (or "Bericht", …) is answered with the button, whose click opens the modal.
 */
describe.each(['memory', 'redis'] as const)('the support report on request in Slack (%s store)', (backend) => {
  let h: DeskHarness;
  const USER = 'U0ONREQ001';

  beforeAll(async () => {
    h = await startDeskHarness(await backends.make(backend), { status: 'operational' });
  }, 30_000);
  afterAll(async () => {
    await h.close();
  });

  const command = (user: string, text: string, triggerId: string) => slashCommandBody({ user_id: user, user_name: user.toLowerCase(), team_id: TEAM, text, trigger_id: triggerId });

  it('someone without a conversation is told in the ack to start one; nothing opens', async () => {
    const res = await h.send(command('U0NOBODY01', 'report', 'trig-none'));
    expect(res.status).toBe(200);
    const ack = (await res.json()) as { response_type: string; text: string };
    expect(ack.response_type).toBe('ephemeral');
    expect(ack.text).toBe('You have no conversation to make a support report from. Start one with /chatgpt-500 first, then ask for the report.');
    await new Promise((r) => setTimeout(r, 100));
    expect(h.fake.callsTo('views.open').filter((c) => c.body.trigger_id === 'trig-none')).toHaveLength(0);
    // The help names the subcommand.
    const help = await h.send(command('U0NOBODY01', 'help', 'trig-help'));
    expect(JSON.stringify(await help.json())).toContain('`/chatgpt-500 report`: the support report of your latest conversation');
  });

  it('/chatgpt-500 report opens the latest conversation’s modal in the Slack timezone; the report goes in its thread', async () => {
    h.fake.setUserTimezone(USER, 'America/New_York');
    const c = new Conversation(h, USER);
    await c.start('chatgpt.com shows HTTP ERROR 500');
    expect(h.fake.callsTo('users.info').filter((x) => x.body.user === USER)).toHaveLength(1);

    const res = await h.send(command(USER, 'report', 'trig-cmd-1'));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    const open = await waitFor('views.open', () => h.fake.callsTo('views.open').find((x) => x.body.trigger_id === 'trig-cmd-1'));
    expect(open.answer?.ok).toBe(true);
    const view = open.body.view as { callback_id: string; private_metadata: string; blocks: Input[] };
    expect(view.callback_id).toBe('c500.report');
    const timezone = view.blocks.find((b) => b.block_id === 'c500.report.timezone');
    expect(timezone?.element?.initial_value).toBe('America/New_York');
    // The timezone came with the language: users.info was not asked again.
    expect(h.fake.callsTo('users.info').filter((x) => x.body.user === USER)).toHaveLength(1);

    // Slack submits every input with what it holds: the prefill, and what the person typed.
    const values: Record<string, { value: { type: string; value: string | null } }> = Object.fromEntries(
      view.blocks.filter((b) => b.type === 'input').map((b) => [b.block_id, { value: { type: 'plain_text_input', value: b.element?.initial_value ?? null } }]),
    );
    values['c500.report.whatHappened'] = { value: { type: 'plain_text_input', value: 'It fails on every page' } };
    const submitted = await h.send(
      `payload=${encodeURIComponent(
        JSON.stringify({
          type: 'view_submission',
          team: { id: TEAM },
          user: { id: USER, team_id: TEAM },
          view: { id: 'V0ONREQ001', hash: 'h1', type: 'modal', callback_id: view.callback_id, private_metadata: view.private_metadata, state: { values } },
        }),
      )}`,
    );
    expect(submitted.status).toBe(200);
    const posted = await waitFor('the report in the thread', () => c.posts().find((p) => String(p.body.text).includes('Your support report')));
    expect(blockText(posted.body.blocks)).toContain('America/New_York');
  });

  it('"report" typed in the thread gets the button (not read as a reply); its click opens the modal', async () => {
    const c = new Conversation(h, 'U0ONREQ002');
    await c.start();
    const offer = await c.say('Report');
    expect(String(offer.text)).toContain('Here is the support report of this conversation');
    const button = reportButton(offer);
    expect(button?.text.text).toBe('Fill in the support report');
    // The first question is still the one to answer: "Report" was not taken as a reply.
    const id = await h.assembled.desk.findByThread({ platform: 'slack', ref: { channel: c.channel, threadTs: c.rootTs, user: c.user } });
    expect((await h.assembled.desk.get(id!))?.next).toBeDefined();
    expect((await h.assembled.desk.get(id!))?.read).toBeUndefined();

    expect((await h.send(clickPayload({ user: c.user, message: offer, button: button!, triggerId: 'trig-offer-1' }))).status).toBe(200);
    const open = await waitFor('views.open', () => h.fake.callsTo('views.open').find((x) => x.body.trigger_id === 'trig-offer-1'));
    expect(open.answer?.ok).toBe(true);
    // No Slack timezone known for this person: UTC.
    expect((open.body.view as { blocks: Input[] }).blocks.find((b) => b.block_id === 'c500.report.timezone')?.element?.initial_value).toBe('UTC');
  });

  it('"Bericht" from a German Slack user: the button in German', async () => {
    h.fake.setUserLocale('U0ONREQDE1', 'de-DE');
    const c = new Conversation(h, 'U0ONREQDE1');
    await c.start('chatgpt.com zeigt HTTP ERROR 500');
    const offer = await c.say('Bericht');
    expect(String(offer.text)).toContain('Hier ist der Support-Bericht');
    expect(reportButton(offer)?.text.text).toBe('Support-Bericht ausfüllen');
  });
});
