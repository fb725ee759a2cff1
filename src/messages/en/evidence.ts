import type { Message } from '../message.ts';

/** English texts of the evidence area (HAR analysis, redaction): the source of the catalog's ids. */
export const evidence = {
  'evidence.cli.help': `Usage: chatgpt-500 har FILE [--json] [--redact-to OUT] [--locale xx]

Reads a HAR file (exported from the browser's Network panel) as a stream and reports what it
shows about ChatGPT: server errors with their request ids, Cloudflare challenges, requests that
never got an answer (extension, DNS, certificate, connection), a filtering product's block page,
401/403/429 answers, and which domains of the IT allowlist were reached and which failed.
Cookies, tokens, keys and session ids are redacted before anything is read or written.

Options:
  --json           print {"entries", "findings", "facts", "redacted", "allowlist"} as JSON
  --redact-to OUT  also write a redacted copy of the HAR to OUT, to attach to a support ticket
  --locale xx      the language of the text: en, de, es or fr (default: LC_ALL, LC_MESSAGES or LANG, else DEFAULT_LOCALE)
  -h, --help       show this help

Exit codes: 0 with the findings (even when there are none); 2 with one line on stderr when the
file is missing, not a HAR, cut off, or larger than HAR_MAX_BYTES (default 100 MB).
`,
  'evidence.har.summary': 'HAR read: {entries}; {redacted}.',
  'evidence.har.entries': { one: '{count} request', other: '{count} requests' },
  'evidence.har.redacted': { one: '{count} secret value redacted', other: '{count} secret values redacted' },
  'evidence.har.no_findings': 'Nothing in this HAR points at a problem with ChatGPT or the domains of the allowlist.',
  'evidence.har.findings': { one: '{count} finding:', other: '{count} findings:' },
  'evidence.har.omitted': { one: '…and {count} more finding, not listed.', other: '…and {count} more findings, not listed.' },
  'evidence.har.written': 'Redacted HAR written to {path}: cookies, tokens, keys and session ids are replaced by [REDACTED]. Look it over before you attach it to a ticket.',
  'evidence.har.shortened': { one: '{count} value over {mb} MB (a large body) was cut to its first {mb} MB.', other: '{count} values over {mb} MB (large bodies) were cut to their first {mb} MB.' },
  'evidence.har.symptom': 'The HAR settles the symptom: {symptom}.',

  'evidence.finding.server_error': 'Server error {status} from {where}',
  'evidence.finding.cloudflare_challenge': 'Cloudflare challenge instead of the answer from {where} ({detail}): security filtering, not a server error',
  'evidence.finding.challenge_failed': 'The Cloudflare challenge could not load from {where}: {detail}',
  'evidence.finding.no_response': 'No answer from {where}: {detail}',
  'evidence.finding.filtered': '{detail} answered instead of {where} ({evidence})',
  'evidence.finding.unauthorized': '401 Unauthorized from {where}: signed out, or the session expired',
  'evidence.finding.forbidden': '403 Forbidden from {where}',
  'evidence.finding.rate_limited': '429 Too Many Requests from {where}: a rate limit',
  'evidence.finding.time': 'at {time}',
  'evidence.finding.request_id': 'x-request-id {id}',
  'evidence.finding.cf_ray': 'cf-ray {id}',
  'evidence.finding.http_status': 'HTTP {status}',

  'evidence.cause.extension': 'blocked by a browser extension',
  'evidence.cause.dns': 'the name could not be resolved (DNS)',
  'evidence.cause.tls_interception': 'the certificate was not trusted: something on the network may be intercepting TLS',
  'evidence.cause.tls': 'the secure connection (TLS) failed',
  'evidence.cause.connection_reset': 'the connection was reset',
  'evidence.cause.connection_refused': 'the connection was refused',
  'evidence.cause.connection_closed': 'the connection was closed without an answer',
  'evidence.cause.timed_out': 'the connection timed out',
  'evidence.cause.proxy': 'the proxy failed or refused the connection',
  'evidence.cause.blocked_by_policy': "blocked by the administrator's browser policy",
  'evidence.cause.offline': 'the computer was offline',
  'evidence.cause.aborted': 'the load was cancelled',
  'evidence.cause.unknown': 'no answer was recorded',

  'evidence.product.zscaler': 'Zscaler',
  'evidence.product.cisco_umbrella': 'Cisco Umbrella',
  'evidence.product.fortinet': 'Fortinet (FortiGuard)',
  'evidence.product.sophos': 'Sophos',
  'evidence.product.barracuda': 'Barracuda',
  'evidence.product.mcafee_skyhigh': 'McAfee / Skyhigh Web Gateway',
  'evidence.product.palo_alto': 'Palo Alto Networks',
  'evidence.product.unknown': 'A filtering proxy',

  'evidence.filter.header': 'its header on a refused answer',
  'evidence.filter.redirect': 'a redirect to its block page',
  'evidence.filter.block_page': 'its block page',
  'evidence.filter.proxy_auth': 'proxy sign-in required, 407',

  'evidence.challenge.cf_mitigated': 'cf-mitigated: challenge',
  'evidence.challenge.challenge_page': 'the "Just a moment…" page',

  'evidence.allowlist.reached': 'Allowlist domains reached: {domains}',
  'evidence.allowlist.failed': 'Allowlist domains that failed: {domains}',
  'evidence.allowlist.none': 'No domain of the allowlist appears in this HAR.',

  'evidence.error.not_found': 'cannot read {file}: there is no such file',
  'evidence.error.unreadable': 'cannot read {file}',
  'evidence.error.not_har': '{file} is not a HAR file (JSON with "log" and "entries"): in the browser\'s Network panel, use "Save all as HAR"',
  'evidence.error.truncated': '{file} is cut off after {bytes} bytes, before the HAR ends: export it again',
  'evidence.error.too_large': '{file} is larger than the limit of {limit} bytes (HAR_MAX_BYTES): export only the page load that fails',
  'evidence.error.cannot_write': 'cannot write the redacted HAR to {file}',
  'evidence.error.same_file': '--redact-to must name another file than the HAR itself',
  'evidence.error.usage': 'har: {problem} (see "chatgpt-500 har --help")',

  // ---- the web page: HAR upload and network check (issue 14) ----
  'evidence.web.it_note.blocked': "A network check from the person's own browser could not reach: {domains}.",
  'evidence.web.it_note.har_failed': 'Their HAR shows requests to these domains failing on the way: {domains}.',
  'evidence.web.check.reachable': 'Reachable from your browser: {domains}.',
  'evidence.web.check.blocked': 'Blocked from your browser: {domains}.',
  'evidence.web.check.all_reachable': 'Your browser reached every domain it checked.',
  'evidence.web.error.too_large': 'This HAR is larger than {mb} MB, the most the bot reads: export only the page load that fails.',
  'evidence.web.error.not_har': "This file is not a HAR (JSON with \"log\" and \"entries\"): in the browser's Network panel, use \"Save all as HAR\".",
  'evidence.web.error.truncated': 'This HAR is cut off before its end: export it again.',
  'evidence.web.error.media_type': 'Send the HAR file itself as the request body, with Content-Type: application/har+json.',
  'evidence.report.title.web': 'Support report: ChatGPT (web or app)',
  'evidence.report.title.api': 'Support report: OpenAI API',
  'evidence.report.field.surface': 'Where it fails',
  'evidence.report.field.time': 'Time of the failure',
  'evidence.report.field.browser': 'Browser or app, and version',
  'evidence.report.field.device': 'Device',
  'evidence.report.field.what_happened': 'What I did',
  'evidence.report.field.screenshots': 'Screenshots',
  'evidence.report.field.conversation_url': 'Conversation URL',
  'evidence.report.field.request_ids': 'Request IDs',
  'evidence.report.field.status_page': 'OpenAI status page at the time',
  'evidence.report.field.har_findings': 'What the HAR shows',
  'evidence.report.field.org': 'Org ID',
  'evidence.report.field.tier': 'Service tier',
  'evidence.report.field.model': 'Model',
  'evidence.report.field.endpoint': 'Endpoint',
  'evidence.report.field.project': 'Project',
  'evidence.report.field.status_code': 'Status code',
  'evidence.report.field.time_range': 'Time range',
  'evidence.report.field.failing_percent': 'Failing requests (approx.)',
  'evidence.report.field.error_payload': 'Error payload',
  'evidence.report.field.request_summary': 'Request summary',
  'evidence.report.field.network_check': 'Network check from my browser',
  'evidence.report.network_check': 'blocked: {blocked}; reached: {reached}',
  'evidence.report.network_check_clear': 'every probed domain reached ({reached})',
  'evidence.report.surface.web': 'ChatGPT in a web browser',
  'evidence.report.surface.desktop': 'ChatGPT desktop app',
  'evidence.report.surface.mobile': 'ChatGPT phone app',
  'evidence.report.surface.api': 'OpenAI API',
  'evidence.report.surface_via': '{surface} (reported through {platform})',
  'evidence.report.app_version': 'ChatGPT app {version}',
  'evidence.report.time_given': '{time} ({zone})',
  'evidence.report.time_given_no_zone': '{time} (timezone not given)',
  'evidence.report.time_reported': 'failing at {time} {zone}, when it was reported',
  'evidence.report.time_reported_zone_unknown': 'failing at {time} UTC, when it was reported (the timezone "{given}" was not recognised)',
  'evidence.report.status_incidents': '{line}; incidents: {incidents}',
  'evidence.report.screenshots_ready': 'attached',
  'evidence.report.screenshots_none': 'none',
  'evidence.report.not_given': '(not given)',
  'evidence.report.evidence_heading': 'Evidence:',
  'evidence.report.evidence_line': '- {label}: {state}',
  'evidence.report.evidence_line_detail': '- {label}: {state} ({detail})',
  'evidence.report.done': 'done',
  'evidence.report.missing': 'missing',
  'evidence.report.incident_note': 'Support report filed ({kind})',
  'evidence.report.cli.help': `Usage: chatgpt-500 report --facts '<json>' [--details '<json>'] [--input '<json>'] [--json] [--locale xx]

Prints a support report for OpenAI's support form, prefilled from the facts of a triage (as
"chatgpt-500 triage --facts" takes them) and the details the person gave, with the four evidence
items marked done or missing.

Options:
  --facts '<json>'    the conversation's facts, e.g. '{"surface":"web","symptom":"http_500"}'
  --details '<json>'  details: browser, browserVersion, device, timezone, conversationUrl,
                      requestIds, model, endpoint, org, project, tier, harAttached, har, networkCheck
  --input '<json>'    the person's own fields: whatHappened, time, timezone, browser, device,
                      screenshots, harAttached, conversationUrl, requestIds, org, project, tier,
                      model, endpoint, statusCode, timeRange, failingPercent, errorPayload,
                      requestSummary
  --json              print {"text", "json"} instead of the text
  --locale xx         the report's language: en, de, es or fr (default: LC_ALL, LC_MESSAGES or LANG, else DEFAULT_LOCALE)
  -h, --help          show this help

Exit codes: 0 with the report; 2 with one line on stderr for bad input.
`,
  'evidence.report.cli.offer': 'This verdict calls for a support report. Fill it in now? (y/n)',
  'evidence.report.cli.intro': 'Answer what you can; press Enter to skip a field.',
  'evidence.report.cli.prompt.time': 'When did it fail (e.g. 14:05)?',
  'evidence.report.cli.prompt.timezone': 'Your timezone (e.g. Europe/Berlin or UTC+2)?',
  'evidence.report.cli.prompt.browser': 'Browser or app, and its version?',
  'evidence.report.cli.prompt.device': 'Device (e.g. MacBook Air, Windows 11 laptop)?',
  'evidence.report.cli.prompt.what_happened': 'What did you do when it failed?',
  'evidence.report.cli.prompt.screenshots': 'Do you have screenshots of the error? (y/n)',
  'evidence.report.cli.prompt.conversation_url': 'The conversation URL (https://chatgpt.com/c/…)?',
  'evidence.report.cli.prompt.request_ids': 'Request IDs (x-request-id), separated by commas?',
  'evidence.report.cli.prompt.org': 'Org ID (org-…)?',
  'evidence.report.cli.prompt.tier': 'Service tier (standard, priority or scale)?',
  'evidence.report.cli.prompt.model': 'Model?',
  'evidence.report.cli.prompt.endpoint': 'Endpoint (e.g. /v1/chat/completions)?',
  'evidence.report.cli.prompt.project': 'Project (proj_…), when relevant?',
  'evidence.report.cli.prompt.status_code': 'Status code (e.g. 500)?',
  'evidence.report.cli.prompt.time_range': 'Time range of the failures?',
  'evidence.report.cli.prompt.failing_percent': 'Roughly what percentage of requests fail (0-100)?',
  'evidence.report.cli.prompt.error_payload': 'The error payload (one line; remove keys first)?',
  'evidence.report.cli.prompt.request_summary': 'A short summary of the request?',
  'evidence.report.cli.invalid_answer': '{field}: {problem}. Skipped.',
  'evidence.report.cli.copy': '--- Support report (copy into https://help.openai.com) ---',
  'evidence.report.error.invalid': 'report: {field}: {problem}',
  'evidence.report.error.usage': 'report: {problem} (see "chatgpt-500 report --help")',

  // ---- chat: a HAR shared in a chat thread (issue 14) ----
  'evidence.chat.findings': 'I read your HAR file {name}. What it shows:',
  'evidence.chat.kept': 'Cookies, tokens, keys and session ids were removed before I read it, and the file itself is not kept.',
  'evidence.chat.too_large': 'Your HAR file {name} is larger than {limit}, the most I read, so I stopped downloading it. Save a HAR of only the page load that fails (clear the Network panel, reproduce once, "Save all as HAR") and share that one.',
  'evidence.chat.not_har': "{name} is not a HAR file I can read. In the browser's Network panel, use \"Save all as HAR\" and share the .har file.",
  'evidence.chat.truncated': '{name} is cut off before the HAR ends. Export it again and share the new file.',
  'evidence.chat.unavailable': 'I could not download {name}. Share it again in a minute.',
} satisfies Record<string, Message>;
