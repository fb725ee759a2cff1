// "Got it: …" on the triage page: how the bot read a typed reply, with a Change link that takes
// those facts back (POST /api/conversations/:id/change) and shows the question again.
import { el, randomId } from './common.js';

/**
 * Returns show(read): adds the bot's "Got it" line with its Change link to the conversation.
 * `deps`: api, withBusy, addMessage, renderTurn, and conversationId() (the current one).
 */
export function createUnderstood(deps) {
  return function show(read) {
    if (!read || !read.text) return;
    const link = el('button', { type: 'button', className: 'link-button change-reading', onClick: (event) => change(event.currentTarget, read) }, read.change || 'Change');
    deps.addMessage('bot', `${read.text} `, link);
  };

  async function change(button, read) {
    const id = deps.conversationId();
    if (!id) return;
    await deps.withBusy(button, async () => {
      const turn = await deps.api(`/api/conversations/${encodeURIComponent(id)}/change`, {
        method: 'POST',
        body: { facts: read.facts.map((f) => ({ fact: f.fact, value: f.value })) },
        headers: { 'Idempotency-Key': randomId() },
      });
      // Once used, the link stays as a plain word: the question is on screen again.
      button.dataset.keepDisabled = 'true';
      button.disabled = true;
      deps.renderTurn(turn);
    });
  }
}
