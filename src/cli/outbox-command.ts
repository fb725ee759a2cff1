import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { LOCALES } from '../messages/locale.ts';
import { messagesFor, type Messages } from '../messages/messages-for.ts';
import type { DeadLetter, OutboxStats } from '../outbox/outbox.port.ts';
import { USAGE_EXIT_CODE } from './cli-io.ts';
import { localeOption } from './locale-option.ts';
import type { Command } from './main.ts';
import { withRedisStore } from './with-redis-store.ts';

const clock = (ms: number) => `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;

function summary(stats: OutboxStats, dead: DeadLetter[], now: number, { t }: Messages): string {
  const next = stats.nextDueAt === null ? '' : t('cli.outbox.next_in', { seconds: Math.max(0, Math.round((stats.nextDueAt - now) / 1000)) });
  const lines = [t('cli.outbox.counts', { ready: stats.ready, inFlight: stats.inFlight, delayed: stats.delayed, next, dead: stats.dead })];
  const reasons = new Map<string, number>();
  for (const letter of dead) reasons.set(letter.reason, (reasons.get(letter.reason) ?? 0) + 1);
  for (const [reason, count] of [...reasons].sort((a, b) => b[1] - a[1])) lines.push(`  ${String(count).padStart(5)}  ${reason}`);
  if (stats.dead > 0) lines.push(t('cli.outbox.see_dead'));
  return `${lines.join('\n')}\n`;
}

function deadLine(letter: DeadLetter, { t }: Messages): string {
  const body = letter.entry?.body;
  const incident = body && 'incidentId' in body ? `  ${t('cli.outbox.incident', { id: body.incidentId })}` : '';
  const attempts = letter.entry ? `  ${t('cli.outbox.attempts', { count: letter.entry.attempt + 1 })}` : '';
  return `${clock(letter.at)}  ${(body?.kind ?? t('cli.outbox.damaged')).padEnd(7)}  ${letter.reason}${attempts}${incident}\n  ${letter.id}\n`;
}

/** `chatgpt-500 outbox`: the outbox in the store, for the desk (texts in --locale, LANG, else DESK_LOCALE). */
export const outboxCommand: Command = {
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        dead: { type: 'boolean' },
        'retry-dead': { type: 'boolean' },
        limit: { type: 'string' },
        json: { type: 'boolean' },
        locale: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
    const config = loadConfig(io.env);
    const m = messagesFor(localeOption(values.locale, io.env, config.deskLocale));
    if (values.help) {
      io.stdout.write(m.t('cli.outbox.help', { locales: LOCALES.join(', ') }));
      return 0;
    }
    const limit = values.limit === undefined ? 50 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) {
      io.stderr.write(`chatgpt-500 outbox: ${m.t('cli.outbox.bad_limit')}\n`);
      return USAGE_EXIT_CODE;
    }
    const json = values.json ?? false;
    if (config.store === 'memory') {
      io.stderr.write(`chatgpt-500 outbox: ${m.t('cli.outbox.no_redis')}\n`);
      return 1;
    }
    return withRedisStore(config, io, 'outbox', m, async (store) => {
      if (values['retry-dead']) {
        const sent = await store.outbox.retryDead();
        io.stdout.write(json ? `${JSON.stringify({ retried: sent })}\n` : `${m.t('cli.outbox.retried', { count: sent })}\n`);
        return 0;
      }
      if (values.dead) {
        const letters = await store.outbox.deadLetters(limit);
        if (json) io.stdout.write(`${JSON.stringify({ dead: letters })}\n`);
        else if (letters.length === 0) io.stdout.write(`${m.t('cli.outbox.no_dead')}\n`);
        else for (const letter of letters) io.stdout.write(deadLine(letter, m));
        return 0;
      }
      const stats = await store.outbox.stats();
      const dead = await store.outbox.deadLetters(500);
      io.stdout.write(json ? `${JSON.stringify(stats)}\n` : summary(stats, dead, Date.now(), m));
      return 0;
    });
  },
};
