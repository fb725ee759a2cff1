import { describe, expect, it } from 'vitest';
import { EVIDENCE_LABELS } from '../../src/triage/verdicts/build-evidence.ts';
import { runBin, runCli } from '../helpers/run-cli.ts';

/** Issue 14 item 1: `chatgpt-500 report` (child process) and the offer after an interactive verdict. */
const API_500 = JSON.stringify({ surface: 'api', symptom: 'api_500' });
const WEB_ESCALATE = JSON.stringify({ surface: 'web', symptom: 'http_500', clean_browser: 'fails', other_network: 'fails', api_health: 'fails' });

describe('chatgpt-500 report (the binary)', () => {
  it('prints the report as text, and as {text, json} with --json', async () => {
    const details = JSON.stringify({ requestIds: ['req_42abc'], model: 'gpt-4o', endpoint: '/v1/chat/completions' });
    const input = JSON.stringify({ failingPercent: 20, errorPayload: '{"error":{"type":"server_error"}}', org: 'org-Zx81kq2' });
    const text = await runBin(['report', '--facts', API_500, '--details', details, '--input', input]);
    expect(text.code).toBe(0);
    expect(text.stderr).toBe('');
    expect(text.stdout.startsWith('Support report: OpenAI API\n')).toBe(true);
    expect(text.stdout).toContain('Org ID: org-Zx81kq2');
    expect(text.stdout).toContain('Model: gpt-4o');
    expect(text.stdout).toContain('Status code: 500');
    expect(text.stdout).toContain('Failing requests (approx.): 20%');
    expect(text.stdout).toContain('- Conversation URL or request ID: done (Request ID: req_42abc)');

    const json = await runBin(['report', '--facts', WEB_ESCALATE, '--json', '--locale', 'es']);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout) as { text: string; json: { kind: string; branch: string; calledFor: boolean; evidence: { label: string; done: boolean }[] } };
    expect(parsed.json).toMatchObject({ kind: 'web', branch: 'escalate', calledFor: true });
    expect(parsed.json.evidence.map((e) => e.label)).toEqual([...EVIDENCE_LABELS]);
    expect(parsed.text.startsWith('Informe para soporte: ChatGPT (web o app)')).toBe(true);
    expect(parsed.text).toContain('- Reproduced on another network: hecho');
    expect(parsed.text).toContain('- HAR + console logs: falta');
  });

  it('exits 2 with one line naming the bad input', async () => {
    const cases: [string[], RegExp][] = [
      [['report'], /--facts is required/],
      [['report', '--facts', '{nope'], /--facts/],
      [['report', '--facts', '{"surface":"moon"}'], /--facts.*surface/],
      [['report', '--facts', API_500, '--input', '{"failingPercent":150}'], /--input failingPercent: must be between 0 and 100/],
      [['report', '--facts', API_500, '--details', '{"browsr":"x"}'], /--details browsr/],
      [['report', '--facts', API_500, '--locale', 'xx'], /xx/],
      [['report', '--facts', API_500, '--bogus'], /bogus/],
    ];
    for (const [args, pattern] of cases) {
      const run = await runBin(args);
      expect({ args, code: run.code }).toEqual({ args, code: 2 });
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(pattern);
    }
  });

  it('reads the HAR summary a conversation keeps (--details har)', async () => {
    const har = { entries: 12, redacted: 1, findings: [{ kind: 'server_error', host: 'chatgpt.com', path: '/backend-api/conversation', status: 500, detail: 'http_500', requestId: 'req_har_1' }], omitted: 0, reached: [], failed: [] };
    const run = await runCli(['report', '--facts', WEB_ESCALATE, '--details', JSON.stringify({ har })]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('What the HAR shows: Server error 500 from chatgpt.com/backend-api/conversation; x-request-id req_har_1');
    expect(run.stdout).toContain('- HAR + console logs: done');
  });

  it('--help shows the usage in the language asked for', async () => {
    const run = await runBin(['report', '--help', '--locale', 'de']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Aufruf: chatgpt-500 report --facts/);
  });
});

describe('chatgpt-500 triage (interactive): the support report after a verdict that calls for one', () => {
  it('offers it, asks for what the conversation could not fill, and prints it', async () => {
    // api_server; "1" confirms how the reply was read; then the offer and the fields, Enter skipping some.
    // Asked in form order: org, tier, model, endpoint, project, failing %, payload, request ids, summary, what I did (the status code and time come from the conversation).
    const lines = ['api, 500 error', '1', 'y', 'org-Qw12er34', 'scale', 'gpt-4o', '', '', '12.5 %', 'upstream connect error', 'req_1, req_2', '', ''];
    const run = await runCli(['triage', '--offline'], {}, `${lines.join('\n')}\n`);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('This verdict calls for a support report. Fill it in now? (y/n)');
    expect(run.stdout).toContain('--- Support report (copy into https://help.openai.com) ---\nSupport report: OpenAI API');
    expect(run.stdout).toContain('Org ID: org-Qw12er34');
    expect(run.stdout).toContain('Service tier: scale');
    expect(run.stdout).toContain('Model: gpt-4o');
    expect(run.stdout).toMatch(/Time range: failing at .+ UTC, when it was reported\n/);
    expect(run.stdout).toContain('Failing requests (approx.): 12.5%');
    expect(run.stdout).toContain('Error payload: upstream connect error');
    expect(run.stdout).toContain('- Conversation URL or request ID: done (Request ID: req_1, req_2)');
    expect(run.stdout).toContain('Endpoint: (not given)');
    // The report keeps the four labels; on the API the three browser ones are marked as not needed.
    for (const label of EVIDENCE_LABELS.slice(0, 3)) expect(run.stdout).toContain(`- ${label}: missing (Not needed for an API failure)`);
  });

  it('says what does not fit and skips it; "n" declines; a verdict that does not call for one offers nothing', async () => {
    const fits = await runCli(['triage', '--offline'], {}, 'api, 500 error\n1\ny\norg with spaces\n');
    expect(fits.stdout).toMatch(/org: must not contain spaces or control characters\. Skipped\./);
    expect(fits.stdout).toContain('Org ID: (not given)');

    const declined = await runCli(['triage', '--offline'], {}, 'api, 500 error\n1\nn\n');
    expect(declined.code).toBe(0);
    expect(declined.stdout).toContain('Fill it in now?');
    expect(declined.stdout).not.toContain('--- Support report');

    const browser = await runCli(['triage', '--offline'], {}, 'in chrome\n500\nworks in incognito\n1\n');
    expect(browser.stdout).toMatch(/\[browser\]/);
    expect(browser.stdout).not.toContain('Fill it in now?');
  });
});
