import { spawn } from 'node:child_process';
import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io.ts';
import { main } from '../../src/cli/main.ts';
import { startFakeStatusServer, type FakeStatusServer } from '../helpers/fake-status-server.ts';
import { FIXTURE_INCIDENT_ID, incidentioPartial, incidentioQuiet } from './status-payloads.ts';

const BIN = fileURLToPath(new URL('../../bin/chatgpt-500.js', import.meta.url));

/** The environment of a child: the parent's, minus every STATUS_* variable, plus the given ones. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('STATUS_')) env[k] = v;
  return { ...env, ...extra };
}

function runBin(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const killer = setTimeout(() => child.kill('SIGKILL'), 25_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

function memoryIo(env: Record<string, string>): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) => new Writable({ write: (chunk, _enc, done) => (append(String(chunk)), done()) });
  return {
    stdout: sink((s) => (out += s)),
    stderr: sink((s) => (err += s)),
    stdin: new PassThrough(),
    env,
    out: () => out,
    err: () => err,
  };
}

let server: FakeStatusServer;
let hanging: FakeStatusServer;
beforeAll(async () => {
  server = await startFakeStatusServer({ kind: 'json', body: incidentioPartial() });
  hanging = await startFakeStatusServer({ kind: 'hang' });
});
afterAll(async () => {
  await server.close();
  await hanging.close();
});

describe('chatgpt-500 status (in process)', () => {
  it('prints the live status for a person: headline, ChatGPT components, incidents with links, age', async () => {
    const io = memoryIo({ STATUS_URL: server.url });
    expect(await main(['status'], io)).toBe(0);
    const out = io.out();
    expect(out).toMatch(/^ChatGPT: live incident — Conversations, Login, .* are partially down\.\n/);
    expect(out).toContain('ChatGPT components:');
    expect(out).toMatch(/\n {2}Conversations +partial outage\n/);
    expect(out).not.toMatch(/\n {2}Chat Completions /); // an APIs component is not listed
    expect(out).toContain('• Elevated errors across ChatGPT and Codex [monitoring] — ChatGPT');
    expect(out).toContain('Last update (2026-09-03 15:17 UTC): We have applied the mitigation and are monitoring the recovery.');
    expect(out).toContain(`https://status.openai.com/incidents/${FIXTURE_INCIDENT_ID}`);
    expect(out).toMatch(new RegExp(`Read from ${server.url}/proxy/status\\.openai\\.com 0 s ago`));
    expect(io.err()).toBe('');
  });

  it('says "operational" plainly when nothing is open', async () => {
    const quiet = await startFakeStatusServer({ kind: 'json', body: incidentioQuiet() });
    try {
      const io = memoryIo({ STATUS_URL: quiet.url });
      expect(await main(['status'], io)).toBe(0);
      expect(io.out()).toMatch(/^ChatGPT: operational — no open incident on the status page\.\n/);
      expect(io.out()).toMatch(/\n {2}Login +operational\n/);
    } finally {
      await quiet.close();
    }
  });

  it('--help prints the usage and exits 0', async () => {
    const io = memoryIo({});
    expect(await main(['status', '--help'], io)).toBe(0);
    expect(io.out()).toContain('Usage: chatgpt-500 status [--json]');
  });

  it('a bad flag or an argument is a usage error: one line, exit 2, nothing read', async () => {
    const before = server.requests.length;
    for (const args of [['status', '--jsn'], ['status', 'now'], ['status', '--json=yes']]) {
      const io = memoryIo({ STATUS_URL: server.url });
      expect(await main(args, io)).toBe(2);
      expect(io.err()).toMatch(/^chatgpt-500: status: [^\n]+\n$/);
      expect(io.out()).toBe('');
    }
    expect(server.requests.length).toBe(before);
  });

  it('a bad STATUS_PROVIDER is a configuration error (exit 78)', async () => {
    const io = memoryIo({ STATUS_URL: server.url, STATUS_PROVIDER: 'pagerduty' });
    expect(await main(['status', '--json'], io)).toBe(78);
    expect(io.err()).toContain('STATUS_PROVIDER');
  });
});

// Concurrent: two of these wait for the real deadlines (10 s each).
describe.concurrent('chatgpt-500 status (the real command, as a child process)', () => {
  it('--json prints the normalized model with a top-level "status" holding the fact', async ({ expect }) => {
    const r = await runBin(['status', '--json'], { STATUS_URL: server.url });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    type Out = Record<string, unknown> & { components: { id: string; group: string | null }[]; incidents: { url: string; affectedComponents: unknown[] }[]; chatgpt: { components: string[] } };
    const json = JSON.parse(r.stdout) as Out;
    expect(Object.keys(json)[0]).toBe('status');
    expect(json['status']).toBe('chatgpt_incident');
    expect(json['provider']).toBe('incidentio');
    expect(json.chatgpt.components).toEqual(expect.arrayContaining(['Conversations', 'Login']));
    expect(json['stale']).toBe(false);
    expect(json['ageSeconds']).toBe(0);
    expect(json.components).toHaveLength(34);
    expect(json.incidents[0]!.url).toBe(`https://status.openai.com/incidents/${FIXTURE_INCIDENT_ID}`);
    expect(json.incidents[0]!.affectedComponents.length).toBeGreaterThan(0);
  });

  it('a server that never answers: status "unknown" with the reason, exit 0, at the configured deadline', async ({ expect }) => {
    const r = await runBin(['status', '--json'], { STATUS_URL: hanging.url, STATUS_TIMEOUT_MS: '1500' });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(json['status']).toBe('unknown');
    expect(json['errorCode']).toBe('status.timeout');
    expect(String(json['reason'])).toContain('did not answer in full within 1500 ms');
    expect(r.ms).toBeLessThan(15_000);
  });

  it('a server that never answers, default settings: still done within 15 s', async ({ expect }) => {
    const r = await runBin(['status'], { STATUS_URL: hanging.url });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ChatGPT: status unknown — the status page could not be read: the status page did not answer in full within 10000 ms\.\n/);
    expect(r.ms).toBeLessThan(15_000);
  });

  it('caps a larger STATUS_TIMEOUT_MS so the command still ends within 15 s', async ({ expect }) => {
    const r = await runBin(['status', '--json'], { STATUS_URL: hanging.url, STATUS_TIMEOUT_MS: '60000' });
    expect(r.code).toBe(0);
    expect(String((JSON.parse(r.stdout) as Record<string, unknown>)['reason'])).toContain('within 10000 ms');
    expect(r.ms).toBeLessThan(15_000);
  });

  it('a bad flag exits 2 with one line on stderr', async ({ expect }) => {
    const r = await runBin(['status', '--verbose'], { STATUS_URL: server.url });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain("Unknown option '--verbose'");
  });
});
