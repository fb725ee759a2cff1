import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runInteractiveTriage } from '../../src/cli/run-interactive-triage.ts';
import { runBin, runCli } from '../helpers/run-cli.ts';

/**
 * Issue 13 item 5 in the interactive CLI: after a typed reply the terminal says how it was read
 * ("Got it: …") and typing "change" takes it back and asks again, also right after a verdict.
 */
const count = (text: string, part: string) => text.split(part).length - 1;

describe('chatgpt-500 triage (interactive): "Got it" and "change"', () => {
  it('says how a typed reply was read; "change" takes it back and asks the question again', async () => {
    const run = await runCli(['triage', '--offline'], {}, 'in chrome\nchange\n3\n');
    expect(run.stdout).toContain('Got it: it fails in a web browser. Not what you meant? Type "change" to answer again.');
    expect(run.stdout).toContain("OK, let's take that again.");
    expect(count(run.stdout, 'Where does ChatGPT fail for you?')).toBe(2);
    // The surface was taken back and answered again by number (the phone app): its symptom question follows.
    expect(run.stdout).toContain('"Unusual activity detected"');
    expect(run.code).toBe(1);
  });

  it('a verdict reached by a typed reply asks once whether it was read right; "change" goes back to the question', async () => {
    const run = await runCli(['triage', '--offline'], {}, 'web\n500\nyes it works in incognito\nchange\nno, it fails there too\n');
    expect(run.stdout).toMatch(/Verdict: .*\[browser\]/);
    expect(run.stdout).toContain('Got it: it works in a private window.');
    expect(run.stdout).toMatch(/1\) That's right\n\s+2\) Change/);
    expect(count(run.stdout, 'Does ChatGPT work in a private (incognito) window?')).toBe(2);
    expect(run.stdout).toContain('Which network are you on when it fails?');
  });

  it('"That\'s right" (or the input ending) after a verdict ends the triage with exit 0', async () => {
    expect((await runCli(['triage', '--offline'], {}, 'web\n500\nyes it works in incognito\n1\n')).code).toBe(0);
    expect((await runCli(['triage', '--offline'], {}, 'web\n500\nyes it works in incognito\n')).code).toBe(0);
    // Answers by number read nothing: no "Got it", no extra question after the verdict.
    const clicked = await runCli(['triage', '--offline'], {}, '1\n1\n1\n');
    expect(clicked.stdout).not.toContain('Got it');
    expect(clicked.stdout).toMatch(/Verdict: .*\[browser\]/);
    expect(clicked.code).toBe(0);
  });

  it('"change" with nothing read is just a reply (not understood)', async () => {
    const run = await runCli(['triage', '--offline'], {}, 'change\n');
    expect(run.stdout).toMatch(/couldn't tell what you meant/);
    expect(run.stdout).not.toContain("OK, let's take that again.");
  });

  it('speaks the reporter\'s language', async () => {
    const stdout = new PassThrough();
    let text = '';
    stdout.on('data', (c) => (text += String(c)));
    await runInteractiveTriage({ stdin: Readable.from(['web\nändern\n']), stdout, stderr: new PassThrough(), env: {} }, { offline: true, locale: 'de' });
    expect(text).toContain('Alles klar – der Fehler tritt im Webbrowser auf. Nicht so gemeint? Tippe „change“, um neu zu antworten.');
    expect(text).toContain('Gut, dann noch einmal.');
  });

  it('the real binary does the same', async () => {
    const run = await runBin(['triage', '--offline'], { input: 'web\n500\nyes it works in incognito\n2\n' });
    expect(run.stdout).toContain('Got it: it works in a private window.');
    expect(run.stdout).toContain("OK, let's take that again.");
    expect(run.code).toBe(1);
  });
});
