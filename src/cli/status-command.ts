import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { createStatusService } from '../status/create-status-service.ts';
import { formatStatusText } from '../status/format-status-text.ts';
import { statusJson } from '../status/status-json.ts';
import { UsageError } from './cli-io.ts';
import { localeArgument } from './locale-argument.ts';
import { localeOption } from './locale-option.ts';
import { LOCALES, parseLocale } from '../messages/locale.ts';
import { messagesFor } from '../messages/messages-for.ts';
import { argsProblem } from './args-problem.ts';
import type { Command } from './main.ts';

/** The command ends within this even if STATUS_TIMEOUT_MS is set higher (the promise is "within 15 s"). */
export const STATUS_CLI_DEADLINE_MS = 10_000;

export const statusCommand: Command = {
  async run(args, io) {
    const config = loadConfig(io.env);
    let values: { json?: boolean; help?: boolean; locale?: string };
    try {
      ({ values } = parseArgs({
        args,
        options: { json: { type: 'boolean' }, locale: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
        strict: true,
        allowPositionals: false,
      }));
    } catch (error) {
      const fallback = messagesFor(parseLocale(localeArgument(args)) ?? localeOption(undefined, io.env, config.DEFAULT_LOCALE));
      const problem = argsProblem(error, fallback) ?? (error instanceof Error ? error.message : String(error));
      throw new UsageError(fallback.t('cli.status.usage', { problem }), { cause: error });
    }
    const messages = messagesFor(localeOption(values.locale, io.env, config.DEFAULT_LOCALE));
    if (values.help) {
      io.stdout.write(messages.t('cli.status.help', { locales: LOCALES.join(', ') }));
      return 0;
    }
    const service = createStatusService({
      config: { ...config, STATUS_TIMEOUT_MS: Math.min(config.STATUS_TIMEOUT_MS, STATUS_CLI_DEADLINE_MS) },
    });
    try {
      const reading = await service.refresh();
      io.stdout.write(values.json ? `${JSON.stringify(statusJson(reading), null, 2)}\n` : formatStatusText(reading, { messages }));
    } finally {
      await service.stop();
    }
    return 0;
  },
};
