/** What a clicker is told when the desk refuses an answer or a subscription (by error code). */
export const DESK_ERROR_TEXT: Readonly<Record<string, string>> = {
  'desk.not_found': 'This conversation has expired. Type the command again to start a new one.',
  'desk.invalid_answer': 'That question has already moved on; use the buttons of the latest message.',
  'desk.conflict': 'Another answer arrived at the same moment; please press the button again.',
};
