import type { Message } from '../message.ts';

/**
 * English texts of the netcheck area: "Check my network" linked from the Slack and Teams threads
 * (the button, the result in the thread, the page the link opens, its errors). The source of the
 * catalog's `netcheck.` ids.
 */
export const netcheck = {
  // ---- in the Slack and Teams threads ----
  'netcheck.chat.button': 'Check my network',
  'netcheck.chat.button_again': 'Check my network again',
  'netcheck.chat.hint': 'Opens a page that tests, from your own browser, whether it reaches each domain ChatGPT needs. The result comes back here.',
  'netcheck.chat.heading': 'Network check from your browser',
  'netcheck.chat.blocked': 'Blocked: {domains}.',
  'netcheck.chat.reachable': 'Reachable: {domains}.',
  'netcheck.chat.all_reachable': 'Every domain it checked was reachable: {domains}.',
  'netcheck.chat.it_note': 'The note for IT names the blocked domains.',
  // ---- the page the link opens ----
  'netcheck.page.title': 'Check my network · ChatGPT 500 helper',
  'netcheck.page.heading': 'Check my network',
  'netcheck.page.intro': 'Your browser tries to reach each domain ChatGPT needs, for a few seconds each, and tells the bot only which ones answered. Nothing else is sent. The result appears in your chat.',
  'netcheck.page.run': 'Check my network',
  'netcheck.page.results_label': 'Domains checked',
  'netcheck.page.checking': 'checking…',
  'netcheck.page.reachable': 'reachable',
  'netcheck.page.blocked': 'blocked',
  'netcheck.page.sent': 'Done: the result is in your chat. You can close this page.',
  'netcheck.page.failed': 'The result could not be sent. Try again, or ask the bot in your chat for a new link.',
  'netcheck.page.invalid': 'This link is not valid or has expired. Open the newest "Check my network" button in your chat.',
  // ---- errors of the page's API (403 / 404) ----
  'netcheck.error.forged': 'This network check link is not valid.',
  'netcheck.error.expired': 'This network check link has expired: use the newest one in your chat.',
  'netcheck.error.wrong_conversation': 'This network check link belongs to another conversation.',
  'netcheck.error.gone': 'This conversation has expired. Start a new report in your chat.',
} satisfies Record<`netcheck.${string}`, Message>;
