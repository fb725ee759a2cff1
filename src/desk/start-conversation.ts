import { parseReply } from '../triage/parse-reply.ts';
import { statusView } from './build-turn.ts';
import { writeTurn } from './commit-turn.ts';
import { threadKey, type ConversationState } from './conversation-state.ts';
import { loadConversation, type DeskContext } from './desk-context.ts';
import { DeskError } from './desk-error.ts';
import type { Opened, StartInput, Turn } from './desk.port.ts';
import { readFacts } from './read-facts.ts';
import { addToTranscript } from './transcript.ts';
import { replayTurn } from './replay-turn.ts';

export const MAX_TEXT = 4000;

/**
 * A new conversation in one write step (commit-turn.ts) that claims its delivery id, saves it,
 * records its report and enqueues its first turn: one store call. A retried delivery finds the
 * id claimed and replays the first one's conversation (one more read); a platform whose threads
 * are indexed (Teams) binds its thread after the save.
 */
export async function startConversation(ctx: DeskContext, input: StartInput): Promise<Turn> {
  const begun = await beginConversation(ctx, input);
  return begun.replay ? replayTurn(ctx, begun.replay, { duplicate: true }) : begun.build();
}

/**
 * The same start for a caller that shows nothing of the first turn (desk.open): the same claim,
 * write step and binding, and no turn is built, neither the first one nor a duplicate's replay.
 */
export async function openConversation(ctx: DeskContext, input: StartInput): Promise<Opened> {
  const begun = await beginConversation(ctx, input);
  return begun.replay ? { conversationId: begun.replay.id, duplicate: true } : { conversationId: begun.conversationId, duplicate: false };
}

type Begun = { replay: ConversationState } | { replay?: undefined; conversationId: string; build: () => Turn };

async function beginConversation(ctx: DeskContext, input: StartInput): Promise<Begun> {
  const { store } = ctx;
  const id = ctx.newId();
  const text = (input.text ?? '').slice(0, MAX_TEXT);
  const reading = parseReply(text, { facts: {} });
  const facts = text.trim() && reading.understood ? reading.facts : {};
  const spoken = text.trim() && reading.understood ? reading.language : undefined;
  const site = input.site ?? reading.details.site;
  const at = ctx.now();
  const status = statusView(ctx.status.current());
  const state: ConversationState = {
    id,
    reporter: input.reporter,
    thread: input.thread,
    facts,
    details: reading.details,
    ...(site ? { site } : {}),
    ...(input.uncounted ? { uncounted: true } : {}),
    // The language the person wrote the opening text in, when the parser is sure of it; else the
    // platform's. Unset until one names it: a delivery may still look it up (else the default).
    ...(spoken ? { locale: spoken } : input.locale ? { locale: input.locale } : {}),
    lastStatus: status.summary.status,
    subscribed: false,
    notices: [],
    ...(text.trim() ? { transcript: addToTranscript([], { by: 'text', text, read: readFacts({}, facts), understood: reading.understood }) } : {}),
    events: input.eventId ? [input.eventId] : [],
    startedAt: at,
    updatedAt: at,
  };
  const written = await writeTurn(ctx, {
    state,
    expectedVersion: 0,
    status,
    at,
    understood: true,
    full: true,
    statusChanged: false,
    read: readFacts({}, facts),
    ...(input.deliver ? { deliver: true } : {}),
    ...(input.via ? { via: input.via } : {}),
    ...(input.eventId ? { claim: input.eventId } : {}),
  });
  if (written.conflict) {
    // Another start under the same delivery id came first (claimedBy), or, with a fresh id, never.
    const winner = written.claimedBy ? await loadConversation(ctx, written.claimedBy) : null;
    if (winner) return { replay: winner.state };
    throw new DeskError('desk.conflict', written.claimedBy ? `delivery ${input.eventId ?? ''} started conversation ${written.claimedBy}, which is gone` : `conversation id ${id} is taken`);
  }
  const key = threadKey(input.thread);
  if (key && input.rebind) await store.threads.rebind(key, id);
  else if (key) await store.threads.bind(key, id);
  ctx.metrics?.conversationsStarted.inc({ platform: input.reporter.platform });
  ctx.metrics?.reports.inc({ platform: input.reporter.platform });
  ctx.logger?.debug({ conversationId: id, platform: input.reporter.platform }, 'conversation started');
  return { conversationId: id, build: written.build };
}
