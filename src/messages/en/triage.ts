import type { Message } from '../message.ts';

/**
 * English texts of the triage area (questions, choices, "how to test" help, symptom labels,
 * verdicts, evidence, notes, the support report and the IT note): the source of the catalog's
 * ids. The four evidence labels and the allowlist domains stay exactly as the spec writes them in
 * every language.
 */
export const triage = {
  // Lists: "A", "A and B", "A, B and C" ({items}: all but the last, joined by ", ").
  'triage.list.and': '{items} and {last}',
  // Names after a colon: ": A; B" (French puts a space before the colon).
  'triage.list.named': ': {list}',

  'triage.question.surface': 'Where does ChatGPT fail for you?',
  'triage.choice.surface.web': 'In a web browser (chatgpt.com)',
  'triage.choice.surface.desktop': 'In the desktop app (Mac or Windows)',
  'triage.choice.surface.mobile': 'In the phone app (iOS or Android)',
  'triage.choice.surface.api': 'In code calling the OpenAI API',

  'triage.question.symptom': 'What exactly do you see?',
  'triage.question.symptom_api': 'Which status code does the API return?',
  'triage.symptom.http_500': '"HTTP ERROR 500" or "Internal Server Error"',
  'triage.symptom.http_403': '"403" or "Access denied"',
  'triage.symptom.ssl_or_network_config': '"Network configuration issue" or an SSL certificate error',
  'triage.symptom.unusual_activity': '"Unusual activity detected"',
  'triage.symptom.cloudflare_challenge': 'A Cloudflare check ("Verify you are human") that never passes',
  'triage.symptom.other': 'Something else',
  'triage.symptom.api_500': '500 Internal Server Error',
  'triage.symptom.api_503': '503 Service Unavailable / overloaded',
  'triage.symptom.api_429': '429 Too Many Requests / quota exceeded',
  'triage.symptom.api_other': 'Another error code',

  'triage.question.clean_browser': 'Does ChatGPT work in a private (incognito) window?',
  'triage.choice.clean_browser.works': 'Yes, it works there',
  'triage.choice.clean_browser.fails': 'No, it fails there too',
  'triage.choice.clean_browser.not_tried': "I haven't tried",
  'triage.help.clean_browser':
    'Open a private window and sign in to chatgpt.com there. Chrome: Ctrl+Shift+N (Mac: ⌘+Shift+N). ' +
    'Edge: Ctrl+Shift+N for an InPrivate window (Mac: ⌘+Shift+N). Firefox: Ctrl+Shift+P (Mac: ⌘+Shift+P). ' +
    'Safari: ⌘+Shift+N. A private window runs without your cookies and most extensions, so it tells browser state apart from everything else.',

  'triage.question.web_works': 'Does ChatGPT work in a web browser on the same network?',
  'triage.choice.web_works.works': 'Yes, the web works',
  'triage.choice.web_works.fails': 'No, the web fails too',
  'triage.help.web_works':
    'On the same device and network, open https://chatgpt.com in a browser (a private window is best), sign in and try ' +
    'the same thing. If the web works, the service and the network are fine and the problem is in the app.',

  'triage.question.network': 'Which network are you on when it fails?',
  'triage.choice.network.office': 'Office / company Wi-Fi',
  'triage.choice.network.vpn': 'Connected through a VPN',
  'triage.choice.network.home': 'Home network',
  'triage.choice.network.mobile_data': 'Mobile data',

  'triage.question.other_network': 'Does ChatGPT work on another network, such as a phone hotspot?',
  'triage.choice.other_network.works': 'Yes, it works there',
  'triage.choice.other_network.fails': 'No, it fails there too',
  'triage.choice.other_network.not_tried': "I haven't tried",
  'triage.help.other_network':
    "Turn on your phone's personal hotspot, connect the laptop to it and turn off the VPN, then reload chatgpt.com " +
    '(on a phone: switch Wi-Fi off and use mobile data). This takes the company network, its filters and the VPN out of the path in one step.',

  'triage.question.api_health': 'Do API calls from your organization still work right now?',
  'triage.choice.api_health.works': 'Yes, API calls work',
  'triage.choice.api_health.fails': 'No, they fail too',
  'triage.choice.api_health.unknown': "I don't know",
  'triage.help.api_health':
    'Run `curl https://api.openai.com/v1/models -H "Authorization: Bearer $OPENAI_API_KEY"` with a key of your organization: ' +
    'a list of models means the API works. No key at hand? Ask whoever runs your API integrations whether their calls succeed right now.',

  'triage.question.retries': 'Do retries of the failing request eventually succeed?',
  'triage.choice.retries.intermittent': 'Yes, some retries succeed',
  'triage.choice.retries.persists': 'No, it keeps failing',

  // Facts inside sentences. "where": the network, with its preposition; owner your/our/the.
  'triage.where.your.office': 'on your office network',
  'triage.where.your.vpn': 'on your company VPN',
  'triage.where.your.home': 'on your home network',
  'triage.where.your.unknown': 'on your network',
  'triage.where.our.office': 'on our office network',
  'triage.where.our.vpn': 'on our company VPN',
  'triage.where.our.home': 'on our home network',
  'triage.where.our.unknown': 'on our network',
  'triage.where.the.office': 'on the office network',
  'triage.where.the.vpn': 'on the company VPN',
  'triage.where.the.home': 'on the home network',
  'triage.where.the.unknown': 'on the network',
  'triage.where.mobile_data': 'on mobile data',

  'triage.outage.headline': 'A live ChatGPT outage: wait it out',
  'triage.outage.summary_incident_named': 'OpenAI reports a live ChatGPT incident: {incidents}.',
  'triage.outage.summary_incident': 'OpenAI’s status page reports a live ChatGPT incident.',
  'triage.outage.summary_crowd':
    'Many people on several networks are reporting the same failure right now: the sign of a live ChatGPT outage, even before the status page shows it.',
  'triage.outage.first_reporter': 'You’re the first person here who reported this.',
  // count: the minutes since the signal opened; reporters: two or more.
  'triage.outage.one_of': { one: "You're one of {reporters} people who reported this in the last minute.", other: "You're one of {reporters} people who reported this in the last {count} minutes." },
  'triage.outage.wait_is_fastest': 'Local cleanup cannot fix an upstream failure, so waiting is the fastest fix.',
  'triage.outage.step.follow_incident': 'Follow the incident: {incident}.',
  'triage.outage.step.follow_status': 'Follow OpenAI’s status page: {url}.',
  'triage.outage.step.affected': { one: 'Affected right now: {components} is degraded.', other: 'Affected right now: {components} are degraded.' },
  'triage.outage.step.wait_app': 'Wait 10 to 30 minutes, then force close the app and open it again.',
  'triage.outage.step.wait_web': 'Wait 10 to 30 minutes, then retry on a fresh page load (close the tab, open chatgpt.com again).',
  'triage.outage.step.skip_cleanup':
    'Skip deep cleanup for now: clearing all site data, reinstalling, resetting your password or changing account settings will not fix an upstream outage.',
  'triage.outage.step.after':
    'If it still fails after the incident is resolved, start a new triage: then it is worth isolating your browser and network.',
  'triage.outage.stop_when': 'ChatGPT recovers on a fresh load, without any deeper cleanup.',

  'triage.api_rate_limit.headline': '429: a rate limit or quota, not a server incident',
  'triage.api_rate_limit.summary':
    'A 429 means your requests hit a rate limit or ran out of quota. That is a different problem from a 500 or 503: ' +
    'retrying harder or waiting for the status page will not fix it.',
  'triage.api_rate_limit.step.read':
    'Read the error message: it says whether you hit a rate limit (requests or tokens per minute) or exhausted your quota or credits.',
  'triage.api_rate_limit.step.limits': 'Check the limits and usage of the project and model in the OpenAI dashboard.',
  'triage.api_rate_limit.step.billing': 'Check billing: the budget or usage limit of the org and project, and the remaining credit balance.',
  'triage.api_rate_limit.step.back_off':
    'Back off: honour the x-ratelimit-remaining-* and x-ratelimit-reset-* response headers, retry 429s with exponential backoff, and smooth bursts with a queue or lower concurrency.',
  'triage.api_rate_limit.step.tier': 'If you steadily need more throughput, raise the budget or ask for a higher usage tier instead of retrying harder.',
  'triage.api_rate_limit.step.not_5xx': 'Do not use the 5xx playbook (aggressive retries, waiting on status): it hides the real cause.',
  'triage.api_rate_limit.stop_when': 'Requests succeed while staying within your limits.',

  'triage.api_server.headline': 'API 5xx: retry with backoff, log, and watch status',
  'triage.api_server.code_503': '503 means overload or temporary unavailability',
  'triage.api_server.code_500': '500 is a server-side processing error',
  'triage.api_server.summary':
    '{code}: worth retrying after a short wait. Retry only the 5xx path, and keep enough evidence to tell a local problem from an OpenAI-side one.',
  'triage.api_server.retries.intermittent':
    'Some retries succeed, so backoff with jitter should absorb most failures; log the rest to measure the failing rate.',
  'triage.api_server.retries.persists': 'It keeps failing across retries, so collect the evidence below now: it may soon be a case for support.',
  'triage.api_server.step.retry': 'Retry only 500 and 503, with exponential backoff and jitter (snippet below); never retry 4xx errors this way.',
  'triage.api_server.step.log':
    'Log each failing call: the x-request-id response header, your X-Client-Request-Id (keep it through proxies and gateways), model, endpoint, service tier, project, timestamp with timezone, and the failing percentage.',
  'triage.api_server.step.service_health':
    'If you have Service Health access, filter it to one model, one service tier and the affected project before you read any spike: the aggregate view hides or inflates local failures.',
  'triage.api_server.step.local':
    'If the filtered view shows no matching spike, suspect timeouts, proxies or networking on your side before assuming an OpenAI outage.',
  'triage.api_server.step.watch_incidents': 'Watch {url}: OpenAI currently reports {incidents}. Check whether it covers the API and your model.',
  'triage.api_server.step.watch': 'Watch {url} (the API components) until the errors stop.',
  'triage.api_server.step.support': 'If the errors persist, send support the API report below.',
  'triage.api_server.stop_when': 'The API stabilizes, or you have enough evidence for support.',

  'triage.app_tls.headline': 'The network inspects the app’s encrypted traffic (SSL/TLS inspection)',
  'triage.app_tls.summary':
    '"Network configuration issue" or a wrong SSL certificate in the app usually means a corporate filter is intercepting ' +
    'the TLS connection to OpenAI. The service itself is fine.',
  'triage.app_tls.step.update': 'Update the app to the latest version.',
  'triage.app_tls.step.web': 'Meanwhile, use ChatGPT on the web at https://chatgpt.com.',
  'triage.app_tls.step.ask_it': 'Ask IT whether SSL/TLS inspection (decryption) should be disabled for the public OpenAI domains: {domains}.',
  'triage.app_tls.step.confirm': 'To confirm, try the app on a network without inspection, such as a phone hotspot with the VPN off.',
  'triage.app_tls.stop_when': 'The web works for you and IT has the SSL-inspection request.',

  'triage.app.headline': 'The app is the problem; the web is your control',
  'triage.app.summary_unusual':
    'Persistent "unusual activity" errors in the iOS app usually come from a VPN, DNS or the device check, not from a broken account.',
  'triage.app.summary':
    'ChatGPT works in a browser on the same network, so the service, your account and the network are fine: the failure is in the app.',
  'triage.app.step.web': 'Use ChatGPT on the web (https://chatgpt.com) while you fix the app.',
  'triage.app.step.vpn': 'Turn off any VPN and try again.',
  'triage.app.step.dns': 'Change DNS: turn off a custom DNS profile or filtering DNS app (or try another DNS server) and try again.',
  'triage.app.step.app_attest':
    'iOS: open https://register.appattest.apple.com/ in Safari. If it does not load, something on the device or network blocks Apple’s app check, which the app needs.',
  'triage.app.step.update': 'Force close the app, update it to the latest version, and sign in again.',
  'triage.app.step.other_network': 'Test on another network (mobile data or a hotspot) before you reinstall.',
  'triage.app.step.reinstall': 'Only then reinstall the app.',
  'triage.app.stop_when': 'The app works.',

  'triage.cloudflare_challenge.headline': 'A security challenge fails: filtering, not a server 500',
  'triage.cloudflare_challenge.summary':
    'A Cloudflare check that never passes means security filtering sits in the path. It is not a ChatGPT server error, ' +
    'so cleanup of your account will not help.',
  'triage.cloudflare_challenge.step.reachable':
    'Check that https://challenges.cloudflare.com is reachable from this device: a block page or timeout there means it is filtered.',
  'triage.cloudflare_challenge.step.vpn': 'Turn off the VPN or proxy and try again.',
  'triage.cloudflare_challenge.step.extensions': 'Try without extensions (privacy filters, ad and script blockers), for example in a private window.',
  'triage.cloudflare_challenge.step.browser': 'Keep the browser up to date and allow JavaScript and cookies for chatgpt.com.',
  'triage.cloudflare_challenge.step.it': 'If challenges.cloudflare.com is blocked at work, ask IT to allowlist it and not to intercept it.',
  'triage.cloudflare_challenge.stop_when': 'The challenge passes and ChatGPT loads.',

  'triage.browser.headline': 'Browser state: it works in a clean window',
  'triage.browser.summary':
    'ChatGPT works in a private window with the same account, so the service and the network are fine. The cause is ' +
    'cookies, stored site data or an extension in your usual browser profile.',
  'triage.browser.step.cookies': 'Clear cookies and site data for ChatGPT only (chatgpt.com and openai.com), not for your whole browser.',
  'triage.browser.step.sign_in': 'Sign out of ChatGPT and sign in again.',
  'triage.browser.step.extensions':
    'Still failing? Disable extensions one at a time, reloading after each: security tools, ad blockers, privacy filters and password managers first.',
  'triage.browser.step.skip': 'Skip password resets and browser reinstalls: the private-window test already showed the cause is local state.',
  'triage.browser.stop_when': 'The error is gone in a clean browser context, and after the cleanup in your usual profile too.',

  'triage.network.headline': 'The network path is the problem: VPN, DNS, filtering or SSL inspection',
  'triage.network.colleagues': { one: '{count} colleague on the same network reported this', other: '{count} colleagues on the same network reported this' },
  'triage.network.summary_works':
    'ChatGPT works on another network, so the service and your account are fine: something {where} (VPN, secure DNS, web filtering or SSL inspection) blocks or rewrites its traffic.',
  'triage.network.summary_crowd': 'Several people on your network report the same failure: the managed network is the likely cause, not ChatGPT itself.',
  'triage.network.summary_crowd_colleagues':
    'Several people on your network report the same failure ({colleagues}): the managed network is the likely cause, not ChatGPT itself.',
  'triage.network.step.work_elsewhere': 'For now, work on the network that works, such as your phone hotspot.',
  'triage.network.step.check_yourself': 'Check it yourself: try a phone hotspot with the VPN off. If ChatGPT works there, it is the network.',
  'triage.network.step.vpn_off':
    'Turn the VPN off, or switch to another exit location, and try again: VPN exits can be blocked or handle DNS aggressively.',
  'triage.network.step.vpn_maybe': 'If you use a VPN, try with it off, then with a different exit location.',
  'triage.network.step.dns':
    'Check secure DNS: switch the browser’s secure DNS (DNS over HTTPS) or any filtering DNS app off, or to another provider, and try again.',
  'triage.network.step.send_note': 'Send IT the note below: it asks them to check web filtering and SSL inspection for OpenAI’s domains.',
  'triage.network.step.colleagues': '{colleagues}: IT should treat it as one network problem.',
  'triage.network.step.skip': 'Skip browser cleanup and account resets: the network is where the failure is.',
  'triage.network.stop_when': 'ChatGPT works on an unfiltered network (and on this one once IT has fixed the filtering).',

  'triage.web_session.headline': 'A web or session problem; the API path is healthy',
  'triage.web_session.summary':
    'ChatGPT on the web fails even in a private window and on another network, while API calls from your organization still ' +
    'succeed: the web or sign-in/session path is failing, not OpenAI as a whole.',
  'triage.web_session.step.api': 'Keep the API out of it: it is healthy, so leave retry logic and production traffic alone.',
  'triage.web_session.step.browser': 'Try another browser, then another device, with the same account.',
  'triage.web_session.step.sign_in': 'Sign out of ChatGPT and sign in again (through your company sign-in if you use one).',
  'triage.web_session.step.app': 'Try the desktop or phone app as a control.',
  'triage.web_session.step.support':
    'If it fails on every browser and device, collect a HAR and the console log and contact support with the time, browser and conversation URL. A HAR holds cookies and tokens: never post it unredacted.',
  'triage.web_session.stop_when': 'The API is healthy and the problem is clearly web-only.',

  'triage.escalate.headline': 'Reproducible: time to contact OpenAI support',
  'triage.escalate.survived_app': 'It fails in the app and in the browser, on another network too',
  'triage.escalate.survived_web': 'It fails in a private window and on another network too',
  'triage.escalate.summary': '{survived}, with no live ChatGPT incident known to explain it: a reproducible failure that support can act on.',
  'triage.escalate.api_fails': 'API calls from your organization fail as well: put that in the report.',
  'triage.escalate.step.time': 'Note the time it fails, with your timezone, and take screenshots of the error.',
  'triage.escalate.step.browser': 'Note your browser or app and its version, and the device.',
  'triage.escalate.step.har':
    'Capture a HAR file and the console log while you reproduce it in the browser (DevTools → Network → Export HAR; Console → Save as).',
  'triage.escalate.step.har_warning':
    'A HAR holds your cookies, bearer tokens and session ids: redact it before you share it, and never post it unredacted in a chat, channel or ticket.',
  'triage.escalate.step.url': 'Copy the conversation URL if it fails in a specific conversation.',
  'triage.escalate.step.support': 'Contact OpenAI support at https://help.openai.com with the report below.',
  'triage.escalate.stop_when': 'Support has a complete report.',
  'triage.escalate_api.headline': 'An API error to take to support',
  'triage.escalate_api.summary':
    'An API error that is neither a 5xx nor a 429 depends on the request itself. If its message does not explain it, ' +
    'it is a case for support with a complete API report.',
  'triage.escalate_api.step.payload': 'Read the error payload: its message often names the cause (key or permissions, model name, a parameter).',
  'triage.escalate_api.step.reproduce':
    'Reproduce it once with a minimal request, and keep the x-request-id of the response and your X-Client-Request-Id.',
  'triage.escalate_api.step.note': 'Note the model, endpoint, service tier, project, time range with timezone and the failing percentage.',
  'triage.escalate_api.step.support': 'Contact OpenAI support at https://help.openai.com with the API report below.',

  // Notes: what the live status says when it is not the verdict itself.
  'triage.note.status_unknown': 'OpenAI’s live status could not be read just now, so an outage is not ruled out: check {url} yourself.',
  'triage.note.other_product_api': 'OpenAI reports an incident outside ChatGPT{named}. If it covers the API, it may explain this error.',
  'triage.note.other_product':
    'OpenAI reports an incident in another product{named}. That is context, not a ChatGPT outage, so the triage keeps to your own path.',
  'triage.note.chatgpt_incident': 'OpenAI reports a ChatGPT incident{named}. The API is a separate path: that incident does not explain this error by itself.',
  'triage.note.surge': 'Many people are reporting ChatGPT failures right now. That concerns ChatGPT; the API is a separate path.',

  // Evidence details (the four labels themselves are the spec's, verbatim, in every language).
  'triage.evidence.other_network_works': 'Works on another network',
  'triage.evidence.other_network_works_failing': 'Works on another network; fails {where}',
  'triage.evidence.other_network_fails': 'Fails on another network too',
  'triage.evidence.not_tried': 'Not tried yet',
  'triage.evidence.clean_browser_works': 'Works in a private window',
  'triage.evidence.clean_browser_fails': 'Fails in a private window too',
  'triage.evidence.har_attached': 'Attached (redacted)',
  'triage.evidence.conversation_url': 'Conversation URL: {url}',
  'triage.evidence.request_ids': 'Request ID: {ids}',
  'triage.evidence.needed_api': 'Needed: the x-request-id (or X-Client-Request-Id) of a failing request',
  'triage.evidence.not_for_api': 'Not needed for an API failure',
  'triage.evidence.needed_web': 'Needed: the conversation URL, when the failure is in one conversation',

  'triage.report.web.time': 'Time of the failure, with timezone',
  'triage.report.web.browser': 'Browser or app, and its version',
  'triage.report.web.device': 'Device',
  'triage.report.web.screenshots': 'Screenshots of the error',
  'triage.report.web.isolation': 'Whether a private window or another network changed the result',
  'triage.report.web.har': 'HAR and console logs, if captured (redacted: no cookies or tokens)',
  'triage.report.web.url': 'Conversation URL, when one exists',
  'triage.report.api.org': 'Impacted Org ID',
  'triage.report.api.tier': 'Service tier (standard, priority or scale)',
  'triage.report.api.model': 'Model',
  'triage.report.api.endpoint': 'Endpoint',
  'triage.report.api.project': 'Project, when relevant',
  'triage.report.api.status': 'Status code',
  'triage.report.api.time': 'Time range, with timezone',
  'triage.report.api.percentage': 'Approximate failing percentage',
  'triage.report.api.payload': 'Error payload',
  'triage.report.api.request_id': 'x-request-id or X-Client-Request-Id',
  'triage.report.api.summary': 'A short summary of the request',

  // The IT note (network branch), written in the desk's language (TriageInput.itLocale).
  'triage.it_note.greeting': 'Hello IT team,',
  'triage.it_note.subject.web': 'ChatGPT in the browser (chatgpt.com)',
  'triage.it_note.subject.desktop': 'The ChatGPT desktop app',
  'triage.it_note.subject.mobile': 'The ChatGPT phone app',
  'triage.it_note.subject.api': 'Our calls to the OpenAI API',
  'triage.it_note.subject.unknown': 'ChatGPT',
  'triage.it_note.symptom.http_500': '"HTTP ERROR 500"',
  'triage.it_note.symptom.http_403': 'a 403 error',
  'triage.it_note.symptom.ssl_or_network_config': 'a "Network configuration issue" or SSL certificate error',
  'triage.it_note.symptom.unusual_activity': 'an "unusual activity" error',
  'triage.it_note.symptom.cloudflare_challenge': 'a Cloudflare challenge that never passes',
  'triage.it_note.symptom.other': 'errors',
  'triage.it_note.symptom.api_500': 'HTTP 500 errors',
  'triage.it_note.symptom.api_503': 'HTTP 503 errors',
  'triage.it_note.symptom.api_429': 'HTTP 429 errors',
  'triage.it_note.symptom.api_other': 'errors',
  'triage.it_note.fails': '{what} fails {where}.',
  'triage.it_note.fails_with': '{what} fails with {how} {where}.',
  'triage.it_note.other_network_works': 'It works on another network (a phone hotspot), so OpenAI’s service and my account are fine.',
  'triage.it_note.colleagues': { one: '{count} colleague on the same network reported this.', other: '{count} colleagues on the same network reported this.' },
  'triage.it_note.ask': 'Could you check whether our web filtering, proxy or SSL/TLS inspection blocks or intercepts these OpenAI domains?',
  'triage.it_note.minimum': 'Minimum set: {domains}',
  'triage.it_note.broader': 'Broader list: {domains}',
  'triage.it_note.no_rewrite': '- Web or URL filtering must not return unexpected content (block pages, rewritten responses) for these domains.',
  'triage.it_note.cookies': '- Intercepting or stripping cookies counts as blocking.',
  'triage.it_note.products': '- This is usually set in products such as {products}.',
  'triage.it_note.fix': '- The usual fix: allowlist these domains and disable SSL inspection for these public endpoints.',
  'triage.it_note.snapshot': '- The list above is a snapshot: please verify it against OpenAI’s live allowlist in the OpenAI Help Center (help.openai.com).',
  'triage.it_note.thanks': 'Thank you!',
} satisfies Record<string, Message>;
