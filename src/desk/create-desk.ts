import { mutateConversation } from './mutate-conversation.ts';
import { answerChange, checkAnswer } from './answer-change.ts';
import { attachEvidence } from './attach-evidence.ts';
import { changeFacts } from './change-facts.ts';
import { threadKey } from './conversation-state.ts';
import { deskContext, loadConversation, type DeskDeps } from './desk-context.ts';
import { deskViews } from './desk-views.ts';
import type { Desk, TurnOptions } from './desk.port.ts';
import { replayTurn } from './replay-turn.ts';
import { replyChange } from './reply-change.ts';
import { MAX_TEXT, openConversation, startConversation } from './start-conversation.ts';
import type { StatusReading } from '../status/build-status-reading.ts';
import { transcriptLines } from './transcript-lines.ts';
import { takeTurn } from './take-turn.ts';
import { draftReport, fileReport } from './file-report.ts';

export type { DeskConfig, DeskDeps } from './desk-context.ts';

export interface DeskService extends Desk {
  /**
   * Applies a good status reading to the incidents: ChatGPT incidents on the page are linked (an
   * upstream incident opens if none is), linked ones no longer on the page resolve theirs, even if no
   * replica saw them go. Call it on every good reading.
   */
  reconcileStatus(reading: StatusReading): Promise<void>;
  /** Resolves incidents quiet for INCIDENT_QUIET_MINUTES (call on a timer, any replica). */
  sweep(): Promise<void>;
}

/**
 * The desk: the use cases every adapter calls, each in its own file over one shared context
 * (desk-context.ts). A turn is read (one store call), changed, and written in one step that
 * saves, records the report and enqueues what the reporter is owed (commit-turn.ts); every
 * replica can continue any conversation. Incident changes enqueue their card redraws and notices
 * inside that same step.
 */
export function createDesk(deps: DeskDeps): DeskService {
  const ctx = deskContext(deps);
  const { store, now } = ctx;

  /** The incident this conversation's report counted in, once it is resolved. */
  async function resolvedIncident(conversationId: string): Promise<{ incidentId: string; at: number } | undefined> {
    const report = await store.incidents.getReport(conversationId);
    if (!report?.incidentId) return undefined;
    const incident = await store.incidents.get(report.incidentId);
    return incident?.state === 'resolved' && incident.resolved ? { incidentId: incident.id, at: incident.resolved.at } : undefined;
  }
  return {
    ...deskViews({ store, now, status: ctx.status, config: deps.config }),

    start: (input) => startConversation(ctx, input),

    open: (input) => openConversation(ctx, input),

    async answer(conversationId, fact, value, options: TurnOptions = {}) {
      checkAnswer(fact, value);
      return takeTurn(ctx, conversationId, options, answerChange(fact, value));
    },

    reply(conversationId, text, options: TurnOptions = {}) {
      return takeTurn(ctx, conversationId, options, replyChange(text.slice(0, MAX_TEXT), ctx.status.current().status));
    },

    change: (conversationId, facts, options: TurnOptions = {}) => changeFacts(ctx, conversationId, facts, options),

    attachEvidence: (conversationId, evidence, options: TurnOptions = {}) => attachEvidence(ctx, conversationId, evidence, options),

    reportDraft: (conversationId, options = {}) => draftReport(ctx, conversationId, options),

    report: (conversationId, input, options = {}) => fileReport(ctx, conversationId, input, options),

    async subscribe(conversationId, options = {}) {
      await mutateConversation(
        store.conversations,
        conversationId,
        (s) => ({
          state: { ...s, subscribed: true },
          entries: options.deliver
            ? [
                {
                  id: `subscribed:${conversationId}`,
                  lane: `cv:${conversationId}`,
                  body: { kind: 'thread', conversationId, thread: s.thread, message: { type: 'subscribed' }, ...(options.via ? { via: options.via } : {}) },
                },
              ]
            : [],
        }),
        { now },
      );
      const r = await store.incidents.subscribe(conversationId);
      return { subscribed: true as const, ...('incidentId' in r ? { incidentId: r.incidentId } : {}) };
    },

    async get(conversationId, options = {}) {
      const loaded = await loadConversation(ctx, conversationId);
      if (!loaded) return null;
      const { state } = loaded;
      const [t, resolved] = await Promise.all([replayTurn(ctx, state, { full: true }), options.resolved ? resolvedIncident(conversationId) : undefined]);
      return {
        ...t,
        notices: state.notices,
        transcript: transcriptLines(state.transcript, t.locale),
        ...(resolved ? { resolved } : {}),
        reporter: state.reporter,
        thread: state.thread,
        startedAt: state.startedAt,
        updatedAt: state.updatedAt,
        ...(t.verdict ? { branch: t.verdict.branch } : {}),
      };
    },

    async findByThread(thread) {
      const key = threadKey(thread);
      return key ? store.threads.find(key) : null;
    },

    async reconcileStatus(reading) {
      if (reading.fetchedAt === null || reading.stale || reading.status === 'unknown') return;
      await store.incidents.reconcileStatus({
        live: reading.incidents.map((i) => i.id),
        chatgpt: reading.incidents.filter((i) => i.chatgpt).map((i) => ({ id: i.id, name: i.name, ...(i.url ? { url: i.url } : {}) })),
      });
    },

    async sweep() {
      await store.incidents.sweep();
    },
  };
}
