import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { buildSupportReport } from '../evidence/report/build-support-report.ts';
import { supportReportOutput } from '../evidence/report/format-support-report.ts';
import { checkReportDetails } from '../evidence/report/report-details.ts';
import { checkReportInput, type ReportInput } from '../evidence/report/report-input.ts';
import { parseLocale } from '../messages/locale.ts';
import { messagesFor, type Messages } from '../messages/messages-for.ts';
import type { Facts } from '../triage/fact-values.ts';
import { parseFacts } from '../triage/parse-facts.ts';
import { TriageInputError } from '../triage/triage-input-error.ts';
import type { Details } from '../triage/types.ts';
import { argsProblem } from './args-problem.ts';
import { UsageError } from './cli-io.ts';
import { factsProblem } from './facts-problem.ts';
import { localeArgument } from './locale-argument.ts';
import { localeOption } from './locale-option.ts';
import type { Command } from './main.ts';

/** A JSON option's value, or a usage error naming the option. */
function readJson(raw: string, option: string, m: Messages): unknown {
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new UsageError(m.t('evidence.report.error.invalid', { field: `--${option}`, problem: error instanceof Error ? error.message : String(error) }));
  }
}

function readFacts(raw: string, m: Messages): Facts {
  try {
    return parseFacts(readJson(raw, 'facts', m));
  } catch (error) {
    if (error instanceof TriageInputError) throw new UsageError(m.t('evidence.report.error.invalid', { field: '--facts', problem: factsProblem(error, m) }), { cause: error });
    throw error;
  }
}

function readDetails(raw: string | undefined, m: Messages): Details {
  if (raw === undefined) return {};
  const checked = checkReportDetails(readJson(raw, 'details', m));
  if (!checked.ok) throw new UsageError(m.t('evidence.report.error.invalid', { field: `--details ${checked.field}`, problem: checked.message }));
  return checked.details;
}

function readInput(raw: string | undefined, m: Messages): ReportInput | undefined {
  if (raw === undefined) return undefined;
  const checked = checkReportInput(readJson(raw, 'input', m));
  if (!checked.ok) throw new UsageError(m.t('evidence.report.error.invalid', { field: `--input ${checked.problem.field}`, problem: checked.problem.message }));
  return checked.input;
}

/**
 * `chatgpt-500 report --facts '<json>' [--details '<json>'] [--input '<json>'] [--json] [--locale xx]`:
 * the support report of a triage, offline (no store, no network): the text to paste into OpenAI's
 * support form, or `{"text", "json"}`. Bad input exits 2 with one line.
 */
export const reportCommand: Command = {
  async run(args, io) {
    const config = loadConfig(io.env);
    const fallback = messagesFor(parseLocale(localeArgument(args)) ?? localeOption(undefined, io.env, config.DEFAULT_LOCALE));
    let values: { facts?: string; details?: string; input?: string; json?: boolean; locale?: string; help?: boolean };
    try {
      ({ values } = parseArgs({
        args,
        options: {
          facts: { type: 'string' },
          details: { type: 'string' },
          input: { type: 'string' },
          json: { type: 'boolean', default: false },
          locale: { type: 'string' },
          help: { type: 'boolean', short: 'h', default: false },
        },
        strict: true,
        allowPositionals: false,
      }));
    } catch (error) {
      const problem = argsProblem(error, fallback) ?? (error instanceof Error ? error.message : String(error));
      throw new UsageError(fallback.t('evidence.report.error.usage', { problem }), { cause: error });
    }
    const locale = localeOption(values.locale, io.env, config.DEFAULT_LOCALE);
    const m = messagesFor(locale);
    if (values.help) {
      io.stdout.write(m.t('evidence.report.cli.help'));
      return 0;
    }
    if (values.facts === undefined) throw new UsageError(m.t('evidence.report.error.usage', { problem: m.t('cli.report.facts_required') }));
    const facts = readFacts(values.facts, m);
    const details = readDetails(values.details, m);
    const input = readInput(values.input, m);
    const report = supportReportOutput(buildSupportReport({ facts, details, locale, reportedAt: Date.now(), platform: 'cli', ...(input ? { input } : {}) }));
    io.stdout.write(values.json ? `${JSON.stringify(report)}\n` : report.text);
    return 0;
  },
};
