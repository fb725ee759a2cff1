import { parseArgs } from 'node:util';
import { USAGE_EXIT_CODE, UsageError, type CliIo } from './cli-io.ts';
import type { Command } from './main.ts';
import { formatDecisionText } from './format-decision-text.ts';
import { runInteractiveTriage } from './run-interactive-triage.ts';
import { applyReply } from '../triage/apply-reply.ts';
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

export const TRIAGE_HELP = `Usage:
  chatgpt-500 triage                      interactive triage in the terminal
  chatgpt-500 triage --facts '<json>' [--reply '<text>'] [--json]

Interactive: answer with ↑/↓ and Enter, a choice number, or in your own words
("works in incognito", "on my hotspot it loads", "429"). Ctrl+C cancels.
The live OpenAI status is read first (use --offline to skip it).

Non-interactive (for scripts; uses no network):
  --facts '<json>'   the facts known so far, e.g. '{"surface":"web","symptom":"http_500"}'.
                     "status" and "crowd" are taken from here (absent: unknown / none).
  --reply '<text>'   a person's free-text answer to the next question.
  --json             print one JSON object: {"next": {...}} or {"verdict": {...}};
                     with --reply also "facts" (after the reply) and "understood".
  --offline          interactive mode without reading the live status.
  -h, --help         this help.

Exit codes: 0 ok; 2 bad arguments, malformed JSON, unknown fact or value.
`;

export const triageCommand: Command = {
  summary: 'triage a ChatGPT "HTTP ERROR 500" in the terminal, or as JSON for scripts',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        facts: { type: 'string' },
        reply: { type: 'string' },
        json: { type: 'boolean', default: false },
        offline: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      io.stdout.write(TRIAGE_HELP);
      return 0;
    }
    const config = loadConfig(io.env);
    const context: TriageContext = { allowlist: { minimum: config.IT_ALLOWLIST_MINIMUM, broader: config.IT_ALLOWLIST_BROADER } };
    if (values.facts === undefined && values.reply === undefined && !values.json) {
      return runInteractiveTriage(io, { offline: values.offline, context, observe: () => observeStatus(config) });
    }
    try {
      return runOnce(io, readFacts(values.facts), values.reply, values.json, context);
    } catch (error) {
      if (error instanceof TriageInputError) {
        io.stderr.write(`chatgpt-500 triage: ${error.message}\n`);
        return USAGE_EXIT_CODE;
      }
      throw error;
    }
  },
};

function readFacts(raw: string | undefined): Facts {
  if (raw === undefined) return {};
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new UsageError(`--facts is not valid JSON (${(error as Error).message})`);
  }
  return parseFacts(json);
}

/** Reads the live status once, bounded, for the interactive triage. */
async function observeStatus(config: Readonly<Config>) {
  const service = createStatusService({
    config: { ...config, STATUS_TIMEOUT_MS: Math.min(config.STATUS_TIMEOUT_MS, INTERACTIVE_STATUS_DEADLINE_MS) },
  });
  try {
    const reading = await service.refresh();
    return { facts: { status: reading.status }, context: statusContext(reading), line: summarizeStatus(reading).line };
  } finally {
    await service.stop();
  }
}

function runOnce(io: CliIo, facts: Facts, reply: string | undefined, json: boolean, context: TriageContext): number {
  if (reply === undefined) {
    const decision = decideNext({ facts, context });
    io.stdout.write(json ? JSON.stringify(decision) + '\n' : formatDecisionText(decision));
    return 0;
  }
  const outcome = applyReply({ facts, context }, reply);
  if (json) {
    io.stdout.write(JSON.stringify({ ...outcome.decision, facts: outcome.facts, understood: outcome.understood }) + '\n');
  } else {
    io.stdout.write(outcome.understood ? '' : "I couldn't map that reply with confidence; the question stands.\n");
    io.stdout.write(formatDecisionText(outcome.decision));
  }
  return 0;
}
