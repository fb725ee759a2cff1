import type { MessageId } from '../../src/messages/catalogs.ts';

/** What a clicker is told when the desk refuses an answer or a subscription (catalog ids by error code). */
export const DESK_ERROR_TEXT: Readonly<Record<string, MessageId>> = {
  'desk.not_found': 'slack.expired',
  'desk.invalid_answer': 'slack.desk_error.invalid_answer',
  'desk.conflict': 'chat.desk_error.conflict',
};
