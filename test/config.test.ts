import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONFIG_EXIT_CODE, ConfigError, loadConfig } from '../src/config.ts';
import { DEFAULT_ALLOWLIST } from '../src/triage/default-allowlist.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment, frozen', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.STATUS_URL).toBe('https://status.openai.com');
    expect(c.STATUS_PROVIDER).toBe('incidentio');
    expect(c.STATUS_POLL_SECONDS).toBe(60);
    expect(c.STATUS_STALE_AFTER_SECONDS).toBe(600);
    expect(c.INCIDENT_MIN_REPORTERS).toBe(3);
    expect(c.INCIDENT_WINDOW_MINUTES).toBe(10);
    expect(c.INCIDENT_QUIET_MINUTES).toBe(30);
    expect(c.INCIDENT_CARD_MIN_INTERVAL_SECONDS).toBe(5);
    expect(c.REPORT_RETENTION_DAYS).toBe(7);
    expect(c.IT_ALLOWLIST_MINIMUM).toEqual(DEFAULT_ALLOWLIST.minimum);
    expect(c.store).toBe('memory');
    expect(c.slack).toBe('off');
    expect(c.webEnabled).toBe(true);
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('treats empty strings as unset and trims values', () => {
    expect(loadConfig({ PORT: '  ', LOG_LEVEL: ' debug ' })).toMatchObject({ PORT: 3000, LOG_LEVEL: 'debug' });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ STATUS_URL: 'status.openai.com' }, 'STATUS_URL'],
    [{ STATUS_PROVIDER: 'atlassian' }, 'STATUS_PROVIDER'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL'],
    [{ REDIS_CLUSTER_NODES: 'a,b' }, 'REDIS_CLUSTER_NODES'],
    [{ SLACK_TRIAGE_IN_CHANNEL: 'maybe' }, 'SLACK_TRIAGE_IN_CHANNEL'],
    [{ IT_ALLOWLIST_MINIMUM: 'chatgpt.com, not a domain' }, 'IT_ALLOWLIST_MINIMUM'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_SIGNING_SECRET'],
    [{ SLACK_SIGNING_SECRET: 's' }, 'SLACK_BOT_TOKEN'],
    [{ REDIS_URL: 'redis://a:1', REDIS_CLUSTER_NODES: 'a:1' }, 'REDIS_CLUSTER_NODES'],
  ])('refuses %j naming %s', (env, variable) => {
    let caught: unknown;
    try {
      loadConfig(env);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).variable).toBe(variable);
    expect((caught as ConfigError).code).toBe('config.invalid');
    expect((caught as ConfigError).message.startsWith(`${variable}: `)).toBe(true);
  });

  it('derives the store and Slack mode', () => {
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).store).toBe('redis');
    expect(loadConfig({ REDIS_SENTINELS: 'h1:26379,h2:26379' }).store).toBe('sentinel');
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' })).toMatchObject({ slack: 'socket', chat: true });
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', WEB_ENABLED: 'true' })).toMatchObject({ slack: 'http', webEnabled: true });
  });

  it('keeps the page and the board on by default, also with Slack or Teams configured; WEB_ENABLED=false turns them off', () => {
    const teams = { TEAMS_APP_ID: '00000000-0000-0000-0000-000000000001', TEAMS_APP_PASSWORD: 'p', TEAMS_APP_TENANT_ID: 'contoso.onmicrosoft.com' };
    expect(loadConfig({}).webEnabled).toBe(true);
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).webEnabled).toBe(true);
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }).webEnabled).toBe(true);
    expect(loadConfig(teams)).toMatchObject({ teams: 'on', chat: true, webEnabled: true });
    expect(loadConfig({ ...teams, WEB_ENABLED: 'false' }).webEnabled).toBe(false);
    expect(loadConfig({ WEB_ENABLED: 'off' }).webEnabled).toBe(false);
  });

  it('reads LOG_FORMAT: auto by default, pretty or json when set, anything else refused', () => {
    expect(loadConfig({}).LOG_FORMAT).toBe('auto');
    expect(loadConfig({ LOG_FORMAT: 'json' }).LOG_FORMAT).toBe('json');
    expect(loadConfig({ LOG_FORMAT: 'pretty' }).LOG_FORMAT).toBe('pretty');
    expect(() => loadConfig({ LOG_FORMAT: 'colour' })).toThrow('LOG_FORMAT: must be auto, pretty or json');
  });

  it('parses the allowlist from configuration', () => {
    expect(loadConfig({ IT_ALLOWLIST_MINIMUM: 'chatgpt.com,*.example.org' }).IT_ALLOWLIST_MINIMUM).toEqual(['chatgpt.com', '*.example.org']);
  });
});

describe('loadConfigOrExit', () => {
  it('ends the process with one line naming the variable and exit code 78, no stack trace', () => {
    const script = "import('./src/config.ts').then((m) => m.loadConfigOrExit({ STATUS_POLL_SECONDS: 'often' }))";
    const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: repo, encoding: 'utf8' });
    expect(run.status).toBe(CONFIG_EXIT_CODE);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^chatgpt-500: configuration error: STATUS_POLL_SECONDS: /);
  });
});

describe('.env.example', () => {
  it('documents every variable, and its active lines are the defaults', async () => {
    const { readFile } = await import('node:fs/promises');
    const { CONFIG_VARIABLES } = await import('../src/config.ts');
    const text = await readFile(new URL('../.env.example', import.meta.url), 'utf8');
    const documented = new Set([...text.matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    expect([...documented].sort()).toEqual([...CONFIG_VARIABLES].sort());
    const active = Object.fromEntries([...text.matchAll(/^([A-Z][A-Z0-9_]+)=(.*)$/gm)].map((m) => [m[1], m[2]]));
    const fromExample = loadConfig(active) as unknown as Record<string, unknown>;
    const defaults = loadConfig({}) as unknown as Record<string, unknown>;
    for (const key of Object.keys(active)) expect(fromExample[key], key).toEqual(defaults[key]);
  });
});

describe('.env.example and the README agree with the code', () => {
  it('on SLACK_HELPDESK_CHANNEL: a channel id or a name (with or without #), looked up once at start', async () => {
    const { readFile } = await import('node:fs/promises');
    const example = await readFile(new URL('../.env.example', import.meta.url), 'utf8');
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    const exampleLines = example.slice(0, example.indexOf('# SLACK_HELPDESK_CHANNEL=')).split('\n').slice(-4).join(' ');
    expect(exampleLines).toMatch(/its id \(C…/);
    expect(exampleLines).toMatch(/its\s+name \(#chatgpt-incidents or chatgpt-incidents\)/);
    expect(exampleLines).toMatch(/looks up once at start/);
    const readmeRow = readme.split('\n').find((line) => line.startsWith('| `SLACK_HELPDESK_CHANNEL` |'));
    expect(readmeRow).toMatch(/its ID \(`C…`\), or its name \(`#chatgpt-incidents`\), which the bot looks up once at start/);
  });

  it('on WEB_ENABLED: on by default, false turns the page and the board off', async () => {
    const { readFile } = await import('node:fs/promises');
    const example = await readFile(new URL('../.env.example', import.meta.url), 'utf8');
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    expect(example).toContain('# The triage page and the helpdesk board are on by default, also with Slack or Teams; false turns both off.');
    expect(readme).toContain('| `WEB_ENABLED` | `true` |');
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).webEnabled).toBe(true);
  });
});

describe('TRUST_PROXY', () => {
  it.each([
    [undefined, false],
    ['false', false],
    ['true', true],
    ['1', 1],
    ['loopback, 10.0.0.0/8', 'loopback, 10.0.0.0/8'],
  ])('%s → %j', (value, expected) => {
    expect(loadConfig(value === undefined ? {} : { TRUST_PROXY: value }).TRUST_PROXY).toEqual(expected);
  });

  it('refuses anything else, naming the variable', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/^TRUST_PROXY: /);
    for (const bad of ['1.2.3', '10.0.0.0/33', '::1/129', '10.0.0.1/8/8', '999.1.1.1']) expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(/^TRUST_PROXY: /);
    expect(loadConfig({ TRUST_PROXY: '::1, fd00::/8,192.168.1.10' }).TRUST_PROXY).toBe('::1, fd00::/8,192.168.1.10');
  });
});

describe('web identity settings', () => {
  it('defaults: no secret, no header, no API token, 2 unverified reporters per address', () => {
    const config = loadConfig({});
    expect(config.SESSION_SECRET).toBeUndefined();
    expect(config.WEB_IDENTITY_HEADER).toBeUndefined();
    expect(config.API_TOKEN).toBeUndefined();
    expect(config.WEB_REPORTERS_PER_ADDRESS).toBe(2);
  });

  it('needs a SESSION_SECRET of 32 characters or more', () => {
    expect(() => loadConfig({ SESSION_SECRET: 'short' })).toThrow(/^SESSION_SECRET: must be at least 32 characters/);
    expect(loadConfig({ SESSION_SECRET: 'x'.repeat(32) }).SESSION_SECRET).toBe('x'.repeat(32));
  });

  it('needs an API_TOKEN of 16 characters or more', () => {
    expect(() => loadConfig({ API_TOKEN: 'short' })).toThrow(/^API_TOKEN: must be at least 16 characters/);
  });

  it('believes WEB_IDENTITY_HEADER only with TRUST_PROXY naming the proxies', () => {
    for (const trust of [undefined, 'false', 'true', '1']) {
      expect(() => loadConfig({ WEB_IDENTITY_HEADER: 'X-Forwarded-Email', ...(trust ? { TRUST_PROXY: trust } : {}) }), String(trust)).toThrow(/^TRUST_PROXY: must list the addresses/);
    }
    expect(loadConfig({ WEB_IDENTITY_HEADER: 'X-Forwarded-Email', TRUST_PROXY: '127.0.0.1' }).WEB_IDENTITY_HEADER).toBe('X-Forwarded-Email');
    expect(() => loadConfig({ WEB_IDENTITY_HEADER: 'Cookie', TRUST_PROXY: '127.0.0.1' })).toThrow(/^WEB_IDENTITY_HEADER: cannot be/);
    expect(() => loadConfig({ WEB_IDENTITY_HEADER: 'X Email', TRUST_PROXY: '127.0.0.1' })).toThrow(/^WEB_IDENTITY_HEADER: must be an HTTP header name/);
  });
});
