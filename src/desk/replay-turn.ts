import { buildTurn, statusView } from './build-turn.ts';
import { subjectOf } from './commit-turn.ts';
import type { ConversationState } from './conversation-state.ts';
import type { DeskContext } from './desk-context.ts';
import type { Turn } from './desk.port.ts';

/** The crowd fact for a conversation's place, read without recording anything. */
function crowdFor(ctx: DeskContext, state: ConversationState) {
  return ctx.store.incidents.crowd({ ...(state.site ? { site: state.site } : {}), ...(state.facts.network ? { network: state.facts.network } : {}) });
}

/**
 * The conversation as it stands, as a turn: for a delivery seen before (`duplicate`: nothing was
 * recorded or sent again) or a reload (`full`).
 */
export async function replayTurn(ctx: DeskContext, state: ConversationState, options: { duplicate?: boolean; full?: boolean }): Promise<Turn> {
  const crowd = await crowdFor(ctx, state);
  const full = options.full ?? false;
  return buildTurn({
    subject: subjectOf(state, full),
    status: statusView(ctx.status.current()),
    crowd,
    allowlist: ctx.allowlist,
    at: ctx.now(),
    full,
    defaultLocale: ctx.defaultLocale,
    deskLocale: ctx.deskLocale,
    ...(options.duplicate ? { duplicate: true } : {}),
  });
}
