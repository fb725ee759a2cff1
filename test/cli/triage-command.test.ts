import { describe, expect, it } from 'vitest';
import { runBin, runCli } from '../helpers/run-cli.ts';

const json = (s: string) => JSON.parse(s) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- parsed CLI output is inspected field by field

describe('chatgpt-500 triage --facts --json (the spec contract)', () => {
  it('asks for the surface first when nothing is known', async () => {
    const run = await runCli(['triage', '--facts', '{}', '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const out = json(run.stdout);
    expect(out.next.fact).toBe('surface');
    expect(out.verdict).toBeUndefined();
    expect(out.next.choices.map((c: { value: string }) => c.value).sort()).toEqual(['api', 'desktop', 'mobile', 'web']);
  });

  it('prints one JSON line and a verdict once a branch matches', async () => {
    const run = await runCli(['triage', '--facts', '{"surface":"web","symptom":"http_500","clean_browser":"works"}', '--json']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    const out = json(run.stdout);
    expect(out.verdict.branch).toBe('browser');
    expect(out.next).toBeUndefined();
  });

  it('takes status and crowd from the facts (no network): a ChatGPT incident on the web is the outage branch', async () => {
    const out = json((await runCli(['triage', '--facts', '{"status":"chatgpt_incident","surface":"web"}', '--json'])).stdout);
    expect(out.verdict.branch).toBe('outage');
  });

  it('treats absent status as unknown, never as operational', async () => {
    const out = json((await runCli(['triage', '--facts', '{"surface":"api","symptom":"api_500"}', '--json'])).stdout);
    expect(out.verdict.branch).toBe('api_server');
    expect(out.verdict.notes.join(' ')).toMatch(/could not be read|unknown/i);
    expect(JSON.stringify(out)).not.toMatch(/fully operational/i);
  });

  it.each([
    ['{"foo":"bar"}', /foo/],
    ['{"surface":"tablet"}', /tablet.*surface|surface.*tablet/],
    ['{"surface":"web","clean_browser":"sometimes"}', /sometimes/],
    ['{"surface":"web"', /JSON/],
    ['[]', /object/i],
    ['"web"', /object/i],
    ['{"surface":42}', /surface/],
  ])('refuses --facts %s with exit 2 and one line on stderr', async (facts, pattern) => {
    const run = await runCli(['triage', '--facts', facts, '--json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(pattern);
  });
});

describe('chatgpt-500 triage --reply', () => {
  it('maps a free-text answer onto the asked fact and reports the facts after it', async () => {
    const run = await runCli(['triage', '--facts', '{"surface":"web","symptom":"http_500"}', '--reply', 'works in incognito', '--json']);
    expect(run.code).toBe(0);
    const out = json(run.stdout);
    expect(out.understood).toBe(true);
    expect(out.facts).toEqual({ surface: 'web', symptom: 'http_500', clean_browser: 'works' });
    expect(out.verdict.branch).toBe('browser');
  });

  it('understands several facts in one reply', async () => {
    const out = json((await runCli(['triage', '--facts', '{}', '--reply', 'web, 500, and incognito works too', '--json'])).stdout);
    expect(out.understood).toBe(true);
    expect(out.facts).toMatchObject({ surface: 'web', symptom: 'http_500', clean_browser: 'works' });
    expect(out.verdict.branch).toBe('browser');
  });

  it('leaves the facts unchanged and asks again when nothing is understood', async () => {
    const facts = { surface: 'web', symptom: 'http_500' };
    const out = json((await runCli(['triage', '--facts', JSON.stringify(facts), '--reply', 'hmm, what?', '--json'])).stdout);
    expect(out.understood).toBe(false);
    expect(out.facts).toEqual(facts);
    expect(out.next.fact).toBe('clean_browser');
    expect(out.next.askedAgain).toBe('unclear');
  });

  it('works without --facts (a first message)', async () => {
    const out = json((await runCli(['triage', '--reply', 'our API returns 429', '--json'])).stdout);
    expect(out.facts).toMatchObject({ surface: 'api', symptom: 'api_429' });
    expect(out.verdict.branch).toBe('api_rate_limit');
  });
});

describe('chatgpt-500 triage, human output and usage', () => {
  it('prints a readable verdict without --json', async () => {
    const run = await runCli(['triage', '--facts', '{"surface":"web","symptom":"http_500","clean_browser":"fails","network":"office","other_network":"works"}']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Verdict:/);
    expect(run.stdout).toMatch(/Note for IT/);
    expect(run.stdout).toContain('chatgpt.com');
  });

  it('has --help', async () => {
    const run = await runCli(['triage', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/--facts/);
  });

  it('refuses an unknown flag with exit 2', async () => {
    const run = await runCli(['triage', '--fax', '{}']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('the real binary keeps the contract', async () => {
    const ok = await runBin(['triage', '--facts', '{"surface":"api","symptom":"api_429"}', '--json']);
    expect(ok.code).toBe(0);
    expect(json(ok.stdout).verdict.branch).toBe('api_rate_limit');
    const bad = await runBin(['triage', '--facts', '{"nope":1}', '--json']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});

describe('chatgpt-500 (top level)', () => {
  it('lists the commands on --help and refuses an unknown command', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/triage/);
    const unknown = await runCli(['frobnicate']);
    expect(unknown.code).toBe(2);
  });
});
