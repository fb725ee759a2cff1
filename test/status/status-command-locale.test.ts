import { expect, it } from 'vitest';
import { startFakeStatusServer } from '../helpers/fake-status-server.ts';
import { runCli } from '../helpers/run-cli.ts';
import { incidentioPartial } from './status-payloads.ts';

it('chatgpt-500 status --locale es (or DEFAULT_LOCALE) writes the reading in Spanish; an unsupported one exits 2', async () => {
  const page = await startFakeStatusServer({ kind: 'json', body: incidentioPartial() });
  try {
    const run = await runCli(['status', '--locale', 'es-MX'], { STATUS_URL: page.url });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ChatGPT: incidencia en curso — Conversations, Login, .* están parcialmente caídos\.\n/);
    expect(run.stdout).toContain('Componentes de ChatGPT:');
    expect(run.stdout).toMatch(/\n {2}Conversations +caída parcial\n/);
    expect(run.stdout).toContain('Incidencias abiertas:');
    expect(run.stdout).toMatch(/Leído de \S+ hace 0 s \(/);
    const byDefault = await runCli(['status'], { STATUS_URL: page.url, DEFAULT_LOCALE: 'fr' });
    expect(byDefault.stdout).toMatch(/^ChatGPT : incident en cours — /);
    const bad = await runCli(['status', '--locale', 'pt'], { STATUS_URL: page.url });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('chatgpt-500: unsupported locale "pt"; supported: en, de, es, fr\n');
  } finally {
    await page.close();
  }
});
