import { randomUUID } from 'node:crypto';
import type { Config } from '../config.ts';
import type { CrowdReading, ReportInput } from '../incidents/incident-types.ts';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import type { NewOutboxEntry } from '../outbox/outbox-entry.ts';
import type { StatusReading } from '../status/build-status-reading.ts';
import type { Store } from '../store/store.port.ts';
import { applyReply } from '../triage/apply-reply.ts';
import { isFactValue, OBSERVED_FACTS, type AskedFactId, type Facts } from '../triage/fact-values.ts';
import { mergeFacts } from '../triage/merge-facts.ts';
import { parseFacts } from '../triage/parse-facts.ts';
import { parseReply } from '../triage/parse-reply.ts';
import { TriageInputError } from '../triage/triage-input-error.ts';
import { buildTurn, decideFor } from './build-turn.ts';
import { parseConversationState, threadKey, type ConversationState } from './conversation-state.ts';
import { createIncidentDesk } from './create-incident-desk.ts';
import { DeskError } from './desk-error.ts';
import type { Desk, StartInput, Turn, TurnOptions } from './desk.port.ts';
import { mutateConversation } from './mutate-conversation.ts';
import { summarizeStatus } from './summarize-status.ts';

/** Two crowd readings the engine would decide the same on. */
function sameCrowd(a: CrowdReading, b: CrowdReading): boolean {
  return a.fact === b.fact && a.incidentId === b.incidentId && a.reporters === b.reporters && a.places === b.places && a.openedAt === b.openedAt && a.samePlace === b.samePlace;
}

export type DeskConfig = Pick<Config, 'IT_ALLOWLIST_MINIMUM' | 'IT_ALLOWLIST_BROADER'>;

export interface DeskDeps {
  store: Store;
  /** The status service (or anything with its cached reading): the hot path never fetches. */
  status: { current(): StatusReading };
  config: DeskConfig;
  metrics?: Metrics;
  logger?: Logger;
  now?: () => number;
  newId?: () => string;
}

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

const MAX_TEXT = 4000;

/** The outbox entry that shows a turn to the reporter: one per saved version of the conversation. */
function turnEntry(state: ConversationState, version: number, turn: Turn, via?: Record<string, string>): NewOutboxEntry {
  return {
    id: `turn:${state.id}:${version}`,
    lane: `cv:${state.id}`,
    body: { kind: 'thread', conversationId: state.id, thread: state.thread, message: { type: 'turn', turn }, ...(via ? { via } : {}) },
  };
}

/**
 * The desk: runs one conversation turn at a time for every adapter. A turn loads the conversation,
 * applies the answer, records the report (aggregation), asks the engine, and saves, enqueueing in
 * the same atomic step the message the reporter is owed when the caller asks for delivery (chat
 * platforms); on a conflict with another replica the whole turn runs again on the latest state.
 * Every replica can continue any conversation. Incident changes enqueue their card redraws and
 * notices inside the aggregation step itself.
 */
export function createDesk(deps: DeskDeps): DeskService {
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? randomUUID;
  const { store } = deps;
  const allowlist = { minimum: [...deps.config.IT_ALLOWLIST_MINIMUM], broader: [...deps.config.IT_ALLOWLIST_BROADER] };

  const reportOf = (state: ConversationState, branch?: ReportInput['branch']): ReportInput => ({
    conversationId: state.id,
    reporterId: `${state.reporter.platform}:${state.reporter.id}`,
    platform: state.reporter.platform,
    firstAt: state.startedAt,
    ...(state.facts.surface ? { surface: state.facts.surface } : {}),
    ...(state.facts.symptom ? { symptom: state.facts.symptom } : {}),
    ...(state.facts.network ? { network: state.facts.network } : {}),
    ...(state.facts.other_network ? { otherNetwork: state.facts.other_network } : {}),
    ...(state.site ? { site: state.site } : {}),
    ...(branch ? { branch } : {}),
    ...(state.uncounted ? { uncounted: true } : {}),
  });

  /** Records the report, decides, and records the branch too once there is a verdict. */
  async function settle(state: ConversationState, options: { understood?: boolean; full?: boolean; statusChanged?: boolean }): Promise<Turn> {
    const reading = deps.status.current();
    const at = now();
    const first = await store.incidents.record(reportOf(state));
    let outcome = first;
    const decision = decideFor({ state, reading, crowd: first.crowd, allowlist, now: at });
    const branch = decision.verdict?.branch;
    if (branch && outcome.report.branch !== branch) {
      outcome = await store.incidents.record(reportOf(state, branch));
      deps.metrics?.verdicts.inc({ branch, platform: state.reporter.platform });
    }
    // The engine decides once, unless recording the verdict changed the crowd it decided on.
    const same = sameCrowd(first.crowd, outcome.crowd);
    return buildTurn({ state, reading, crowd: outcome.crowd, allowlist, now: at, ...(same ? { decision } : {}), ...options });
  }

  /** A turn for a delivery seen before: the conversation as it stands, nothing recorded or sent again. */
  async function replay(state: ConversationState): Promise<Turn> {
    const crowd = await crowdOf(state);
    return buildTurn({ state, reading: deps.status.current(), crowd, allowlist, now: now(), duplicate: true });
  }

  /** The crowd fact for the conversation's place, read without recording anything. */
  const crowdOf = (state: ConversationState) =>
    store.incidents.crowd({ ...(state.site ? { site: state.site } : {}), ...(state.facts.network ? { network: state.facts.network } : {}) });

  async function load(id: string): Promise<ConversationState | null> {
    const stored = await store.conversations.get(id);
    return stored ? parseConversationState(stored.state) : null;
  }

  async function turn(
    id: string,
    options: TurnOptions,
    change: (s: ConversationState) => { state: ConversationState; understood: boolean } | { unchanged: true },
  ): Promise<Turn> {
    const status = deps.status.current().status;
    let result: Turn | undefined;
    const m = await mutateConversation(
      store.conversations,
      id,
      async (s, version) => {
        const r = change(s);
        if ('unchanged' in r) return { state: s, unchanged: true };
        const state = { ...r.state, lastStatus: status };
        result = await settle(state, { understood: r.understood, statusChanged: s.lastStatus !== status });
        return { state, entries: options.deliver ? [turnEntry(state, version, result, options.via)] : [] };
      },
      { now, ...(options.eventId ? { eventId: options.eventId } : {}) },
    );
    if (m.duplicate || !result) return replay(m.state);
    return result;
  }

  return {
    incidents: createIncidentDesk({ store, now }),

    async start(input: StartInput) {
      let id = newId();
      if (input.eventId) {
        const holder = await store.threads.bind(`event:${input.eventId}`, id);
        if (holder !== id) {
          const existing = await load(holder);
          if (existing) return replay(existing);
          // The first delivery bound the event and stopped before saving (a crash, a store error):
          // this retry completes it under the same id. Should both save, the loser replays the winner.
          id = holder;
        }
      }
      const text = (input.text ?? '').slice(0, MAX_TEXT);
      const reading = parseReply(text, { facts: {} });
      const facts = text.trim() && reading.understood ? reading.facts : {};
      const site = input.site ?? reading.details.site;
      const at = now();
      const state: ConversationState = {
        id,
        reporter: input.reporter,
        thread: input.thread,
        facts,
        details: reading.details,
        ...(site ? { site } : {}),
        ...(input.uncounted ? { uncounted: true } : {}),
        lastStatus: deps.status.current().status,
        subscribed: false,
        notices: [],
        events: input.eventId ? [input.eventId] : [],
        startedAt: at,
        updatedAt: at,
      };
      const first = await settle(state, { full: true });
      const entries = input.deliver ? [turnEntry(state, 1, first, input.via)] : [];
      if ((await store.conversations.save(id, state, 0, entries)) !== 'ok') {
        const winner = input.eventId ? await load(id) : null;
        if (winner) return replay(winner);
        throw new DeskError('desk.conflict', `conversation id ${id} is taken`);
      }
      const key = threadKey(input.thread);
      if (key && input.rebind) await store.threads.rebind(key, id);
      else if (key) await store.threads.bind(key, id);
      deps.metrics?.conversationsStarted.inc({ platform: input.reporter.platform });
      deps.metrics?.reports.inc({ platform: input.reporter.platform });
      deps.logger?.debug({ conversationId: id, platform: input.reporter.platform }, 'conversation started');
      return first;
    },

    answer(conversationId: string, fact: AskedFactId, value: string, options: TurnOptions = {}) {
      if ((OBSERVED_FACTS as readonly string[]).includes(fact) || !isFactValue(fact, value)) {
        return Promise.reject(new DeskError('desk.invalid_answer', `"${String(value)}" is not an answer to "${String(fact)}"`));
      }
      return turn(conversationId, options, (s) => {
        // The same answer again (a second press of a card's button, a resent submit): nothing changes, nothing is sent.
        if (s.facts[fact] === value) return { unchanged: true };
        const facts = mergeFacts(s.facts, { [fact]: value } as Facts);
        try {
          parseFacts(facts);
        } catch (error) {
          if (error instanceof TriageInputError) throw new DeskError('desk.invalid_answer', error.message, { cause: error });
          throw error;
        }
        const { askedAgain: _dropped, ...rest } = s;
        return { state: { ...rest, facts }, understood: true };
      });
    },

    reply(conversationId: string, text: string, options: TurnOptions = {}) {
      const clipped = text.slice(0, MAX_TEXT);
      return turn(conversationId, options, (s) => {
        const reading = deps.status.current();
        const outcome = applyReply({ facts: { ...s.facts, status: reading.status }, details: s.details }, clipped);
        const { status: _status, crowd: _crowd, ...asked } = outcome.facts;
        const { askedAgain: _dropped, ...rest } = s;
        const site = s.site ?? outcome.details.site;
        return {
          state: { ...rest, facts: asked, details: outcome.details, ...(site ? { site } : {}), ...(outcome.understood ? {} : { askedAgain: 'unclear' as const }) },
          understood: outcome.understood,
        };
      });
    },

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

    async get(conversationId: string) {
      const state = await load(conversationId);
      if (!state) return null;
      const crowd = await crowdOf(state);
      const t = buildTurn({ state, reading: deps.status.current(), crowd, allowlist, now: now(), full: true });
      return { ...t, notices: state.notices, reporter: state.reporter, thread: state.thread, startedAt: state.startedAt, updatedAt: state.updatedAt, ...(t.verdict ? { branch: t.verdict.branch } : {}) };
    },

    async findByThread(thread) {
      const key = threadKey(thread);
      return key ? store.threads.find(key) : null;
    },

    status: () => summarizeStatus(deps.status.current()),

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
