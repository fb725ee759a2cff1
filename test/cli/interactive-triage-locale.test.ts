import { describe, expect, it } from 'vitest';
import { startFakeStatusServer } from '../helpers/fake-status-server.ts';
import { runCli } from '../helpers/run-cli.ts';
import { incidentioPartial } from '../status/status-payloads.ts';

describe('chatgpt-500 triage --locale (interactive)', () => {
  it('asks, prompts and answers in French; choice numbers and values are the same as in English', async () => {
    const run = await runCli(['triage', '--offline', '--locale', 'fr-FR'], {}, 'blorp\n1\n1\n1\n');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('chatgpt-500 — voyons d’où vient votre « HTTP ERROR 500 ».');
    expect(run.stdout).toContain('Où ChatGPT échoue-t-il chez vous ?\n  1) Dans un navigateur web (chatgpt.com)\n');
    expect(run.stdout).toContain('Tapez un numéro ou répondez avec vos propres mots : ');
    expect(run.stdout).toContain('Désolé, je n’ai pas compris. Choisissez une option ou formulez-le autrement (en français, English, Deutsch ou Español).');
    expect(run.stdout).toContain('ChatGPT fonctionne-t-il dans une fenêtre de navigation privée ?');
    expect(run.stdout).toMatch(/Résultat : État du navigateur : ça fonctionne dans une fenêtre propre {2}\[browser\]/);
    expect(run.stdout).not.toMatch(/Where does|Verdict:|Type a number/);
  });

  it('explains how to test in German, and writes the live status line in German', async () => {
    const page = await startFakeStatusServer({ kind: 'json', body: incidentioPartial() });
    try {
      const run = await runCli(['triage', '--locale', 'de'], { STATUS_URL: page.url }, 'in the browser\n');
      expect(run.stdout).toContain('Live-Status von OpenAI wird geprüft …');
      expect(run.stdout).toMatch(/ChatGPT: .*\(Stand: gerade eben\)/);
      expect(run.stdout).toMatch(/Ergebnis: Ein aktueller ChatGPT-Ausfall: abwarten {2}\[outage\]/);
    } finally {
      await page.close();
    }
    const offline = await runCli(['triage', '--offline', '--locale', 'de'], {}, 'web\n500\nI have not tried that\n1\n');
    expect(offline.stdout).toContain('So testest du das: Öffne ein privates Fenster');
    expect(offline.stdout).toContain('[browser]');
  });

  it('an unsupported locale exits 2 before asking anything', async () => {
    const run = await runCli(['triage', '--locale', 'xx'], {}, '');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('chatgpt-500: unsupported locale "xx"; supported: en, de, es, fr\n');
  });
});
