import type { FactValue } from '../triage/fact-values.ts';
import { worseStatus } from './component-status.ts';
import { DEFAULT_CHATGPT_GROUP, isChatgptComponent } from './is-chatgpt-component.ts';
import type { ComponentStatus, StatusComponent, StatusModel } from './status-model.ts';

/** The engine's `status` fact. */
export type StatusFact = FactValue<'status'>;

export interface ChatgptComponentImpact {
  id: string;
  name: string;
  status: ComponentStatus;
}

/** An incident or in-progress maintenance as the bot names it; fits TriageContext['incidents']. */
export interface ClassifiedIncident {
  id: string;
  name: string;
  url: string;
  /** The incident's lifecycle word (investigating, monitoring, in_progress…). */
  status: string;
  /** True when it touches a ChatGPT component (or names ChatGPT and lists no components). */
  chatgpt: boolean;
  maintenance: boolean;
  /** Affected components: ChatGPT ones by name, others as "Login (APIs)". */
  components: string[];
}

export interface StatusClassification {
  status: StatusFact;
  /** Why the status is `unknown`, in words for a person. */
  reason?: string;
  /** Names of the affected ChatGPT components, in page order. */
  chatgptComponents: string[];
  chatgptAffected: ChatgptComponentImpact[];
  incidents: ClassifiedIncident[];
}

export interface ClassifyOptions {
  chatgptGroup?: RegExp;
}

/**
 * Classifies a status model for ChatGPT (triage-spec.md, fact `status`). In order:
 * 1. `chatgpt_incident`: an ongoing incident or in-progress maintenance touches a ChatGPT component
 *    (by component id), or a ChatGPT component is degraded, down or under maintenance.
 * 2. `unknown`: the page cannot settle it: a ChatGPT component has a status word the bot does not
 *    know, an open incident lists no components and does not name ChatGPT, or the page lists all its
 *    components and none is ChatGPT's. Never "operational" when unsure.
 * 3. `other_product_incident`: incidents, maintenance or non-operational components outside ChatGPT.
 * 4. `operational`.
 */
export function classifyStatus(model: StatusModel, options: ClassifyOptions = {}): StatusClassification {
  const pattern = options.chatgptGroup ?? DEFAULT_CHATGPT_GROUP;
  const isChatgpt = (c: StatusComponent) => isChatgptComponent(c, pattern);
  const label = (c: StatusComponent) => (isChatgpt(c) || c.group === null ? c.name : `${c.name} (${c.group})`);

  const impact = new Map<string, ChatgptComponentImpact>();
  const touch = (c: StatusComponent) => {
    const prev = impact.get(c.id);
    impact.set(c.id, { id: c.id, name: c.name, status: prev ? worseStatus(prev.status, c.status) : c.status });
  };
  for (const c of model.components) if (isChatgpt(c) && c.status !== 'operational') touch(c);

  const incidents: ClassifiedIncident[] = [];
  let unattributed: string | undefined;
  const items = [...model.incidents.map((i) => ({ i, maintenance: false })), ...model.maintenances.map((i) => ({ i, maintenance: true }))];
  for (const { i, maintenance } of items) {
    const ours = i.affectedComponents.filter(isChatgpt);
    for (const c of ours) touch(c);
    const chatgpt = ours.length > 0 || (i.affectedComponents.length === 0 && pattern.test(i.name));
    if (!chatgpt && !maintenance && i.affectedComponents.length === 0) unattributed ??= i.name;
    incidents.push({ id: i.id, name: i.name, url: i.url, status: i.status, chatgpt, maintenance, components: i.affectedComponents.map(label) });
  }

  // Page order for names ("Conversations and Login", not id order).
  const order = new Map(model.components.map((c, index) => [c.id, index]));
  const chatgptAffected = [...impact.values()].sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity));
  const base = { chatgptAffected, chatgptComponents: [...new Set(chatgptAffected.map((c) => c.name))], incidents };

  const bad = chatgptAffected.some((c) => c.status !== 'unknown' && c.status !== 'operational');
  if (bad || incidents.some((i) => i.chatgpt)) return { status: 'chatgpt_incident', ...base };

  const puzzling = chatgptAffected.find((c) => c.status === 'unknown');
  if (puzzling) {
    return { status: 'unknown', reason: `the status page gives the ChatGPT component "${puzzling.name}" a status the bot does not recognise`, ...base };
  }
  if (unattributed !== undefined) {
    return { status: 'unknown', reason: `an open incident ("${unattributed}") does not say which products it affects`, ...base };
  }
  if (model.componentsComplete && !model.components.some(isChatgpt)) {
    return { status: 'unknown', reason: 'the status page lists no ChatGPT components', ...base };
  }
  if (incidents.length > 0 || model.components.some((c) => c.status !== 'operational')) {
    return { status: 'other_product_incident', ...base };
  }
  return { status: 'operational', ...base };
}
