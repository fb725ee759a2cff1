import type { Message } from '../message.ts';

/** English texts of the cli area (the terminal triage, its help and the incident list): the source of the catalog's ids. */
export const cli = {
  'cli.locale.unsupported': 'unsupported locale "{locale}"; supported: {supported}',

  'cli.triage.summary': 'triage a ChatGPT "HTTP ERROR 500" in the terminal, or as JSON for scripts',
  'cli.triage.help': `Usage:
  chatgpt-500 triage [--locale <tag>]     interactive triage in the terminal
  chatgpt-500 triage --facts '<json>' [--reply '<text>'] [--json] [--locale <tag>]

Interactive: answer with ↑/↓ and Enter, a choice number, or in your own words
("works in incognito", "on my hotspot it loads", "429"). Ctrl+C cancels.
The live OpenAI status is read first (use --offline to skip it).

Non-interactive (for scripts; uses no network):
  --facts '<json>'   the facts known so far, e.g. '{"surface":"web","symptom":"http_500"}'.
                     "status" and "crowd" are taken from here (absent: unknown / none).
  --reply '<text>'   a person's free-text answer to the next question.
  --json             print one JSON object: {"next": {...}} or {"verdict": {...}};
                     with --reply also "facts" (after the reply) and "understood".
  --locale <tag>     the language of questions and verdicts: {locales} (e.g. de or de-DE;
                     default LC_ALL, LC_MESSAGES or LANG, else DEFAULT_LOCALE, now {default}). Fact ids, values and branch ids never change.
  --offline          interactive mode without reading the live status.
  -h, --help         this help.

Exit codes: 0 ok; 2 bad arguments, malformed JSON, unknown fact or value, unsupported locale.
`,
  'cli.triage.bad_json': '--facts is not valid JSON ({error})',
  'cli.triage.not_understood': "I couldn't map that reply with confidence; the question stands.",

  // A decision as plain text.
  'cli.decision.next_question': 'Next question ({fact}): {text}',
  'cli.decision.how_to_test': 'How to test this: {help}',
  'cli.decision.verdict': 'Verdict: {headline}  [{branch}]',
  'cli.decision.note': 'Note: {note}',
  'cli.decision.steps': 'Steps:',
  'cli.decision.stop_when': 'Stop when: {text}',
  'cli.decision.evidence': 'Evidence for support:',
  'cli.decision.retry': 'Retry with backoff and jitter:',
  'cli.decision.support_report': 'Support report ({kind}) should include:',
  'cli.decision.it_note': '--- Note for IT (copy and send) ---',
  'cli.decision.it_note_language': '--- Note for IT, in {language} (copy and send) ---',
  'cli.decision.it_note_end': '--- end of note ---',
  'cli.decision.notify': 'The desk can notify you when this is resolved.',

  // The interactive triage.
  'cli.interactive.welcome': 'chatgpt-500 — let\'s find which path your "HTTP ERROR 500" is on.',
  'cli.interactive.checking_status': "Checking OpenAI's live status…",
  'cli.interactive.unclear': "Sorry, I couldn't tell what you meant. Pick a choice, or say it another way (in English, Deutsch, Español or Français).",
  'cli.interactive.cancelled': 'Cancelled.',
  'cli.interactive.input_ended': 'Input ended before the triage finished.',
  'cli.interactive.prompt': 'Type a number, or answer in your own words: ',
  'cli.interactive.keys_hint': '↑/↓ and Enter, a number, or type your answer',

  // The incident list (DESK_LOCALE).
  'cli.incidents.none': 'No open incidents.',
  'cli.incidents.none_recent': 'No open or recent incidents.',
  'cli.incidents.state.open': 'open',
  'cli.incidents.state.acknowledged': 'acknowledged',
  'cli.incidents.state.resolved': 'resolved',
  'cli.incidents.state.merged': 'merged',
  'cli.incidents.acknowledged_by': 'acknowledged by {name}',
  'cli.incidents.opened': 'opened {at}',
  'cli.incidents.reports': { one: '{count} report', other: '{count} reports' },
  'cli.incidents.last_report': 'last report {at}',
  'cli.incidents.resolved': 'resolved {at} ({reason})',
  'cli.incidents.networks': 'networks: {list}',
  'cli.incidents.sites': 'sites: {list}',
  'cli.incidents.not_asked': 'not asked',
  'cli.incidents.no_site': 'no site',

  // The status command (DEFAULT_LOCALE, or --locale).
  'cli.status.headline.chatgpt_incident': 'ChatGPT: live incident — {impact}.',
  'cli.status.headline.other_product_incident': 'ChatGPT: operational — OpenAI reports an incident or maintenance in another product (not ChatGPT).',
  'cli.status.headline.operational': 'ChatGPT: operational — no open incident on the status page.',
  'cli.status.headline.unknown': 'ChatGPT: status unknown — {reason}.',
  'cli.status.unknown_reason': 'the status could not be read',
  'cli.status.stale': 'Warning: the last read failed ({error}); this reading is {seconds} s old.',
  'cli.status.unknown_error': 'unknown error',
  'cli.status.components': 'ChatGPT components:',
  'cli.status.open_incidents': 'Open incidents:',
  'cli.status.maintenance': 'Maintenance in progress:',
  'cli.status.product_chatgpt': 'ChatGPT',
  'cli.status.product_other': 'other OpenAI products',
  'cli.status.affects': 'Affects: {components}',
  'cli.status.started': 'Started: {at}',
  'cli.status.last_update': 'Last update: {text}',
  'cli.status.last_update_at': 'Last update ({at}): {text}',
  'cli.status.not_read': 'Not read from {source}.',
  'cli.status.read': 'Read from {source} {seconds} s ago ({at}).',
  'cli.status.word.operational': 'operational',
  'cli.status.word.degraded_performance': 'degraded performance',
  'cli.status.word.partial_outage': 'partial outage',
  'cli.status.word.full_outage': 'full outage',
  'cli.status.word.under_maintenance': 'under maintenance',
  'cli.status.word.unknown': 'unknown (status not recognised)',
  // The command list, every command's --help and usage, and the error lines (all in the CLI's
  // language: --locale, else LC_ALL / LC_MESSAGES / LANG, else DEFAULT_LOCALE).
  'cli.main.help': `chatgpt-500 — triage ChatGPT "HTTP ERROR 500" reports

Usage: chatgpt-500 <command> [options]

Commands:
{commands}

Run "chatgpt-500 <command> --help" for a command's options.
Language of the texts: --locale <tag>, else LC_ALL, LC_MESSAGES or LANG, else DEFAULT_LOCALE ({locales}).
`,
  'cli.main.summary.start': 'run the bot (web page on PORT; Slack when configured)',
  'cli.main.summary.status': "print OpenAI's live status, classified for ChatGPT",
  'cli.main.summary.incidents': 'list open incidents from the configured store',
  'cli.main.summary.outbox': 'show the outbox: messages on their way and those that could not be delivered',
  'cli.main.summary.har': 'analyse a HAR file: what failed and where, with a redacted copy on request',
  'cli.main.summary.report': 'print a support report for OpenAI support, prefilled from the facts of a triage',
  'cli.main.summary.teams_package': 'write the app package (zip) to upload to Microsoft Teams',
  'cli.main.unknown_command': 'unknown command "{name}". Commands: {commands}.',
  'cli.main.config_error': 'configuration error: {message}',
  'cli.main.unexpected_error': 'unexpected error: {message}',
  'cli.args.unknown_option': "Unknown option '{option}'",
  'cli.args.missing_value': "Option '{option}' needs a value",
  'cli.args.no_value': "Option '{option}' takes no value",
  'cli.args.unexpected_argument': "Unexpected argument '{argument}': this command takes none",
  'cli.store.unavailable': 'cannot reach {where}: {reason}',
  'cli.store.failed': 'the store failed: {reason}',

  'cli.status.help': `Usage: chatgpt-500 status [--json] [--locale <tag>]

Reads OpenAI's live status page once (STATUS_URL, STATUS_PROVIDER) and says whether ChatGPT has a
live incident: the ChatGPT components, open incidents with links, and the age of the reading.

Options:
  --json      print the reading as JSON: "status" (chatgpt_incident, other_product_incident,
              operational or unknown), the affected ChatGPT components, and the normalized model
  --locale    the language of the text: {locales} (a tag such as de-DE works;
              default LC_ALL, LC_MESSAGES or LANG, else DEFAULT_LOCALE)
  -h, --help  show this help

A read that fails prints status "unknown" with the reason and still exits 0.
`,
  'cli.status.usage': 'status: {problem} (see "chatgpt-500 status --help")',

  'cli.incidents.help': `Usage: chatgpt-500 incidents [--recent] [--json] [--url <address of the running bot>] [--locale <tag>]

Lists the open incidents from the configured store (REDIS_URL, REDIS_SENTINELS or
REDIS_CLUSTER_NODES; REDIS_KEY_PREFIX). Without Redis a running bot keeps its incidents in its
own memory, which this command cannot see: it says how to ask the bot and exits 1.

Options:
  --url      ask a running bot instead of the store (GET <url>/api/incidents, with
             HELPDESK_TOKEN from the environment when set), e.g. --url http://localhost:3000
  --recent   also list incidents resolved in the last 24 hours
  --json     print {"incidents": [...]} (full records) instead of text
  --locale   the language of the text: {locales} (default LC_ALL, LC_MESSAGES or LANG,
             else DESK_LOCALE)
  -h, --help show this help
`,
  'cli.incidents.bad_url': `--url must be the bot's http(s) address, e.g. http://localhost:3000 (got "{url}")`,

  'cli.outbox.help': `Usage: chatgpt-500 outbox [--dead [--limit N]] [--retry-dead] [--json] [--locale <tag>]

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
  --locale <tag> the language of the text: {locales} (default LC_ALL, LC_MESSAGES or LANG,
                 else DESK_LOCALE)
  -h, --help     show this help
`,
  'cli.outbox.counts': 'Outbox: {ready} waiting, {inFlight} being delivered, {delayed} waiting for a retry{next}, {dead} could not be delivered.',
  'cli.outbox.next_in': ' (next in {seconds} s)',
  'cli.outbox.see_dead': 'See them with `chatgpt-500 outbox --dead`; send them again with `chatgpt-500 outbox --retry-dead`.',
  'cli.outbox.damaged': 'damaged',
  'cli.outbox.attempts': { one: '{count} attempt', other: '{count} attempts' },
  'cli.outbox.incident': 'incident {id}',
  'cli.outbox.retried': {
    one: 'Sent {count} message back to the outbox; a running bot delivers it now.',
    other: 'Sent {count} messages back to the outbox; a running bot delivers them now.',
  },
  'cli.outbox.no_dead': 'Every message was delivered: no dead letters.',
  'cli.outbox.bad_limit': '--limit must be a whole number from 1 to 10000',
  'cli.outbox.no_redis':
    'no Redis configured (REDIS_URL, REDIS_SENTINELS or REDIS_CLUSTER_NODES); the in-memory outbox lives inside the running bot process and cannot be read from here.',

  'cli.har.file_missing': 'FILE is missing',
  'cli.har.one_file': 'give one FILE',
  'cli.report.facts_required': '--facts is required',
  'cli.start.help': `Usage: chatgpt-500 start

Runs the bot: the triage page, the helpdesk board and the JSON API on PORT (default 3000),
Slack when it is configured, and /healthz, /readyz and /metrics. Settings come from environment
variables (see .env.example). With none set it serves the web page on the in-memory store.
In a terminal (or with LOG_FORMAT=pretty) it prints a start banner and readable log lines on
stderr; otherwise (LOG_FORMAT=json) only JSON log lines. SIGTERM or Ctrl+C stops it gracefully.
Exit codes: 0 stopped; 78 bad configuration; 69 the configured Redis cannot be reached; 1 other.

Options:
  --locale <tag>  the language of this help: {locales}
  -h, --help      show this help
`,
  'cli.teams_package.help': `Usage: chatgpt-500 teams-package --app-id <guid> --domain <host> [--out <file.zip>] [options]

Writes the Teams app package: a zip with manifest.json (deploy/teams/manifest.json with the
placeholders filled in), color.png and outline.png. Upload it in Teams (Apps → Manage your apps →
Upload an app) or in the Teams admin center. See "Install in Teams" in README.md.

Options:
  --app-id <guid>          the Azure Bot's Microsoft App ID (= TEAMS_APP_ID); also the app's id
  --domain <host>          the host name of the bot's public address, without https:// or a path,
                           e.g. chatgpt-500.example.com (Teams sends messages to
                           https://<host>/api/messages)
  --out <file.zip>         where to write the package (default {out})
  --app-version <x.y.z>    the app's version (default {version}); raise it for each
                           new package of an app that is already uploaded
  --developer-name <name>  shown as the app's publisher (default "{developer}"; at most 32 characters)
  --website-url <url>      the publisher's page (https; default https://<host>/)
  --privacy-url <url>      the privacy statement (https; default the website URL)
  --terms-url <url>        the terms of use (https; default the website URL)
  --locale <tag>           the language of this help: {locales}
  -h, --help               show this help
`,
  'cli.store.not_configured': 'no Redis configured: set REDIS_URL, REDIS_SENTINELS or REDIS_CLUSTER_NODES',
  'cli.facts.unknown_fact': 'unknown fact "{fact}" (known facts: {expected})',
  'cli.facts.unknown_value': 'unknown value "{value}" for fact "{fact}" (expected one of: {expected})',
  'cli.facts.does_not_fit': '{fact} "{value}" does not apply to {other} "{otherValue}" (expected one of: {expected})',
  'cli.facts.not_string': 'fact "{fact}" must be a string (one of: {expected})',
  'cli.facts.not_object': 'the facts must be a JSON object like {example}',
  'cli.teams_package.see_help': '{problem} (see "chatgpt-500 teams-package --help")',
  'cli.teams_package.bad_app_id': `--app-id must be the Azure Bot's Microsoft App ID, a GUID such as 00000000-0000-0000-0000-000000000000 (got "{value}")`,
  'cli.teams_package.domain_example': 'e.g. --domain chatgpt-500.example.com',
  'cli.teams_package.domain_scheme': '--domain takes the host name only, without "{scheme}" ({example})',
  'cli.teams_package.domain_path': '--domain takes the host name only, without a path ({example})',
  'cli.teams_package.domain_port': '--domain takes the host name only, without a port: Teams reaches the bot on https port 443 ({example})',
  'cli.teams_package.domain_wildcard': "--domain is the bot's own host name, not a wildcard ({example})",
  'cli.teams_package.domain_unreachable': '--domain "{value}" is not a host name that Teams can reach ({example}; internationalised names in their xn-- form)',
  'cli.teams_package.not_https': '{flag} must be an https:// address (got "{value}")',
  'cli.teams_package.too_long': '{flag} must be an https:// address of at most 2048 characters (got "{value}")',
  'cli.teams_package.app_id_required': "--app-id is required: the Azure Bot's Microsoft App ID",
  'cli.teams_package.domain_required': "--domain is required: the host name of the bot's public address",
  'cli.teams_package.bad_out': '--out must name a .zip file (got "{value}")',
  'cli.teams_package.bad_version': '--app-version must be MAJOR.MINOR.PATCH, e.g. 1.0.1 (got "{value}")',
  'cli.teams_package.bad_developer': '--developer-name must have 1 to 32 characters',
  'cli.teams_package.cannot_read': "cannot read the package's files in {dir} ({reason}); run it from a checkout of the repository",
  'cli.teams_package.cannot_write': 'cannot write {path} ({reason})',
  'cli.teams_package.wrote': 'Wrote {path} (bot {appId}, {endpoint}): upload it in Teams, see "Install in Teams" in README.md',
  'cli.start.cannot_start': 'cannot start: {reason}',
  'cli.start.cannot_listen': 'cannot listen on {address}: {reason}',
  'cli.start.address_in_use': 'the address is in use (set PORT to another port)',
} satisfies Record<string, Message>;
