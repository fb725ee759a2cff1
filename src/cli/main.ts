import { processIo, USAGE_EXIT_CODE, UsageError, type CliIo } from './cli-io.ts';
import { ConfigError, CONFIG_EXIT_CODE } from '../config.ts';
import type { MessageId } from '../messages/catalogs.ts';
import { LOCALES, parseLocale, type Locale } from '../messages/locale.ts';
import { messagesFor, type Messages } from '../messages/messages-for.ts';
import { argsProblem } from './args-problem.ts';
import { defaultLocale } from './default-locale.ts';
import { localeArgument } from './locale-argument.ts';
import { localeOption } from './locale-option.ts';

export interface Command {
  run(args: string[], io: CliIo): Promise<number>;
}

export type Loader = () => Promise<Command>;

const COMMANDS: Record<string, Loader> = {
  triage: async () => (await import('./triage-command.ts')).triageCommand,
  status: async () => (await import('./status-command.ts')).statusCommand,
  incidents: async () => (await import('./incidents-command.ts')).incidentsCommand,
  outbox: async () => (await import('./outbox-command.ts')).outboxCommand,
  har: async () => (await import('./har-command.ts')).harCommand,
  report: async () => (await import('./report-command.ts')).reportCommand,
};

/** Every command in the order of the help, with the catalog id of its one-line summary. */
const SUMMARIES: Readonly<Record<string, MessageId>> = {
  start: 'cli.main.summary.start',
  triage: 'cli.triage.summary',
  status: 'cli.main.summary.status',
  incidents: 'cli.main.summary.incidents',
  outbox: 'cli.main.summary.outbox',
  har: 'cli.main.summary.har',
  report: 'cli.main.summary.report',
  'teams-package': 'cli.main.summary.teams_package',
};

/** `chatgpt-500 --help`: the commands and what each does, in `locale`. */
export function mainHelp(locale: Locale): string {
  const { t } = messagesFor(locale);
  const commands = Object.entries(SUMMARIES)
    .map(([name, id]) => `  ${name.padEnd(13)} ${t(id)}`)
    .join('\n');
  return t('cli.main.help', { commands, locales: LOCALES.join(', ') });
}

/** Runs the CLI and returns the exit code. Never throws: errors become one line on stderr. */
export async function main(argv: string[], io: CliIo = processIo(), extra: Record<string, Loader> = {}): Promise<number> {
  const [name, ...rest] = argv;
  const requested = localeArgument(argv);
  // The language of this function's own lines; a command checks its --locale itself (exit 2).
  const fallback = localeOption(undefined, io.env, defaultLocale(io.env));
  const m = messagesFor(parseLocale(requested) ?? fallback);
  if (name === undefined || name === '--help' || name === '-h' || name === 'help' || name === '--locale' || name.startsWith('--locale=')) {
    const asked = name !== undefined && argv.some((arg) => arg === '--help' || arg === '-h' || arg === 'help');
    let locale: Locale;
    try {
      locale = localeOption(requested, io.env, defaultLocale(io.env));
    } catch (error) {
      return reportError(error, io, m);
    }
    (asked ? io.stdout : io.stderr).write(mainHelp(locale));
    return asked ? 0 : USAGE_EXIT_CODE;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write('chatgpt-500 0.1.0\n');
    return 0;
  }
  const commands = { ...COMMANDS, ...extra };
  const load = commands[name];
  if (!load) {
    io.stderr.write(`chatgpt-500: ${m.t('cli.main.unknown_command', { name, commands: Object.keys(SUMMARIES).join(', ') })}\n`);
    return USAGE_EXIT_CODE;
  }
  try {
    const command = await load();
    return await command.run(rest, io);
  } catch (error) {
    return reportError(error, io, m);
  }
}

function reportError(error: unknown, io: CliIo, m: Messages): number {
  if (error instanceof UsageError) {
    io.stderr.write(`chatgpt-500: ${error.message}\n`);
    return USAGE_EXIT_CODE;
  }
  if (error instanceof ConfigError) {
    io.stderr.write(`chatgpt-500: ${m.t('cli.main.config_error', { message: error.message })}\n`);
    return CONFIG_EXIT_CODE;
  }
  // parseArgs throws TypeErrors with a code such as ERR_PARSE_ARGS_UNKNOWN_OPTION.
  const problem = argsProblem(error, m);
  if (problem !== undefined) {
    io.stderr.write(`chatgpt-500: ${problem}\n`);
    return USAGE_EXIT_CODE;
  }
  io.stderr.write(`chatgpt-500: ${m.t('cli.main.unexpected_error', { message: error instanceof Error ? error.message : String(error) })}\n`);
  return 1;
}
