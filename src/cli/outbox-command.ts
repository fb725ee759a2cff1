import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import type { DeadLetter, OutboxStats } from '../outbox/outbox.port.ts';
import { USAGE_EXIT_CODE } from './cli-io.ts';
import type { Command } from './main.ts';
import { withRedisStore } from './with-redis-store.ts';

const HELP = `Usage: chatgpt-500 outbox [--dead [--limit N]] [--retry-dead] [--json]

The outbox of the running bots (every message they owe people and channels), read from the
configured store (REDIS_URL, REDIS_SENTINELS or REDIS_CLUSTER_NODES; REDIS_KEY_PREFIX).

With no option: how many messages wait to be sent, are being sent, wait for a retry, and could
not be delivered (with the reasons).

Options:
  --dead         list the messages that could not be delivered, newest first
  --limit N      how many of them to list (default 50)
  --retry-dead   send every message that could not be delivered again (their attempts start over);
                 a running bot picks them up at once
  --json         print JSON instead of text
  -h, --help     show this help
`;

const clock = (ms: number) => `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;

function summary(stats: OutboxStats, dead: DeadLetter[], now: number): string {
  const next = stats.nextDueAt === null ? '' : ` (next in ${Math.max(0, Math.round((stats.nextDueAt - now) / 1000))} s)`;
  const lines = [
    `Outbox: ${stats.ready} waiting, ${stats.inFlight} being delivered, ${stats.delayed} waiting for a retry${next}, ${stats.dead} could not be delivered.`,
  ];
  const reasons = new Map<string, number>();
  for (const letter of dead) reasons.set(letter.reason, (reasons.get(letter.reason) ?? 0) + 1);
  for (const [reason, count] of [...reasons].sort((a, b) => b[1] - a[1])) lines.push(`  ${String(count).padStart(5)}  ${reason}`);
  if (stats.dead > 0) lines.push('See them with `chatgpt-500 outbox --dead`; send them again with `chatgpt-500 outbox --retry-dead`.');
  return `${lines.join('\n')}\n`;
}

function deadLine(letter: DeadLetter): string {
  const body = letter.entry?.body;
  const incident = body && 'incidentId' in body ? `  incident ${body.incidentId}` : '';
  const attempts = letter.entry ? `  ${letter.entry.attempt + 1} attempt(s)` : '';
  return `${clock(letter.at)}  ${(body?.kind ?? 'damaged').padEnd(7)}  ${letter.reason}${attempts}${incident}\n  ${letter.id}\n`;
}

export const outboxCommand: Command = {
  summary: 'show the outbox: messages on their way and those that could not be delivered',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        dead: { type: 'boolean' },
        'retry-dead': { type: 'boolean' },
        limit: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      io.stdout.write(HELP);
      return 0;
    }
    const limit = values.limit === undefined ? 50 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) {
      io.stderr.write('chatgpt-500 outbox: --limit must be a whole number from 1 to 10000\n');
      return USAGE_EXIT_CODE;
    }
    const json = values.json ?? false;
    const config = loadConfig(io.env);
    if (config.store === 'memory') {
      io.stderr.write(
        'chatgpt-500 outbox: no Redis configured (REDIS_URL, REDIS_SENTINELS or REDIS_CLUSTER_NODES); the in-memory outbox lives inside the running bot process and cannot be read from here.\n',
      );
      return 1;
    }
    return withRedisStore(config, io, 'outbox', async (store) => {
      if (values['retry-dead']) {
        const sent = await store.outbox.retryDead();
        io.stdout.write(json ? `${JSON.stringify({ retried: sent })}\n` : `Sent ${sent} message(s) back to the outbox; a running bot delivers them now.\n`);
        return 0;
      }
      if (values.dead) {
        const letters = await store.outbox.deadLetters(limit);
        if (json) io.stdout.write(`${JSON.stringify({ dead: letters })}\n`);
        else if (letters.length === 0) io.stdout.write('Every message was delivered: no dead letters.\n');
        else for (const letter of letters) io.stdout.write(deadLine(letter));
        return 0;
      }
      const stats = await store.outbox.stats();
      const dead = await store.outbox.deadLetters(500);
      io.stdout.write(json ? `${JSON.stringify(stats)}\n` : summary(stats, dead, Date.now()));
      return 0;
    });
  },
};
