import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import type { AppProcess } from './app-process.ts';
import { REPORT_TEXTS, userId, waitForTurns, type BenchContext } from './bench-context.ts';
import type { QuestionMessage } from './fake-slack-child.ts';
import { slackLoad } from './slack-load.ts';
import { unquoteMonitorArg } from './unquote-monitor-arg.ts';

/** One command as MONITOR printed it. */
interface Seen {
  /** Redis's clock, ms. */
  at: number;
  args: string[];
  source: string;
}

/** Per kind of turn: medians and means over the measured turns. */
export interface TurnCount {
  kind: 'slash command (start)' | 'button answer';
  turns: number;
  /** Commands from the app between the request and its ack (MULTI…EXEC counts once, a script call once). */
  beforeAck: { median: number; mean: number };
  /** The same from the request until the next message was at the fake (+ 50 ms): includes the delivery. */
  wholeTurn: { median: number; mean: number };
  /** Script calls (EVALSHA / EVAL / FCALL) per whole turn by script, means. */
  scripts: Record<string, number>;
  /** Aggregation-script calls per turn: before the ack, whole turn (means). */
  aggregation: { beforeAck: number; wholeTurn: number };
  /** The most frequent commands in a whole turn (means). */
  topCommands: [string, number][];
  /** What was seen before the ack (means; a script call by its label), post-ack commands that land before the client reads the answer included. */
  beforeCommands: [string, number][];
}

export interface RoundTrips {
  counts: TurnCount[];
  /** Commands per second from the app while nobody talked to it (background: outbox polling, status). */
  idlePerSecond: number;
  /** Starts whose question had no answer button at the fake (no answer turn measured for them). */
  withoutQuestion: number;
}

const SCRIPT_CALLS = new Set(['evalsha', 'eval', 'evalsha_ro', 'eval_ro', 'fcall', 'fcall_ro']);

/**
 * A name for a script body, from what it contains (the outbox helpers are prepended to several
 * scripts, so their comments say nothing): "aggregation" for the incidents script, else a few known
 * ones, else its sha and first line of code.
 */
function scriptLabel(body: string, sha: string): string {
  if (/Aggregation script|local function record\(/.test(body)) return 'aggregation';
  if (/The outbox's operations/.test(body)) return 'outbox ops';
  if (/The outbox: a delivery's step/.test(body)) return 'outbox step';
  if (/':cv:'/.test(body)) return 'conversation save';
  if (/SISMEMBER/.test(body) && /SCARD/.test(body)) return 'admission';
  if (/^local current = redis\.call\('GET', KEYS\[1\]\)/m.test(body) && /PEXPIRE/.test(body)) return 'thread bind';
  const code = body.split('\n').find((line) => line.trim() && !line.trim().startsWith('--') && !/^local (function|[A-Z_]+ =)/.test(line.trim()));
  return `script ${sha.slice(0, 8)} (${(code ?? '').trim().slice(0, 40).replace(/\|/g, '/')})`;
}

/** Counts the app's Redis commands in [from, to] (ms, Date.now clock). */
function count(seen: Seen[], from: number, to: number, labels: Map<string, string>, exclude: string) {
  let commands = 0;
  const scripts: Record<string, number> = {};
  const byCommand: Record<string, number> = {};
  const named: Record<string, number> = {};
  const inMulti = new Set<string>();
  for (const s of seen) {
    if (s.at < from || s.at > to || s.source === 'lua' || s.source === exclude) continue;
    const name = (s.args[0] ?? '').toLowerCase();
    if (inMulti.has(s.source)) {
      if (name === 'exec' || name === 'discard') inMulti.delete(s.source);
      continue;
    }
    if (name === 'multi') inMulti.add(s.source);
    commands++;
    byCommand[name] = (byCommand[name] ?? 0) + 1;
    let label = name;
    if (SCRIPT_CALLS.has(name)) {
      const ref = s.args[1] ?? '';
      label = name.startsWith('fcall') ? `function ${ref}` : (labels.get(ref) ?? `script ${ref.slice(0, 8)}`);
      scripts[label] = (scripts[label] ?? 0) + 1;
    }
    named[label] = (named[label] ?? 0) + 1;
  }
  return { commands, scripts, byCommand, named };
}

/** Mean count per name over the windows, most frequent first. */
function meanCounts(windows: Record<string, number>[]): [string, number][] {
  const sum: Record<string, number> = {};
  for (const w of windows) for (const [k, v] of Object.entries(w)) sum[k] = (sum[k] ?? 0) + v;
  return Object.entries(sum)
    .map(([k, v]): [string, number] => [k, v / windows.length])
    .sort((a, b) => b[1] - a[1]);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
};
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

function blockActions(user: string, q: Required<QuestionMessage>): string {
  const { message, button } = q;
  const payload = {
    type: 'block_actions',
    user: { id: user, team_id: 'T0BENCH', name: user.toLowerCase() },
    team: { id: 'T0BENCH' },
    api_app_id: 'A0BENCH',
    container: { type: 'message', message_ts: message.ts, channel_id: message.channel, is_ephemeral: false, ...(message.threadTs ? { thread_ts: message.threadTs } : {}) },
    channel: { id: message.channel },
    message: { type: 'message', ts: message.ts, text: message.text, blocks: message.blocks, ...(message.threadTs ? { thread_ts: message.threadTs } : {}) },
    actions: [{ type: 'button', action_id: button.action_id, block_id: button.blockId, value: button.value, text: { type: 'plain_text', text: button.text.text }, action_ts: `${Date.now() / 1000}` }],
    trigger_id: `${Date.now()}.${user}.click`,
    response_url: 'https://hooks.slack.com/actions/T0BENCH/1/x',
  };
  return `payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/**
 * Redis commands per turn, counted with MONITOR on a running bot: `turns` slash commands and as many
 * button answers, one at a time, each after the previous turn's message reached the fake Slack API.
 * The scripts are flushed first, so each script's first call shows its body (EVAL) and can be named.
 */
export async function roundTrips(ctx: BenchContext, ours: AppProcess, turns: number): Promise<RoundTrips> {
  const admin = new Redis(ctx.redisUrl, { lazyConnect: true });
  await admin.connect();
  const exclude = `127.0.0.1:${admin.stream.localPort ?? 0}`;
  const watcher = new Redis(ctx.redisUrl);
  const monitor = await watcher.monitor();
  const seen: Seen[] = [];
  const labels = new Map<string, string>();
  monitor.on('monitor', (time: string, args: string[], source: string) => {
    const name = (args[0] ?? '').toLowerCase();
    const quoted = name === 'eval' || name === 'eval_ro' ? args[1] : name === 'script' && args[1]?.toLowerCase() === 'load' ? args[2] : undefined;
    if (quoted !== undefined) {
      const body = unquoteMonitorArg(quoted);
      const sha = createHash('sha1').update(body).digest('hex');
      labels.set(sha, scriptLabel(body, sha));
      // An EVAL is counted as a call of the script by its sha (the failed EVALSHA before it is a round trip of its own).
      if (name !== 'script') args = ['evalsha', sha, ...args.slice(2)];
    }
    seen.push({ at: Number(time) * 1000, args, source });
  });
  // Flushed only once MONITOR listens, so no script's first EVAL (the bot's background calls too) goes unseen.
  await admin.script('FLUSH');
  const events = slackLoad(`${ours.url}/slack/events`, ctx.secret, 4);
  let withoutQuestion = 0;
  const windows: { kind: TurnCount['kind']; t0: number; ack: number; done: number }[] = [];
  try {
    await sleep(200);
    const idleFrom = Date.now();
    await sleep(2000);
    const idleTo = Date.now();
    // One warm-up turn (each script's first EVAL), then the measured ones.
    for (let i = 0; i <= turns; i++) {
      const user = userId('R', i);
      let expected = (await ctx.fake.counts()).turns + 1;
      await sleep(30);
      let t0 = Date.now();
      const r = await events.send(`${new URLSearchParams({ token: 'unused', team_id: 'T0BENCH', channel_id: 'C0BENCH', user_id: user, user_name: user.toLowerCase(), command: '/chatgpt-500', text: REPORT_TEXTS[i % REPORT_TEXTS.length]!, api_app_id: 'A0BENCH', response_url: ctx.fake.responseUrl, trigger_id: `R${i}.${Date.now()}` })}`);
      let ack = Date.now();
      if (r.status !== 200) throw new Error(`slash command answered ${r.status}`);
      if ((await waitForTurns(ctx, expected, 10_000)).at === undefined) throw new Error(`no question for ${user} within 10 s`);
      await sleep(50);
      if (i > 0) windows.push({ kind: 'slash command (start)', t0, ack, done: Date.now() });
      const q = await ctx.fake.question(user);
      if (!q.message || !q.button) {
        withoutQuestion++;
        continue;
      }
      expected = (await ctx.fake.counts()).turns + 1;
      t0 = Date.now();
      const click = await events.send(blockActions(user, { message: q.message, button: q.button }));
      ack = Date.now();
      if (click.status !== 200) throw new Error(`button click answered ${click.status}`);
      if ((await waitForTurns(ctx, expected, 10_000)).at === undefined) throw new Error(`no next turn for ${user} within 10 s`);
      await sleep(50);
      if (i > 0) windows.push({ kind: 'button answer', t0, ack, done: Date.now() });
    }
    const idle = count(seen, idleFrom, idleTo, labels, exclude);
    const out: TurnCount[] = [];
    for (const kind of ['slash command (start)', 'button answer'] as const) {
      const ws = windows.filter((w) => w.kind === kind);
      if (ws.length === 0) continue;
      const before = ws.map((w) => count(seen, w.t0, w.ack, labels, exclude));
      const whole = ws.map((w) => count(seen, w.t0, w.done, labels, exclude));
      const scripts: Record<string, number> = {};
      const byCommand: Record<string, number> = {};
      for (const w of whole) {
        for (const [k, v] of Object.entries(w.scripts)) scripts[k] = (scripts[k] ?? 0) + v / ws.length;
        for (const [k, v] of Object.entries(w.byCommand)) byCommand[k] = (byCommand[k] ?? 0) + v / ws.length;
      }
      out.push({
        kind,
        turns: ws.length,
        beforeAck: { median: median(before.map((c) => c.commands)), mean: mean(before.map((c) => c.commands)) },
        wholeTurn: { median: median(whole.map((c) => c.commands)), mean: mean(whole.map((c) => c.commands)) },
        scripts,
        aggregation: { beforeAck: mean(before.map((c) => c.scripts.aggregation ?? 0)), wholeTurn: mean(whole.map((c) => c.scripts.aggregation ?? 0)) },
        topCommands: Object.entries(byCommand).sort((a, b) => b[1] - a[1]).slice(0, 8),
        beforeCommands: meanCounts(before.map((c) => c.named)),
      });
    }
    return { counts: out, idlePerSecond: idle.commands / ((idleTo - idleFrom) / 1000), withoutQuestion };
  } finally {
    await events.close();
    monitor.disconnect();
    watcher.disconnect();
    admin.disconnect();
  }
}
