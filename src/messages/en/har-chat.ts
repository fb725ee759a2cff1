import type { Message } from '../message.ts';

/**
 * English texts of the harChat area: a HAR shared in a chat, sent back redacted on request
 * (Slack's button and upload in the thread, Teams' file consent). The source of the area's ids.
 */
export const harChat = {
  'harChat.offer': 'Need it for a support ticket? I can send this HAR back to you here with the secrets replaced.',
  'harChat.button': 'Send me the redacted HAR',
  'harChat.comment': 'Here is {name} with cookies, tokens, keys and session ids replaced by [REDACTED]. Look it over before you attach it to your support ticket.',
  'harChat.gone': 'I could not read {name} again (it was deleted, changed or is no longer shared), so there is no redacted copy. Share the HAR in this thread again, then ask once more.',
  'harChat.not_yours': 'Only the person who shared this HAR can ask for its redacted copy.',
  'harChat.consent': 'The redacted copy of {name} (cookies, tokens, keys and session ids replaced), to attach to your support ticket.',
  'harChat.declined': 'All right, no redacted copy. The findings above stay in this chat.',
  'harChat.sent': 'Here is the redacted copy of {name}. Look it over before you attach it to your support ticket.',
} satisfies Record<`harChat.${string}`, Message>;
