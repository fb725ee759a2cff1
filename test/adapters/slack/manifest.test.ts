import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SLACK_EVENTS_PATH } from '../../../adapters/slack/create-slack-adapter.ts';
import { loadConfig } from '../../../src/config.ts';

const manifest = readFileSync(new URL('../../../deploy/slack/manifest.yml', import.meta.url), 'utf8');
/** The manifest without comments (what Slack reads). */
const live = manifest
  .split('\n')
  .filter((l) => !/^\s*#/.test(l))
  .join('\n');

/** The "- item" lines under `key:` (flat YAML lists only). */
function list(key: string): string[] {
  const lines = live.split('\n');
  const start = lines.findIndex((l) => l.trim() === `${key}:`);
  expect(start, key).toBeGreaterThan(-1);
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const m = /^\s*- (.+)$/.exec(line);
    if (!m) break;
    items.push(m[1]!.trim());
  }
  return items;
}

describe('deploy/slack/manifest.yml matches the code', () => {
  it('declares the configured slash command', () => {
    expect(live).toContain(`- command: ${loadConfig({}).SLACK_COMMAND}`);
  });

  it('sends the command, events and interactivity to the one endpoint', () => {
    const urls = [...live.matchAll(/(?:url|request_url): (\S+)/g)].map((m) => m[1]!);
    expect(urls).toHaveLength(3);
    for (const url of urls) expect(new URL(url).pathname).toBe(SLACK_EVENTS_PATH);
  });

  it('asks for exactly the scopes the code uses', () => {
    // history: looking for a message an interrupted delivery may have posted; read: the helpdesk channel by name;
    // usergroups:read: the members of SLACK_HELPDESK_USERGROUP; users:read: the reporter's locale (users.info);
    // files:read: a HAR shared in the thread (files.info, url_private_download, file_shared); files:write: its redacted copy uploaded there.
    expect(list('bot')).toEqual(['commands', 'chat:write', 'im:write', 'im:history', 'channels:read', 'groups:read', 'channels:history', 'groups:history', 'usergroups:read', 'users:read', 'files:read', 'files:write']);
  });

  it('subscribes to the events the adapter handles', () => {
    expect(list('bot_events')).toEqual(['app_home_opened', 'message.im', 'file_shared']);
  });

  it('enables the Home tab, a writable Messages tab and interactivity; HTTP mode by default', () => {
    expect(live).toMatch(/home_tab_enabled: true/);
    expect(live).toMatch(/messages_tab_read_only_enabled: false/);
    expect(live).toMatch(/interactivity:\n\s+is_enabled: true/);
    expect(live).toMatch(/socket_mode_enabled: false/);
  });
});
