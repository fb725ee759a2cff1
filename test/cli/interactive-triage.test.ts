import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { startFakeStatusServer } from '../helpers/fake-status-server.ts';
import { runCli } from '../helpers/run-cli.ts';
import { incidentioPartial, incidentioQuiet } from '../status/status-payloads.ts';

/** A stdin that claims to be a TTY, so the arrow-key prompt runs; keys are written as raw bytes. */
function fakeTty() {
  const stream = new PassThrough() as PassThrough & { isTTY: boolean; setRawMode: (on: boolean) => void; rawModes: boolean[] };
  stream.isTTY = true;
  stream.rawModes = [];
  stream.setRawMode = (on: boolean) => void stream.rawModes.push(on);
  return stream;
}

const DOWN = '\x1b[B';
const ENTER = '\r';

describe('chatgpt-500 triage (interactive)', () => {
  it('runs a whole conversation from piped lines: numbers and free text', async () => {
    const run = await runCli(['triage', '--offline'], {}, 'in chrome\n500\nworks in incognito\n');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/private \(incognito\)|incognito|private/i);
    expect(run.stdout).toMatch(/Verdict: .*\[browser\]/);
  });

  it('asks again when a reply is not understood, then accepts a choice number', async () => {
    const run = await runCli(['triage', '--offline'], {}, 'blorp\nthe api\n3\n');
    expect(run.stdout).toMatch(/couldn't tell what you meant/);
    // surface api, then the third API symptom choice.
    expect(run.stdout).toMatch(/Verdict: .*\[(api_server|api_rate_limit|escalate)\]/);
  });

  it('explains how to test when the answer is "not tried"', async () => {
    const run = await runCli(['triage', '--offline'], {}, 'web\nerror 500\nI have not tried that\nyes it works there\n');
    expect(run.stdout).toMatch(/How to test this:/);
    expect(run.stdout).toMatch(/\[browser\]/);
  });

  it('reports that input ended before a verdict (exit 1)', async () => {
    const run = await runCli(['triage', '--offline'], {}, 'web\n');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Input ended/);
  });

  it('on a terminal: arrow keys move the highlight, Enter picks, typed text is a reply, Ctrl+C cancels', async () => {
    const stdin = fakeTty();
    const out = new PassThrough();
    let screen = '';
    out.on('data', (c) => (screen += String(c)));
    const done = main(['triage', '--offline'], { stdin, stdout: out, stderr: new PassThrough(), env: {} });
    const waitFor = async (pattern: RegExp) => {
      for (let i = 0; i < 200 && !pattern.test(screen); i++) await new Promise((r) => setTimeout(r, 10));
      expect(screen).toMatch(pattern);
    };
    await waitFor(/↑\/↓/);
    // The first question is the surface; pick the highlighted first choice after moving down and up again.
    stdin.write(DOWN);
    stdin.write('\x1b[A');
    stdin.write(ENTER);
    await waitFor(/\n[^\n]*(symptom|error|see)/i);
    for (const ch of 'http 500') stdin.write(ch);
    stdin.write(ENTER);
    await waitFor(/incognito|private/i);
    stdin.write('\x03');
    expect(await done).toBe(130);
    expect(screen).toMatch(/Cancelled/);
    expect(stdin.rawModes.at(-1)).toBe(false);
  });

  it('reads the live status first: a ChatGPT incident on the page makes a web failure the outage path', async () => {
    const page = await startFakeStatusServer({ kind: 'json', body: incidentioPartial() });
    try {
      const run = await runCli(['triage'], { STATUS_URL: page.url }, 'in the browser\n');
      expect(page.requests.length).toBe(1);
      expect(run.stdout).toMatch(/ChatGPT: .*\(as of just now\)/);
      expect(run.stdout).toMatch(/Verdict: .*\[outage\]/);
    } finally {
      await page.close();
    }
  });

  it('says plainly when the status could not be read, and goes on triaging', async () => {
    const page = await startFakeStatusServer({ kind: 'status', status: 503 });
    try {
      const run = await runCli(['triage'], { STATUS_URL: page.url }, 'web\n500\nworks in a private window\n');
      expect(run.stdout).toMatch(/status: unknown/i);
      expect(run.stdout).toMatch(/\[browser\]/);
    } finally {
      await page.close();
    }
  });

  it('a quiet page does not end the triage early', async () => {
    const page = await startFakeStatusServer({ kind: 'json', body: incidentioQuiet() });
    try {
      const run = await runCli(['triage'], { STATUS_URL: page.url }, 'web\n');
      expect(run.stdout).toMatch(/no incident on the status page/);
      expect(run.code).toBe(1);
    } finally {
      await page.close();
    }
  });
});
