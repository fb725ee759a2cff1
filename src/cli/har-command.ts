import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cleanText } from '../clean-text.ts';
import { loadConfig } from '../config.ts';
import { MAX_STRING_BYTES } from '../evidence/har/create-string-shortener.ts';
import { describeFinding } from '../evidence/har/describe-finding.ts';
import { HarError } from '../evidence/har/har-error.ts';
import type { HarReport } from '../evidence/har/process-har.ts';
import { processHarFile } from '../evidence/har/process-har-file.ts';
import type { MessageId } from '../messages/catalogs.ts';
import { parseLocale } from '../messages/locale.ts';
import { messagesFor, type Messages } from '../messages/messages-for.ts';
import { argsProblem } from './args-problem.ts';
import { USAGE_EXIT_CODE, UsageError } from './cli-io.ts';
import { localeArgument } from './locale-argument.ts';
import { localeOption } from './locale-option.ts';
import type { Command } from './main.ts';

/** A path as one printable line (it goes into a one-line error). */
const oneLine = (text: string): string => cleanText(text).replace(/[\r\n\t]+/g, ' ');

const samePath = async (a: string, b: string): Promise<boolean> => {
  const real = (p: string) => realpath(p).catch(() => resolve(p));
  return (await real(a)) === (await real(b));
};

/** The report as JSON for scripts: hosts and paths only, never a URL with its query. */
export function harJson(report: HarReport): object {
  return { entries: report.entries, findings: report.findings, facts: report.facts, redacted: report.redacted, allowlist: report.allowlist, omitted: report.omitted, shortened: report.shortened };
}

/** The report as text for a person, in the catalog's words. */
export function harText(report: HarReport, m: Messages, redactedTo?: string): string {
  const lines = [
    m.t('evidence.har.summary', {
      entries: m.t('evidence.har.entries', { count: report.entries }),
      redacted: m.t('evidence.har.redacted', { count: report.redacted }),
    }),
  ];
  if (report.findings.length === 0) lines.push(m.t('evidence.har.no_findings'));
  else {
    lines.push(m.t('evidence.har.findings', { count: report.findings.length + report.omitted }));
    for (const finding of report.findings) lines.push(`  - ${describeFinding(finding, m)}`);
    if (report.omitted > 0) lines.push(`  ${m.t('evidence.har.omitted', { count: report.omitted })}`);
  }
  if (report.facts.symptom) lines.push(m.t('evidence.har.symptom', { symptom: report.facts.symptom }));
  const { reached, failed } = report.allowlist;
  if (failed.length > 0) lines.push(m.t('evidence.allowlist.failed', { domains: failed.join(', ') }));
  if (reached.length > 0) lines.push(m.t('evidence.allowlist.reached', { domains: reached.join(', ') }));
  if (reached.length === 0 && failed.length === 0) lines.push(m.t('evidence.allowlist.none'));
  if (report.shortened > 0) lines.push(m.t('evidence.har.shortened', { count: report.shortened, mb: MAX_STRING_BYTES / 1024 / 1024 }));
  if (redactedTo) lines.push(m.t('evidence.har.written', { path: redactedTo }));
  return `${lines.join('\n')}\n`;
}

export const harCommand: Command = {
  async run(args, io) {
    const config = loadConfig(io.env);
    let m = messagesFor(parseLocale(localeArgument(args)) ?? localeOption(undefined, io.env, config.DEFAULT_LOCALE));
    let values: { json?: boolean; help?: boolean; locale?: string; 'redact-to'?: string };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args,
        options: { json: { type: 'boolean' }, 'redact-to': { type: 'string' }, locale: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
        strict: true,
        allowPositionals: true,
      }));
    } catch (error) {
      const problem = argsProblem(error, m) ?? (error instanceof Error ? error.message : String(error));
      throw new UsageError(m.t('evidence.error.usage', { problem }), { cause: error });
    }
    m = messagesFor(localeOption(values.locale, io.env, config.DEFAULT_LOCALE));
    if (values.help) {
      io.stdout.write(m.t('evidence.cli.help'));
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError(m.t('evidence.error.usage', { problem: m.t(positionals.length === 0 ? 'cli.har.file_missing' : 'cli.har.one_file') }));
    const file = positionals[0]!;
    const redactTo = values['redact-to'];
    if (redactTo !== undefined && (redactTo === '' || (await samePath(file, redactTo)))) throw new UsageError(m.t('evidence.error.same_file'));

    let report: HarReport;
    try {
      report = await processHarFile(file, {
        maxBytes: config.HAR_MAX_BYTES,
        allowlist: { minimum: config.IT_ALLOWLIST_MINIMUM, broader: config.IT_ALLOWLIST_BROADER },
        ...(redactTo !== undefined ? { redactTo } : {}),
      });
    } catch (error) {
      if (!(error instanceof HarError)) throw error;
      const id = `evidence.error.${error.code.slice('har.'.length)}` as MessageId;
      const target = error.code === 'har.cannot_write' ? (redactTo ?? file) : file;
      io.stderr.write(`chatgpt-500: ${oneLine(m.t(id, { file: target, bytes: error.bytes, limit: error.limit }))}\n`);
      return USAGE_EXIT_CODE;
    }
    io.stdout.write(values.json ? `${JSON.stringify(harJson(report), null, 2)}\n` : harText(report, m, redactTo));
    return 0;
  },
};
