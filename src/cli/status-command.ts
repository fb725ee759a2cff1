import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { createStatusService } from '../status/create-status-service.ts';
import { formatStatusText } from '../status/format-status-text.ts';
import { statusJson } from '../status/status-json.ts';
import { UsageError } from './cli-io.ts';
import { localeOption } from './locale-option.ts';
import { messagesFor } from '../messages/messages-for.ts';
import type { Command } from './main.ts';

/** The command ends within this even if STATUS_TIMEOUT_MS is set higher (the promise is "within 15 s"). */
export const STATUS_CLI_DEADLINE_MS = 10_000;

const HELP = `Usage: chatgpt-500 status [--json] [--locale <tag>]

Reads OpenAI's live status page once (STATUS_URL, STATUS_PROVIDER) and says whether ChatGPT has a
live incident: the ChatGPT components, open incidents with links, and the age of the reading.

Options:
  --json      print the reading as JSON: "status" (chatgpt_incident, other_product_incident,
              operational or unknown), the affected ChatGPT components, and the normalized model
  --locale    the language of the text: en, de, es or fr (a tag such as de-DE works;
              default DEFAULT_LOCALE)
  -h, --help  show this help

A read that fails prints status "unknown" with the reason and still exits 0.
`;

export const statusCommand: Command = {
  summary: "print OpenAI's live status, classified for ChatGPT",
  async run(args, io) {
    let values: { json?: boolean; help?: boolean; locale?: string };
    try {
      ({ values } = parseArgs({
        args,
        options: { json: { type: 'boolean' }, locale: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
        strict: true,
        allowPositionals: false,
      }));
    } catch (error) {
      throw new UsageError(`status: ${error instanceof Error ? error.message : String(error)} (see "chatgpt-500 status --help")`, { cause: error });
    }
    if (values.help) {
      io.stdout.write(HELP);
      return 0;
    }
    const config = loadConfig(io.env);
    const messages = messagesFor(localeOption(values.locale, config.DEFAULT_LOCALE));
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
