import { parseArgs } from 'node:util';
import { USAGE_EXIT_CODE, UsageError, type CliIo } from './cli-io.ts';
import { localeOption } from './locale-option.ts';
import { LOCALES, type Locale } from '../messages/locale.ts';
import { messagesFor, type Messages } from '../messages/messages-for.ts';
import type { Command } from './main.ts';
import { factsProblem } from './facts-problem.ts';
import { formatDecisionText } from './format-decision-text.ts';
import { runInteractiveTriage } from './run-interactive-triage.ts';
import { readReply } from '../triage/apply-reply.ts';
import { decideNext } from '../triage/decide-next.ts';
import { parseFacts } from '../triage/parse-facts.ts';
import { TriageInputError } from '../triage/triage-input-error.ts';
import type { Facts } from '../triage/fact-values.ts';
import type { TriageContext } from '../triage/types.ts';
import { loadConfig, type Config } from '../config.ts';
import { createStatusService } from '../status/create-status-service.ts';
import { statusContext, summarizeStatus } from '../desk/summarize-status.ts';

/** The interactive triage waits at most this long for the live status before asking. */
const INTERACTIVE_STATUS_DEADLINE_MS = 8_000;

/** The triage command's help in `locale` ({locales}: the supported ones; {default}: DEFAULT_LOCALE). */
export function triageHelp(locale: Locale = 'en', defaultLocale: Locale = 'en'): string {
  return messagesFor(locale).t('cli.triage.help', { locales: LOCALES.join(', '), default: defaultLocale });
}

export const triageCommand: Command = {
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        facts: { type: 'string' },
        reply: { type: 'string' },
        json: { type: 'boolean', default: false },
        offline: { type: 'boolean', default: false },
        locale: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    const config = loadConfig(io.env);
    const locale = localeOption(values.locale, io.env, config.DEFAULT_LOCALE);
    if (values.help) {
      io.stdout.write(triageHelp(locale, config.DEFAULT_LOCALE));
      return 0;
    }
    const m = messagesFor(locale);
    const context: TriageContext = { allowlist: { minimum: config.IT_ALLOWLIST_MINIMUM, broader: config.IT_ALLOWLIST_BROADER } };
    // The IT note: in DESK_LOCALE when it is set, else in the language asked for.
    const languages = { locale, itLocale: config.DESK_LOCALE ?? locale };
    if (values.facts === undefined && values.reply === undefined && !values.json) {
      return runInteractiveTriage(io, { offline: values.offline, context, ...languages, observe: () => observeStatus(config, m) });
    }
    try {
      return runOnce(io, readFacts(values.facts, m), values.reply, values.json, context, languages);
    } catch (error) {
      if (error instanceof TriageInputError) {
        io.stderr.write(`chatgpt-500 triage: ${factsProblem(error, messagesFor(locale))}\n`);
        return USAGE_EXIT_CODE;
      }
      throw error;
    }
  },
};

function readFacts(raw: string | undefined, { t }: Messages): Facts {
  if (raw === undefined) return {};
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new UsageError(t('cli.triage.bad_json', { error: (error as Error).message }));
  }
  return parseFacts(json);
}

/** Reads the live status once, bounded, for the interactive triage. */
async function observeStatus(config: Readonly<Config>, m: Messages) {
  const service = createStatusService({
    config: { ...config, STATUS_TIMEOUT_MS: Math.min(config.STATUS_TIMEOUT_MS, INTERACTIVE_STATUS_DEADLINE_MS) },
  });
  try {
    const reading = await service.refresh();
    return { facts: { status: reading.status }, context: statusContext(reading), line: summarizeStatus(reading, m).line };
  } finally {
    await service.stop();
  }
}

function runOnce(io: CliIo, facts: Facts, reply: string | undefined, json: boolean, context: TriageContext, languages: { locale: Locale; itLocale: Locale }): number {
  const m = messagesFor(languages.locale);
  if (reply === undefined) {
    const decision = decideNext({ facts, context, ...languages });
    io.stdout.write(json ? JSON.stringify(decision) + '\n' : formatDecisionText(decision, m));
    return 0;
  }
  const read = readReply({ facts }, reply);
  const decision = decideNext({ facts: read.facts, details: read.details, context, ...languages, ...(read.understood ? {} : { askedAgain: 'unclear' as const }) });
  if (json) {
    io.stdout.write(JSON.stringify({ ...decision, facts: read.facts, understood: read.understood }) + '\n');
  } else {
    io.stdout.write(read.understood ? '' : `${m.t('cli.triage.not_understood')}\n`);
    io.stdout.write(formatDecisionText(decision, m));
  }
  return 0;
}
