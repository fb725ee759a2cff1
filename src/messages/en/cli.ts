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
                     default DEFAULT_LOCALE, now {default}). Fact ids, values and branch ids never change.
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
  'cli.interactive.unclear': "Sorry, I couldn't tell what you meant. Pick a choice, or say it another way.",
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
} satisfies Record<string, Message>;
