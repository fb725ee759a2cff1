import { describe, expect, it } from 'vitest';
import { startupBanner } from '../../../adapters/app/startup-banner.ts';
import { loadConfig } from '../../../src/config.ts';

const slack = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'a-signing-secret', HELPDESK_TOKEN: 'a-long-helpdesk-token-0123456789' };

describe('the start banner', () => {
  it('without a chat platform: no announcement row', () => {
    const text = startupBanner(loadConfig({}), 'http://127.0.0.1:3000');
    expect(text).toContain('Triage page');
    expect(text).not.toContain('Announcements');
  });

  it('with Slack and no announcement channel: says how to turn announcements on', () => {
    const text = startupBanner(loadConfig(slack), 'http://127.0.0.1:3000');
    expect(text).toMatch(/Announcements\s+off — set SLACK_ANNOUNCE_CHANNEL or TEAMS_ANNOUNCE_CONVERSATION/);
  });

  it('names the announcement channel, and when it is used', () => {
    expect(startupBanner(loadConfig({ ...slack, SLACK_ANNOUNCE_CHANNEL: 'C0123ABCD' }), 'http://127.0.0.1:3000')).toMatch(
      /Announcements\s+Slack C0123ABCD, once the desk acknowledges an outage/,
    );
    const de = startupBanner(loadConfig({ ...slack, SLACK_ANNOUNCE_CHANNEL: 'C0123ABCD', ANNOUNCE_ON_STATUS: 'true', DESK_LOCALE: 'de' }), 'http://127.0.0.1:3000');
    expect(de).toMatch(/Ankündigungen\s+Slack C0123ABCD, sobald die Statusseite oder der Helpdesk einen Ausfall nennt \(ANNOUNCE_ON_STATUS\)/);
  });
});
