import type { Message } from '../message.ts';

/**
 * English texts of the reading area: the source of the catalog's ids. How the bot says it read a
 * typed reply ("Got it: it fails in a private window too") and offers to change it. One short
 * clause per asked fact value (`reading.<fact>.<value>`), joined into `reading.got_it`.
 */
export const reading = {
  'reading.got_it': 'Got it: {facts}.',
  'reading.change': 'Change',
  'reading.keep': "That's right",
  'reading.change_hint': 'Not what you meant? Type "change" to answer again.',
  'reading.changed': "OK, let's take that again.",
  'reading.not_yours': 'Only the person who reported can change these answers.',
  'reading.surface.web': 'it fails in a web browser',
  'reading.surface.desktop': 'it fails in the desktop app',
  'reading.surface.mobile': 'it fails in the phone app',
  'reading.surface.api': 'it fails in code calling the OpenAI API',
  'reading.symptom.http_500': 'you see "HTTP ERROR 500"',
  'reading.symptom.http_403': 'you see "403" or "Access denied"',
  'reading.symptom.ssl_or_network_config': 'you see a network configuration or SSL certificate error',
  'reading.symptom.unusual_activity': 'you see "Unusual activity detected"',
  'reading.symptom.cloudflare_challenge': 'a Cloudflare check never lets you through',
  'reading.symptom.other': 'you see a different error',
  'reading.symptom.api_500': 'the API answers 500 Internal Server Error',
  'reading.symptom.api_503': 'the API answers 503 (overloaded)',
  'reading.symptom.api_429': 'the API answers 429 (too many requests or quota)',
  'reading.symptom.api_other': 'the API answers with another error code',
  'reading.clean_browser.works': 'it works in a private window',
  'reading.clean_browser.fails': 'it fails in a private window too',
  'reading.clean_browser.not_tried': "you haven't tried a private window yet",
  'reading.web_works.works': 'ChatGPT works in a web browser on the same network',
  'reading.web_works.fails': 'it fails in a web browser on the same network too',
  'reading.network.office': "you're on the office or company Wi-Fi",
  'reading.network.vpn': "you're connected through a VPN",
  'reading.network.home': "you're on your home network",
  'reading.network.mobile_data': "you're on mobile data",
  'reading.other_network.works': 'it works on another network',
  'reading.other_network.fails': 'it fails on another network too',
  'reading.other_network.not_tried': "you haven't tried another network yet",
  'reading.api_health.works': 'API calls from your organization work',
  'reading.api_health.fails': 'API calls from your organization fail too',
  'reading.api_health.unknown': "you don't know whether API calls work",
  'reading.retries.intermittent': 'some retries succeed',
  'reading.retries.persists': 'retries keep failing',
} satisfies Record<string, Message>;
