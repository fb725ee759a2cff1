import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVIDENCE_LABELS } from '../../../src/triage/verdicts/build-evidence.ts';
import { useStoreBackends } from '../../helpers/store-backends.ts';
import { ALICE, BOB, CAROL, taskFetch, taskSubmit } from '../../helpers/teams-activities.ts';
import { actionsOf, APP_ID, cardOf, startTeamsHarness, TeamsConversation, textOf, waitUntil, type TeamsHarness } from './teams-kit.ts';

/**
 * The support report as a Teams dialog, through the real adapter (botbuilder's invoke handling,
 * real JWTs from the fake Bot Connector) and the real desk: an escalate verdict offers "Fill in
 * the support report" (task/fetch), the dialog is prefilled (times in the client's timezone),
 * task/submit validates, files the report, and the outbox sends the finished report into the chat.
 */
const backends = useStoreBackends();
const ESCALATE: Record<string, string> = { surface: 'web', symptom: 'http_500', clean_browser: 'fails', network: 'office', other_network: 'fails', api_health: 'fails' };

type Dialog = { task: { type: 'continue'; value: { title: string; card: { content: { body: { type: string; id?: string; value?: string; text?: string }[]; actions: { data: Record<string, unknown> }[] } } } } } | { task: { type: 'message'; value: string } };

describe('the support report as a Teams dialog', () => {
  let h: TeamsHarness;
  let c: TeamsConversation;
  let fetchData: Record<string, unknown>;

  beforeAll(async () => {
    h = await startTeamsHarness(await backends.make('memory'));
    c = new TeamsConversation(h, ALICE, { personal: true });
    await c.say('hello, chatgpt does not work');
    for (let fact = c.askedFact(), n = 0; fact !== undefined && n < 10; fact = c.askedFact(), n++) await c.press(ESCALATE[fact]!);
  }, 30_000);
  afterAll(async () => {
    await h.close();
  });

  const post = async (activity: object): Promise<Dialog> => {
    const res = await h.post(activity);
    expect(res.status).toBe(200);
    return (await res.json()) as Dialog;
  };
  const base = { serviceUrl: '', appId: APP_ID, user: ALICE };

  it('the escalate verdict offers the dialog; someone else cannot open it', async () => {
    const button = actionsOf(cardOf(c.last())).find((a) => a.data?.c500 === 'report');
    expect(button?.title).toBe('Fill in the support report');
    expect(button?.type).toBe('Action.Submit');
    expect(button?.data?.msteams).toEqual({ type: 'task/fetch' });
    fetchData = button!.data!;
    const refused = await post(taskFetch({ ...base, serviceUrl: h.fake.serviceUrl, user: BOB, conversation: c.conversationId, data: fetchData }));
    expect(refused).toEqual({ task: { type: 'message', value: 'Only the person who reported this can fill in its support report.' } });
  });

  it('task/fetch: the form, prefilled, times in the client timezone; task/submit: a bad value shows the form again, a good one files and posts the report once', async () => {
    const opened = await post(taskFetch({ ...base, serviceUrl: h.fake.serviceUrl, conversation: c.conversationId, data: fetchData, overrides: { localTimezone: 'Europe/Berlin' } }));
    expect(opened.task.type).toBe('continue');
    if (opened.task.type !== 'continue') return;
    expect(opened.task.value.title).toBe('Support report');
    const content = opened.task.value.card.content;
    const inputs = content.body.filter((b) => b.type === 'Input.Text');
    expect(inputs.map((i) => i.id)).toEqual(['time', 'timezone', 'browser', 'device', 'conversationUrl', 'requestIds', 'whatHappened']);
    expect(inputs.find((i) => i.id === 'timezone')?.value).toBe('Europe/Berlin');
    expect(inputs.find((i) => i.id === 'time')?.value).toMatch(/\d{1,2}:\d{2}/);
    const submitData = content.actions[0]!.data;
    expect(submitData).toMatchObject({ c500: 'report.submit', user: ALICE.id, kind: 'web', locale: 'en' });

    const bad = await post(taskSubmit({ ...base, serviceUrl: h.fake.serviceUrl, conversation: c.conversationId, data: { ...submitData, conversationUrl: 'http://chatgpt.com/c/1' } }));
    expect(bad.task.type).toBe('continue');
    expect(textOf(bad)).toContain('Give the full address, starting with https://');
    expect(textOf(bad)).toContain('http://chatgpt.com/c/1');

    const values = { time: '14:05', timezone: 'Europe/Berlin', browser: 'Chrome 131', conversationUrl: 'https://chatgpt.com/c/abc-123', requestIds: 'req_1', whatHappened: 'Sent a message; tried a private window and my phone hotspot' };
    const submit = taskSubmit({ ...base, serviceUrl: h.fake.serviceUrl, conversation: c.conversationId, data: { ...submitData, ...values } });
    expect(await post(submit)).toEqual({ task: { type: 'message', value: 'Your report is in the chat, ready to copy.' } });
    // The same invoke delivered again: filed and sent once.
    await post(submit);
    const isReport = (m: ReturnType<TeamsConversation['last']>) => textOf(cardOf(m)).includes('Support report: ChatGPT (web or app)');
    await waitUntil('the report in the chat', () => c.messages().some(isReport));
    const report = textOf(cardOf(c.messages().find(isReport)));
    expect(report).toContain('Your support report, ready to paste');
    expect(report).toContain('14:05 (Europe/Berlin)');
    expect(report).toContain('Conversation URL: https://chatgpt.com/c/abc-123');
    for (const label of EVIDENCE_LABELS) expect(report).toMatch(new RegExp(`- ${label.replace(/[+/]/g, '\\$&')}: (done|missing)`));
    expect(report).toContain('Conversation URL or request ID: done');
    await h.settled();
    expect(c.messages().filter(isReport)).toHaveLength(1);
    const id = await h.assembled.desk.findByThread({ platform: 'teams', ref: { conversation: c.conversationId, user: ALICE.id } });
    expect((await h.assembled.desk.reportDraft(id!))?.json.filedAt).toBeDefined();
  });
});

/**
 * The support report on request in Teams: "report" typed in the personal chat (or a translation)
 * is answered with a card carrying "Fill in the support report" (task/fetch), which opens the
 * dialog; it is not read as a reply. Without a conversation, the person is told how to start one.
 */
describe('the support report on request in Teams', () => {
  let h: TeamsHarness;

  beforeAll(async () => {
    h = await startTeamsHarness(await backends.make('memory'));
  }, 30_000);
  afterAll(async () => {
    await h.close();
  });

  it('"report" without a conversation: how to start one, and no report starts', async () => {
    const c = new TeamsConversation(h, CAROL, { personal: true });
    const answer = await c.say('report');
    expect(textOf(answer)).toContain('You have no conversation to make a support report from. Start one with chatgpt-500 first');
    expect(await h.assembled.desk.findByThread({ platform: 'teams', ref: { conversation: c.conversationId, user: CAROL.id } })).toBeNull();
  });

  it('"Report" in a conversation: the card with the dialog button; its task/fetch opens the form; the question still stands', async () => {
    const c = new TeamsConversation(h, BOB, { personal: true });
    await c.say('chatgpt.com gives me a 500');
    const asked = c.askedFact();
    expect(asked).toBeDefined();
    const offer = await c.say('Report!');
    expect(textOf(cardOf(offer))).toContain('Here is the support report of this conversation');
    const button = actionsOf(cardOf(offer)).find((a) => a.data?.c500 === 'report');
    expect(button?.title).toBe('Fill in the support report');
    expect(button?.type).toBe('Action.Submit');
    expect(button?.data?.msteams).toEqual({ type: 'task/fetch' });
    expect(button?.data?.user).toBe(BOB.id);
    const id = await h.assembled.desk.findByThread({ platform: 'teams', ref: { conversation: c.conversationId, user: BOB.id } });
    expect(button?.data?.conversationId).toBe(id);
    const snapshot = await h.assembled.desk.get(id!);
    expect(snapshot?.next?.fact).toBe(asked);
    expect(snapshot?.read).toBeUndefined();

    const res = await h.post(taskFetch({ serviceUrl: h.fake.serviceUrl, appId: APP_ID, user: BOB, conversation: c.conversationId, data: button!.data!, overrides: { localTimezone: 'Asia/Tokyo' } }));
    expect(res.status).toBe(200);
    const opened = (await res.json()) as Dialog;
    expect(opened.task.type).toBe('continue');
    if (opened.task.type !== 'continue') return;
    expect(opened.task.value.card.content.body.find((b) => b.id === 'timezone')?.value).toBe('Asia/Tokyo');
  });
});
