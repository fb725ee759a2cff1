/**
 * HAR analysis and redaction of a large file: `npm run bench:har`.
 *
 * Generates a HAR of --mb megabytes (default 200) in a temporary directory, shaped like a long
 * ChatGPT session exported from Chrome: pages, conversation JSON, event streams, scripts, base64
 * images, one 6 MB body (cut to 4 MB), cookies and bearer tokens on every request, some failures and 5xx.
 * Then runs the real binary on it in a child process, as a person would
 * (`chatgpt-500 har FILE --json --redact-to OUT`, HAR_MAX_BYTES raised to fit), and reports the
 * wall time, throughput and the child's peak resident set (VmHWM, sampled from /proc every 20 ms)
 * against the 150 MB budget of issue 14. The directory is removed afterwards unless --keep.
 *
 *   --mb=N   size of the generated HAR in MB (default 200)
 *   --keep   keep the generated and the redacted HAR (their paths are printed)
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { procStats } from './proc-stats.ts';

const BUDGET_MB = 150;

const arg = (name: string, fallback: number): number => {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = found === undefined ? fallback : Number(found.slice(name.length + 3));
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive whole number`);
  return value;
};
const megabytes = arg('mb', 200);
const keep = process.argv.includes('--keep');
const BIN = fileURLToPath(new URL('../bin/chatgpt-500.js', import.meta.url));

/** Random text to slice bodies from, so the redaction's patterns scan realistic, varied text. */
const POOL = randomBytes(3 * 1024 * 1024).toString('base64');
let cursor = 0;
const text = (length: number): string => {
  if (cursor + length > POOL.length) cursor = 0;
  const out = POOL.slice(cursor, cursor + length);
  cursor += length + 17;
  return out;
};
const words = (length: number): string => {
  const out: string[] = [];
  let size = 0;
  while (size < length) {
    const w = text(3 + (size % 9)).replace(/[+/=]/g, 'e');
    out.push(w);
    size += w.length + 1;
  }
  return out.join(' ');
};

const headers = (record: Record<string, string>) => Object.entries(record).map(([name, value]) => ({ name, value }));

function entry(i: number): Record<string, unknown> {
  const kind = i % 10;
  const session = `eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.${text(40)}.${text(300)}`;
  const request = {
    method: kind === 1 ? 'POST' : 'GET',
    url: '',
    httpVersion: 'http/2.0',
    headers: headers({
      ':authority': 'chatgpt.com',
      accept: '*/*',
      'accept-language': 'en-US,en;q=0.9',
      authorization: `Bearer ${session}`,
      cookie: `__Secure-next-auth.session-token=${session}; oai-did=${text(36)}; __cf_bm=${text(120)}; _cfuvid=${text(40)}`,
      'oai-device-id': text(36),
      'oai-language': 'en-US',
      referer: 'https://chatgpt.com/',
      'sec-ch-ua': '"Chromium";v="131", "Not_A Brand";v="24"',
      'sec-fetch-dest': kind === 0 ? 'document' : 'empty',
      'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    }),
    queryString: [] as unknown[],
    cookies: [
      { name: '__Secure-next-auth.session-token', value: session },
      { name: 'oai-did', value: text(36) },
    ],
    headersSize: -1,
    bodySize: 0,
  } as Record<string, unknown>;
  let status = 200;
  let mimeType = 'application/json';
  let body: string | undefined;
  let encoding: string | undefined;
  let error: string | null = null;
  let url: string;
  switch (kind) {
    case 0:
      url = `https://chatgpt.com/c/${text(36)}`;
      mimeType = 'text/html';
      body = `<!DOCTYPE html><html><head><title>ChatGPT</title></head><body><script>window.__remixContext = {"accessToken":"${session}"};</script>${words(60_000)}</body></html>`;
      break;
    case 1:
      url = 'https://chatgpt.com/backend-api/f/conversation';
      request.postData = { mimeType: 'application/json', text: JSON.stringify({ action: 'next', messages: [{ content: { parts: [words(2000)] } }], model: 'auto', conversation_id: text(36) }) };
      mimeType = 'text/event-stream';
      body = Array.from({ length: 120 }, () => `data: ${JSON.stringify({ v: words(120) })}\n\n`).join('') + 'data: [DONE]\n\n';
      status = i % 500 === 1 ? 502 : 200;
      break;
    case 2:
      url = `https://chatgpt.com/backend-api/conversation/${text(36)}?token=${text(24)}`;
      body = JSON.stringify({ title: words(40), mapping: Object.fromEntries(Array.from({ length: 40 }, (_, n) => [`node-${n}`, { message: { content: { parts: [words(600)] } } }])) });
      break;
    case 3:
    case 4:
      url = `https://cdn.oaistatic.com/assets/${text(12)}.js`;
      mimeType = 'application/javascript';
      body = `!function(){var e=${JSON.stringify(words(40_000))};}();`;
      break;
    case 5:
      url = `https://cdn.oaistatic.com/assets/${text(12)}.webp`;
      mimeType = 'image/webp';
      body = text(60_000);
      encoding = 'base64';
      break;
    case 6:
      url = 'https://www.google-analytics.com/g/collect';
      status = 0;
      mimeType = 'x-unknown';
      error = 'net::ERR_BLOCKED_BY_CLIENT';
      break;
    case 7:
      url = `https://files.oaiusercontent.com/file-${text(20)}?se=2026-11-30&sig=${text(44)}`;
      mimeType = 'image/png';
      body = i === 7 ? text(3_000_000) + text(3_000_000) : text(30_000);
      encoding = 'base64';
      break;
    default:
      url = 'https://ab.chatgpt.com/v1/rgstr';
      request.postData = { mimeType: 'application/json', text: JSON.stringify({ events: Array.from({ length: 20 }, () => ({ eventName: 'statsig::diagnostics', value: words(60) })), statsigMetadata: { sdkKey: `client-${text(40)}` } }) };
      body = '{"success":true}';
  }
  request.url = url;
  return {
    _resourceType: kind === 0 ? 'document' : kind === 3 || kind === 4 ? 'script' : 'fetch',
    cache: {},
    pageref: 'page_1',
    request,
    response: {
      status,
      statusText: '',
      httpVersion: 'http/2.0',
      headers: headers({ 'content-type': mimeType, 'cf-ray': `${text(16)}-FRA`, 'x-request-id': `req_${text(20)}`, 'set-cookie': `__cf_bm=${text(100)}; path=/; HttpOnly`, server: 'cloudflare' }),
      cookies: [{ name: '__cf_bm', value: text(100) }],
      content: { size: body?.length ?? 0, mimeType, ...(body !== undefined ? { text: body } : {}), ...(encoding ? { encoding } : {}) },
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
      _error: error,
    },
    serverIPAddress: '104.18.32.47',
    startedDateTime: new Date(Date.UTC(2026, 10, 30, 9, 0, 0) + i * 250).toISOString(),
    time: 120,
    timings: { blocked: 1, dns: -1, ssl: -1, connect: -1, send: 0.2, wait: 100, receive: 18 },
  };
}

async function generate(path: string, bytes: number): Promise<number> {
  const out = createWriteStream(path);
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  await write('{"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},"pages":[{"startedDateTime":"2026-11-30T09:00:00.000Z","id":"page_1","title":"https://chatgpt.com/","pageTimings":{}}],"entries":[\n');
  let written = 0;
  let i = 0;
  while (written < bytes) {
    const chunk = `${i === 0 ? '' : ',\n'}${JSON.stringify(entry(i), null, 1)}`;
    written += Buffer.byteLength(chunk);
    await write(chunk);
    i++;
  }
  await write('\n]}}\n');
  out.end();
  await once(out, 'finish');
  return i;
}

const dir = await mkdtemp(join(tmpdir(), 'bench-har-'));
try {
  const input = join(dir, 'session.har');
  const output = join(dir, 'session.redacted.har');
  const t0 = Date.now();
  const count = await generate(input, megabytes * 1024 * 1024);
  const size = (await stat(input)).size;
  console.log(`generated ${input}: ${(size / 1024 / 1024).toFixed(1)} MB, ${count} entries, in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  // Builds dist/ when stale, outside the measurement.
  spawnSync(process.execPath, [BIN, '--version'], { stdio: 'ignore' });

  const started = Date.now();
  const child = spawn(process.execPath, [BIN, 'har', input, '--json', '--redact-to', output], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, HAR_MAX_BYTES: String(size + 1024) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let peakMb = 0;
  const sample = () => {
    const s = procStats(child.pid);
    if (s) peakMb = Math.max(peakMb, s.peakRssMb, s.rssMb);
  };
  const timer = setInterval(sample, 20);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += String(c)));
  child.stderr.on('data', (c) => (stderr += String(c)));
  const [code] = (await once(child, 'close')) as [number | null];
  clearInterval(timer);
  const seconds = (Date.now() - started) / 1000;
  if (code !== 0) throw new Error(`chatgpt-500 har exited ${code}: ${stderr.trim()}`);
  const report = JSON.parse(stdout) as { entries: number; findings: unknown[]; redacted: number; omitted: number; shortened: number };
  const redactedSize = (await stat(output)).size;
  console.log(`analysed + redacted in ${seconds.toFixed(1)} s (${(size / 1024 / 1024 / seconds).toFixed(1)} MB/s): ${report.entries} entries, ${report.findings.length + report.omitted} findings, ${report.redacted} values redacted, ${report.shortened} over 4 MB shortened, redacted HAR ${(redactedSize / 1024 / 1024).toFixed(1)} MB`);
  console.log(`peak RSS of the child: ${peakMb.toFixed(1)} MB (budget ${BUDGET_MB} MB: ${peakMb <= BUDGET_MB ? 'within' : 'OVER'})`);
  if (keep) console.log(`kept: ${input} and ${output}`);
  if (peakMb > BUDGET_MB) process.exitCode = 1;
} finally {
  if (!keep) await rm(dir, { recursive: true, force: true });
}
