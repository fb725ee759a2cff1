import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeOption, terminalLocale } from '../../src/cli/locale-option.ts';
import { runBin, runCli } from '../helpers/run-cli.ts';

/**
 * Every CLI text in the language chosen by --locale, else the terminal's (LC_ALL, LC_MESSAGES,
 * LANG: the first one set), else DEFAULT_LOCALE (DESK_LOCALE for incidents and outbox).
 */
describe('the language of the CLI', () => {
  it('precedence: --locale, then LC_ALL, LC_MESSAGES, LANG (the first set decides), then the fallback', () => {
    expect(localeOption('de-DE', { LANG: 'fr_FR.UTF-8' }, 'es')).toBe('de');
    expect(localeOption(undefined, { LANG: 'fr_FR.UTF-8' }, 'es')).toBe('fr');
    expect(localeOption(undefined, { LC_MESSAGES: 'de_AT.UTF-8', LANG: 'fr_FR.UTF-8' }, 'en')).toBe('de');
    expect(localeOption(undefined, { LC_ALL: 'es_ES.UTF-8', LC_MESSAGES: 'de_DE', LANG: 'fr_FR' }, 'en')).toBe('es');
    // A set variable naming a language the bot does not speak (C, ja) means the fallback, as gettext would.
    expect(localeOption(undefined, { LC_ALL: 'C', LANG: 'de_DE.UTF-8' }, 'fr')).toBe('fr');
    expect(localeOption(undefined, { LANG: 'ja_JP.UTF-8' }, 'es')).toBe('es');
    expect(localeOption(undefined, { LC_ALL: '', LANG: 'de_DE.UTF-8' }, 'en')).toBe('de');
    expect(localeOption(undefined, {}, 'fr')).toBe('fr');
    expect(terminalLocale({ LANG: 'C.UTF-8' })).toBeUndefined();
    expect(() => localeOption('pt', { LANG: 'de_DE.UTF-8' }, 'en')).toThrow('nicht unterstützte Sprache „pt“; unterstützt: en, de, es, fr');
  });

  it('the real binary: chatgpt-500 --help --locale de lists the commands in German; exit codes unchanged', async () => {
    const de = await runBin(['--help', '--locale', 'de']);
    expect(de.code).toBe(0);
    expect(de.stdout).toMatch(/^chatgpt-500 — Meldungen zu ChatGPT-„HTTP ERROR 500“ eingrenzen\n\nAufruf: chatgpt-500 <befehl> \[optionen\]\n\nBefehle:\n/);
    expect(de.stdout).toMatch(/\n {2}outbox {8}den Postausgang zeigen: /);
    expect(de.stdout).toMatch(/\n {2}teams-package das App-Paket \(zip\)/);
    expect(de.stdout).not.toMatch(/analyse a HAR file|Commands:/);
    const bare = await runBin(['--locale', 'fr']);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/^chatgpt-500 — diagnostic des signalements/);
    const unsupported = await runBin(['--help', '--locale', 'pt']);
    expect(unsupported).toMatchObject({ code: 2, stdout: '', stderr: 'chatgpt-500: unsupported locale "pt"; supported: en, de, es, fr\n' });
  });

  it('the real binary: LANG chooses the language without --locale; --locale beats it; LC_ALL=C falls back to DEFAULT_LOCALE', async () => {
    const es = await runBin(['status', '--help'], { env: { LANG: 'es_ES.UTF-8' } });
    expect(es.code).toBe(0);
    expect(es.stdout).toMatch(/^Uso: chatgpt-500 status \[--json\] \[--locale <tag>\]\n/);
    expect(es.stdout).toContain('--locale    el idioma del texto: en, de, es, fr');
    const asked = await runBin(['status', '--help', '--locale', 'fr'], { env: { LANG: 'es_ES.UTF-8' } });
    expect(asked.stdout).toMatch(/^Utilisation : chatgpt-500 status/);
    const c = await runBin(['triage', '--help'], { env: { LC_ALL: 'C', LANG: 'es_ES.UTF-8', DEFAULT_LOCALE: 'de' } });
    expect(c.stdout).toMatch(/^Aufruf:\n {2}chatgpt-500 triage/);
    const unknown = await runBin(['frobnicate'], { env: { LANG: 'de_DE.UTF-8' } });
    expect(unknown).toMatchObject({ code: 2, stderr: 'chatgpt-500: unbekannter Befehl „frobnicate“. Befehle: start, triage, status, incidents, outbox, har, report, teams-package.\n' });
  });

  it('every --help in the language asked for', async () => {
    const helps: [string[], RegExp][] = [
      [['triage', '--help', '--locale', 'de'], /^Aufruf:\n/],
      [['status', '--help', '--locale', 'de'], /^Aufruf: chatgpt-500 status/],
      [['incidents', '--help', '--locale', 'es'], /^Uso: chatgpt-500 incidents \[--recent\] \[--json\] \[--url <dirección del bot en marcha>\]/],
      [['outbox', '--help', '--locale', 'fr'], /^Utilisation : chatgpt-500 outbox/],
      [['har', '--help', '--locale', 'de'], /^Aufruf: chatgpt-500 har DATEI/],
      [['report', '--help', '--locale', 'es'], /^Uso: chatgpt-500 report/],
      [['start', '--help', '--locale', 'fr'], /^Utilisation : chatgpt-500 start\n/],
      [['teams-package', '--help', '--locale', 'de'], /^Aufruf: chatgpt-500 teams-package --app-id <guid> --domain <host>/],
    ];
    for (const [args, expected] of helps) {
      const run = await runBin(args);
      expect({ args, code: run.code, stderr: run.stderr }).toEqual({ args, code: 0, stderr: '' });
      expect(run.stdout, args.join(' ')).toMatch(expected);
    }
  }, 60_000);

  it('usage errors are one line in the language asked for, with the same exit codes', async () => {
    const cases: [string[], Record<string, string>, string | RegExp][] = [
      [['triage', '--bogus', '--locale', 'de'], {}, "chatgpt-500: Unbekannte Option „--bogus“\n"],
      [['triage', '--facts'], { LANG: 'fr_FR.UTF-8' }, 'chatgpt-500: L’option « --facts » attend une valeur\n'],
      [['status', '--json=1', '--locale', 'es'], {}, `chatgpt-500: status: La opción '--json' no admite valor (ver "chatgpt-500 status --help")\n`],
      [['har', '--locale', 'fr'], {}, 'chatgpt-500: har : FICHIER manquant (voir « chatgpt-500 har --help »)\n'],
      [['har', 'a.har', 'b.har'], { LANG: 'de_DE.UTF-8' }, /^chatgpt-500: har: genau eine DATEI angeben/],
      [['report', '--locale', 'de'], {}, /^chatgpt-500: report: --facts ist erforderlich/],
      [['incidents', '--url', 'ftp://x', '--locale', 'es'], {}, 'chatgpt-500: --url debe ser la dirección http(s) del bot, p. ej. http://localhost:3000 (recibido: "ftp://x")\n'],
      [['triage', '--facts', '{}', '--locale', 'xx'], { LANG: 'es_ES.UTF-8' }, 'chatgpt-500: idioma no admitido "xx"; admitidos: en, de, es, fr\n'],
      [['triage', '--facts', '{"colour":"red"}', '--locale', 'de'], {}, /^chatgpt-500 triage: unbekannter Fakt „colour“ \(bekannte Fakten: status, crowd, surface, /],
      [['triage', '--facts', '{"surface":"web","symptom":"api_500"}', '--json'], { LANG: 'fr_FR.UTF-8' }, /^chatgpt-500 triage: symptom « api_500 » ne s’applique pas à surface « web » \(attendu : l’une de http_500,/],
      [['triage', '--facts', '{"surface":"tv"}'], {}, 'chatgpt-500 triage: unknown value "tv" for fact "surface" (expected one of: web, desktop, mobile, api)\n'],
      [['triage', '--facts', '[]', '--locale', 'es'], {}, 'chatgpt-500 triage: los datos deben ser un objeto JSON como {"surface":"web"}\n'],
      [['report', '--facts', '{"crowd":1}', '--locale', 'de'], {}, /^chatgpt-500: .*der Fakt „crowd“ muss ein String sein \(einer von: /],
    ];
    for (const [args, env, expected] of cases) {
      const run = await runCli(args, env);
      expect({ args, code: run.code, stdout: run.stdout }).toEqual({ args, code: 2, stdout: '' });
      if (typeof expected === 'string') expect(run.stderr).toBe(expected);
      else expect(run.stderr).toMatch(expected);
    }
  });

  it('a configuration error says so in the terminal language (exit 78)', async () => {
    const run = await runCli(['status'], { LANG: 'de_DE.UTF-8', STATUS_PROVIDER: 'nope' });
    expect(run.code).toBe(78);
    expect(run.stderr).toMatch(/^chatgpt-500: Konfigurationsfehler: STATUS_PROVIDER/);
  });

  it('the real binary: teams-package says what it wrote, and what is wrong, in the language asked for', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'h10-teams-'));
    try {
      const out = join(dir, 'app.zip');
      const appId = '1f2e3d4c-0000-4000-8000-123456789abc';
      const wrote = await runBin(['teams-package', '--app-id', appId, '--domain', 'bot.example.com', '--out', out, '--locale', 'fr']);
      expect(wrote).toMatchObject({ code: 0, stderr: '', stdout: `${out} écrit (bot ${appId}, https://bot.example.com/api/messages) : téléversez-le dans Teams, voir « Install in Teams » dans README.md\n` });
      expect(statSync(out).size).toBeGreaterThan(0);
      const port = await runBin(['teams-package', '--app-id', appId, '--domain', 'bot.example.com:8443'], { env: { LANG: 'de_DE.UTF-8' } });
      expect(port).toMatchObject({
        code: 2,
        stdout: '',
        stderr: 'chatgpt-500: teams-package: --domain nimmt nur den Hostnamen, ohne Port: Teams erreicht den Bot über https auf Port 443 (z. B. --domain chatgpt-500.example.com)\n',
      });
      const missing = await runBin(['teams-package', '--locale', 'es']);
      expect(missing).toMatchObject({ code: 2, stderr: 'chatgpt-500: teams-package: --app-id es obligatorio: el Microsoft App ID del Azure Bot (ver "chatgpt-500 teams-package --help")\n' });
      const unsupported = await runBin(['teams-package', '--help', '--locale', 'pt']);
      expect(unsupported).toMatchObject({ code: 2, stdout: '', stderr: 'chatgpt-500: unsupported locale "pt"; supported: en, de, es, fr\n' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
