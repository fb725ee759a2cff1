import { DeskError } from '../../../../src/desk/desk-error.ts';
import type { ConversationSnapshot, Desk, Reporter, StartInput, StatusSummary, ThreadAddress, Turn, TurnOptions } from '../../../../src/desk/desk.port.ts';
import type { BranchId } from '../../../../src/triage/branches.ts';
import type { AskedFactId, Facts } from '../../../../src/triage/fact-values.ts';
import { QUESTIONS } from '../../../../src/triage/questions.ts';
import { symptomQuestion } from '../../../../src/triage/symptom-questions.ts';
import type { AskAgainReason, Question, Verdict } from '../../../../src/triage/types.ts';

/**
 * A scripted desk for the web adapter's tests (the real desk is tested on its own): web surface →
 * symptom → private window → other network, with browser, network (IT note), escalate, outage and
 * api_server verdicts. It records every call, and refuses like the real one (DeskError codes).
 */
export interface FakeDesk extends Desk {
  calls: { method: string; args: unknown[] }[];
  setStatus(status: StatusSummary): void;
  /** Makes the next call throw this error. */
  failNext(error: Error): void;
}

interface Conversation {
  id: string;
  reporter: Reporter;
  thread: ThreadAddress;
  facts: Facts;
  startedAt: number;
  updatedAt: number;
  subscribed: boolean;
  lastTurn?: Turn;
  events: Set<string>;
}

export const OPERATIONAL: StatusSummary = { status: 'operational', line: 'ChatGPT: all systems operational (as of 1 min ago)', ageSeconds: 60, incidents: [] };

export function createFakeDesk(options: { status?: StatusSummary; now?: () => number } = {}): FakeDesk {
  const now = options.now ?? Date.now;
  let status = options.status ?? OPERATIONAL;
  let failure: Error | undefined;
  let counter = 0;
  const conversations = new Map<string, Conversation>();
  const calls: FakeDesk['calls'] = [];

  const enter = (method: string, args: unknown[]) => {
    calls.push({ method, args });
    if (failure) {
      const error = failure;
      failure = undefined;
      throw error;
    }
  };
  const find = (id: string) => {
    const c = conversations.get(id);
    if (!c) throw new DeskError('desk.not_found', `no conversation ${id}`);
    return c;
  };
  const turn = (c: Conversation, extra: { understood?: boolean; askedAgain?: AskAgainReason } = {}): Turn => {
    const decision = decide(c.facts, status, extra.askedAgain);
    const t: Turn = {
      conversationId: c.id,
      facts: { ...c.facts, status: status.status, crowd: 'none' },
      details: {},
      understood: extra.understood ?? true,
      duplicate: false,
      status,
      crowd: { crowd: 'none', reporters: 0, networks: 0, minutes: 0 },
      preface: status.status === 'chatgpt_incident' ? [`${status.line}. Details: https://status.openai.com/`] : [],
      offerNotify: decision.verdict?.branch === 'outage' && !c.subscribed,
      subscribed: c.subscribed,
      ...decision,
    };
    c.lastTurn = t;
    c.updatedAt = now();
    return t;
  };
  const once = (c: Conversation, options: TurnOptions | undefined, apply: () => Turn): Turn => {
    if (options?.eventId && c.events.has(options.eventId) && c.lastTurn) return { ...c.lastTurn, duplicate: true };
    if (options?.eventId) c.events.add(options.eventId);
    return apply();
  };

  return {
    calls,
    setStatus: (s) => (status = s),
    failNext: (error) => (failure = error),
    async start(input: StartInput) {
      enter('start', [input]);
      const existing = input.eventId ? [...conversations.values()].find((c) => c.events.has(input.eventId!)) : undefined;
      if (existing?.lastTurn) return { ...existing.lastTurn, duplicate: true };
      counter += 1;
      const id = `conv-${counter}-${Math.random().toString(36).slice(2, 8)}`;
      const c: Conversation = { id, reporter: input.reporter, thread: input.thread, facts: parseStartText(input.text ?? ''), startedAt: now(), updatedAt: now(), subscribed: false, events: new Set(input.eventId ? [input.eventId] : []) };
      conversations.set(id, c);
      return turn(c);
    },
    async answer(id: string, fact: AskedFactId, value: string, options?: TurnOptions) {
      enter('answer', [id, fact, value, options]);
      const c = find(id);
      return once(c, options, () => {
        const asked = decide(c.facts, status).next?.fact;
        if (asked !== fact) throw new DeskError('desk.invalid_answer', `"${fact}" is not the question being asked`);
        if (value === 'not_tried') return turn(c, { askedAgain: 'not_tried' });
        c.facts = { ...c.facts, [fact]: value };
        return turn(c);
      });
    },
    async reply(id: string, text: string, options?: TurnOptions) {
      enter('reply', [id, text, options]);
      const c = find(id);
      return once(c, options, () => {
        const asked = decide(c.facts, status).next?.fact;
        const value = asked ? readReply(asked, text) : undefined;
        if (!asked || !value) return turn(c, { understood: false, askedAgain: 'unclear' });
        c.facts = { ...c.facts, [asked]: value };
        return turn(c);
      });
    },
    async subscribe(id: string) {
      enter('subscribe', [id]);
      find(id).subscribed = true;
      return { subscribed: true as const, incidentId: 'inc-1' };
    },
    async get(id: string): Promise<ConversationSnapshot | null> {
      enter('get', [id]);
      const c = conversations.get(id);
      if (!c) return null;
      const t = c.lastTurn ?? turn(c);
      const snapshot: ConversationSnapshot = { ...t, reporter: c.reporter, thread: c.thread, startedAt: c.startedAt, updatedAt: c.updatedAt };
      if (t.verdict) snapshot.branch = t.verdict.branch;
      return snapshot;
    },
    status: () => status,
  };
}

function parseStartText(text: string): Facts {
  const facts: Facts = {};
  if (/browser|chatgpt\.com|web/i.test(text)) facts.surface = 'web';
  if (/\b500\b/.test(text) && facts.surface === 'web') facts.symptom = 'http_500';
  return facts;
}

function readReply(fact: AskedFactId, text: string): string | undefined {
  const t = text.toLowerCase();
  if (fact === 'surface') return /browser|web/.test(t) ? 'web' : /api|code/.test(t) ? 'api' : undefined;
  if (fact === 'symptom') return /500/.test(t) ? 'http_500' : undefined;
  if (/\b(works?|yes|loads)\b/.test(t)) return 'works';
  if (/\b(fails?|no|broken)\b/.test(t)) return 'fails';
  return undefined;
}

function decide(facts: Facts, status: StatusSummary, askedAgain?: AskAgainReason): { next: Question; verdict?: never } | { verdict: Verdict; next?: never } {
  const ask = (fact: AskedFactId): { next: Question } => {
    const data: { text: string; choices: Question['choices']; help?: string } =
      fact === 'symptom' ? symptomQuestion(facts.surface ? [facts.surface] : ['web']) : QUESTIONS[fact];
    const q: Question = { fact, text: data.text, choices: data.choices };
    if (data.help) q.help = data.help;
    if (askedAgain) q.askedAgain = askedAgain;
    return { next: q };
  };
  if (!facts.surface) return ask('surface');
  if (facts.surface !== 'api' && status.status === 'chatgpt_incident') return { verdict: verdict('outage', facts) };
  if (!facts.symptom) return ask('symptom');
  if (facts.surface === 'api') return { verdict: verdict('api_server', facts) };
  if (facts.surface !== 'web') return { verdict: verdict('escalate', facts) };
  if (!facts.clean_browser) return ask('clean_browser');
  if (facts.clean_browser === 'works') return { verdict: verdict('browser', facts) };
  if (!facts.other_network) return ask('other_network');
  return { verdict: verdict(facts.other_network === 'works' ? 'network' : 'escalate', facts) };
}

const EVIDENCE_LABELS = ['Reproduced on another network', 'Incognito / clean profile tested', 'HAR + console logs', 'Conversation URL or request ID'];

function verdict(branch: BranchId, facts: Facts): Verdict {
  const v: Verdict = {
    branch,
    headline: HEADLINES[branch] ?? `Verdict: ${branch}`,
    summary: `The answers point to the ${branch.replace('_', ' ')} path. See https://help.openai.com/ for background.`,
    steps: ['Do the first thing.', 'Then the second thing <b>not bold</b>.', 'Follow https://status.openai.com/ for updates.'],
    stopWhen: 'ChatGPT works again.',
    evidence: EVIDENCE_LABELS.map((label, i) => ({
      label,
      satisfied: (i === 0 && facts.other_network !== undefined) || (i === 1 && facts.clean_browser !== undefined),
    })),
    notes: [],
  };
  if (branch === 'network') {
    v.itNote = {
      text: 'Hello IT team,\n\nChatGPT fails on our office network.\nMinimum set: chatgpt.com, openai.com\n\nThank you!',
      minimumDomains: ['chatgpt.com', 'openai.com'],
      broaderDomains: ['*.openai.com'],
    };
  }
  if (branch === 'api_server') v.retrySnippet = 'for (let attempt = 0; attempt < 5; attempt++) { /* backoff with jitter */ }';
  if (branch === 'escalate') v.supportReport = { kind: 'web', fields: ['Time of failure with timezone', 'Browser and version'] };
  if (branch === 'outage') v.offerNotify = true;
  return v;
}

const HEADLINES: Partial<Record<BranchId, string>> = {
  outage: 'A live ChatGPT outage: wait it out',
  browser: 'Your browser’s state is the problem',
  network: 'The managed network blocks ChatGPT',
  escalate: 'Collect evidence and contact support',
  api_server: 'OpenAI API server errors: retry with backoff',
};
