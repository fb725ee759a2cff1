import { afterEach, describe, expect, it } from 'vitest';
import { createHelpdeskMembers, type HelpdeskMembersOptions } from '../../../adapters/slack/helpdesk-members.ts';
import { createSlackWebApi } from '../../../adapters/slack/create-slack-web-api.ts';
import { startFakeSlackApi, type FakeSlackApi } from '../../helpers/fake-slack-api.ts';
import { manualClock } from '../../helpers/manual-clock.ts';
import { BOT_TOKEN, memoryLog } from './slack-test-kit.ts';

/**
 * SLACK_HELPDESK_USERGROUP's member list, against the fake Web API over real HTTP: kept for a
 * minute, asked again for a user it does not list at most every few seconds, one request for
 * concurrent clicks, and `unknown` (the caller refuses) when Slack cannot be asked and no list is
 * at hand.
 */
const GROUP = 'S0DESKGRP1';
const MEMBER = 'U0MEMBER01';
const NEWCOMER = 'U0NEWCOME1';

describe('helpdesk user group members', () => {
  let fake: FakeSlackApi | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  async function setUp(options: HelpdeskMembersOptions = {}, usergroup = GROUP) {
    fake = await startFakeSlackApi({ token: BOT_TOKEN, usergroups: { [GROUP]: [MEMBER] } });
    const clock = manualClock();
    const log = memoryLog();
    const client = createSlackWebApi({ token: BOT_TOKEN, apiUrl: fake.url, timeoutMs: 2000 });
    const members = createHelpdeskMembers({ client, usergroup, logger: log.logger, now: clock.now, options });
    const asked = () => fake!.callsTo('usergroups.users.list').length;
    return { fake, clock, log, members, asked };
  }

  it('answers from a list read once, for a minute', async () => {
    const { members, asked, clock } = await setUp();
    expect(await members.check(MEMBER)).toBe('member');
    expect(fake!.callsTo('usergroups.users.list')[0]!.body).toMatchObject({ usergroup: GROUP });
    await clock.advance(59_000);
    expect(await members.check(MEMBER)).toBe('member');
    expect(asked()).toBe(1);
    await clock.advance(2_000);
    expect(await members.check(MEMBER)).toBe('member');
    expect(asked()).toBe(2);
  });

  it('a user not on the list asks Slack again (someone just added), at most every 5 s', async () => {
    const { members, asked, clock, fake } = await setUp();
    expect(await members.check(MEMBER)).toBe('member');
    await clock.advance(6_000);
    expect(await members.check('U0STRANGER')).toBe('not_member');
    expect(asked()).toBe(2);
    for (let i = 0; i < 5; i++) expect(await members.check('U0STRANGER')).toBe('not_member');
    expect(asked()).toBe(2);
    fake.setUsergroup(GROUP, [MEMBER, NEWCOMER]);
    expect(await members.check(NEWCOMER)).toBe('not_member');
    await clock.advance(5_000);
    expect(await members.check(NEWCOMER)).toBe('member');
    expect(asked()).toBe(3);
  });

  it('concurrent checks share one request', async () => {
    const { members, asked } = await setUp();
    expect(await Promise.all([members.check(MEMBER), members.check('U0STRANGER'), members.check(MEMBER)])).toEqual(['member', 'not_member', 'member']);
    expect(asked()).toBe(1);
  });

  it('Slack failing and no list at hand: unknown, and asked again only after a few seconds', async () => {
    const { members, asked, clock, fake, log } = await setUp();
    fake.fail({ method: 'usergroups.users.list', status: 503, times: Infinity });
    expect(await members.check(MEMBER)).toBe('unknown');
    expect(await members.check(MEMBER)).toBe('unknown');
    expect(asked()).toBe(1);
    expect(log.lines.some((l) => l.msg === 'cannot read the helpdesk user group (SLACK_HELPDESK_USERGROUP)')).toBe(true);
    fake.clearFailures();
    await clock.advance(5_000);
    expect(await members.check(MEMBER)).toBe('member');
  });

  it('a missing scope is logged as an error and refuses', async () => {
    const { members, fake, log } = await setUp();
    fake.fail({ method: 'usergroups.users.list', status: 200, error: 'missing_scope', times: Infinity });
    expect(await members.check(MEMBER)).toBe('unknown');
    expect(log.lines.find((l) => l.msg === 'cannot read the helpdesk user group (SLACK_HELPDESK_USERGROUP)')).toMatchObject({ level: 50, error: 'missing_scope' });
  });

  it('an unknown group (no_such_subteam) refuses everyone', async () => {
    const { members } = await setUp({}, 'S0NOSUCH01');
    expect(await members.check(MEMBER)).toBe('unknown');
  });

  it('Slack failing with an older list at hand: the list answers for up to 10 minutes, then unknown', async () => {
    const { members, clock, fake } = await setUp();
    expect(await members.check(MEMBER)).toBe('member');
    fake.fail({ method: 'usergroups.users.list', status: 500, times: Infinity });
    await clock.advance(120_000);
    expect(await members.check(MEMBER)).toBe('member');
    expect(await members.check('U0STRANGER')).toBe('not_member');
    await clock.advance(480_000);
    expect(await members.check(MEMBER)).toBe('unknown');
  });

  it('a Slack that does not answer in time counts as failing', async () => {
    fake = await startFakeSlackApi({ token: BOT_TOKEN, usergroups: { [GROUP]: [MEMBER] }, latencyMs: 1500 });
    const log = memoryLog();
    const client = createSlackWebApi({ token: BOT_TOKEN, apiUrl: fake.url, timeoutMs: 200 });
    const members = createHelpdeskMembers({ client, usergroup: GROUP, logger: log.logger, now: Date.now });
    const started = Date.now();
    expect(await members.check(MEMBER)).toBe('unknown');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
