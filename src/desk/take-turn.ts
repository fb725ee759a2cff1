import { statusView } from './build-turn.ts';
import { commitTurn } from './commit-turn.ts';
import type { ConversationState } from './conversation-state.ts';
import { loadConversation, type DeskContext } from './desk-context.ts';
import { DeskError } from './desk-error.ts';
import type { Turn, TurnOptions } from './desk.port.ts';
import { MAX_ATTEMPTS, rememberEvent } from './mutate-conversation.ts';
import type { ClearableReportField } from '../incidents/incident-types.ts';
import type { ReadFact } from './read-facts.ts';
import { replayTurn } from './replay-turn.ts';


/** What a person's answer changes: the new state and whether it was understood, or nothing. */
export type TurnChange = { state: ConversationState; understood: boolean; read?: ReadFact[]; cleared?: ClearableReportField[] } | { unchanged: true };

/**
 * One turn of an existing conversation in two store calls: read it, apply the change, and write
 * (commit-turn.ts: save, record, enqueue in one step). A delivery id applied before, or a change
 * that changes nothing, replays the conversation as it stands (nothing recorded or sent). On a
 * conflict (another replica answered at the same moment) the turn runs again on the latest state,
 * so no answer is lost and no message is owed twice.
 */
export async function takeTurn(ctx: DeskContext, id: string, options: TurnOptions, change: (s: ConversationState) => TurnChange): Promise<Turn> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const stored = await loadConversation(ctx, id);
    if (!stored) throw new DeskError('desk.not_found', `no conversation ${id} (unknown, or expired after a day of silence)`);
    const before = stored.state;
    if (options.eventId && before.events.includes(options.eventId)) return replayTurn(ctx, before, { duplicate: true });
    const changed = change(structuredClone(before));
    if ('unchanged' in changed) return replayTurn(ctx, before, { duplicate: true });
    const status = statusView(ctx.status.current());
    const at = ctx.now();
    const state: ConversationState = {
      ...changed.state,
      lastStatus: status.summary.status,
      updatedAt: at,
      ...(options.eventId ? { events: rememberEvent(before.events, options.eventId) } : {}),
    };
    const written = await commitTurn(ctx, {
      state,
      expectedVersion: stored.version,
      status,
      at,
      understood: changed.understood,
      full: false,
      statusChanged: before.lastStatus !== status.summary.status,
      ...(options.deliver ? { deliver: true } : {}),
      ...(options.via ? { via: options.via } : {}),
      ...(before.asked !== undefined ? { shownBefore: before.asked } : {}),
      ...(changed.read ? { read: changed.read } : {}),
      ...(changed.cleared ? { cleared: changed.cleared } : {}),
    });
    if (!written.conflict) return written.turn;
  }
  throw new DeskError('desk.conflict', `conversation ${id} is changing too fast; try again`);
}
