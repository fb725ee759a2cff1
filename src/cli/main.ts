import { processIo, USAGE_EXIT_CODE, UsageError, type CliIo } from './cli-io.ts';
import { ConfigError, CONFIG_EXIT_CODE } from '../config.ts';

export interface Command {
  summary: string;
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

const SUMMARIES: Record<string, string> = {
  start: 'run the bot (web page on PORT; Slack when configured)',
  triage: 'triage a ChatGPT "HTTP ERROR 500" in the terminal, or as JSON for scripts',
  status: "print OpenAI's live status, classified for ChatGPT",
  incidents: 'list open incidents from the configured store',
  outbox: 'show the outbox: messages on their way and those that could not be delivered',
  har: 'analyse a HAR file: what failed and where, with a redacted copy on request',
  report: 'print a support report for OpenAI support, prefilled from the facts of a triage',
  'teams-package': 'write the app package (zip) to upload to Microsoft Teams',
};

export const MAIN_HELP = `chatgpt-500 — triage ChatGPT "HTTP ERROR 500" reports

Usage: chatgpt-500 <command> [options]

Commands:
${Object.entries(SUMMARIES)
  .map(([name, summary]) => `  ${name.padEnd(13)} ${summary}`)
  .join('\n')}

Run "chatgpt-500 <command> --help" for a command's options.
`;

/** Runs the CLI and returns the exit code. Never throws: errors become one line on stderr. */
export async function main(argv: string[], io: CliIo = processIo(), extra: Record<string, Loader> = {}): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout).write(MAIN_HELP);
    return name === undefined ? USAGE_EXIT_CODE : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write('chatgpt-500 0.1.0\n');
    return 0;
  }
  const commands = { ...COMMANDS, ...extra };
  const load = commands[name];
  if (!load) {
    io.stderr.write(`chatgpt-500: unknown command "${name}". Commands: ${Object.keys(SUMMARIES).join(', ')}.\n`);
    return USAGE_EXIT_CODE;
  }
  try {
    const command = await load();
    return await command.run(rest, io);
  } catch (error) {
    return reportError(error, io);
  }
}

function reportError(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    io.stderr.write(`chatgpt-500: ${error.message}\n`);
    return USAGE_EXIT_CODE;
  }
  if (error instanceof ConfigError) {
    io.stderr.write(`chatgpt-500: configuration error: ${error.message}\n`);
    return CONFIG_EXIT_CODE;
  }
  // parseArgs throws TypeErrors with a code such as ERR_PARSE_ARGS_UNKNOWN_OPTION.
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
    io.stderr.write(`chatgpt-500: ${(error as Error).message}\n`);
    return USAGE_EXIT_CODE;
  }
  io.stderr.write(`chatgpt-500: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
}

