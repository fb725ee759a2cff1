import { z } from 'zod';
import { LOCALES } from '../messages/locale.ts';
import { BRANCHES } from '../triage/branches.ts';
import { FACT_VALUES } from '../triage/fact-values.ts';
import type { ComponentStatus } from '../status/status-model.ts';
import type { TurnDraft } from './build-turn.ts';
import type { Turn } from './desk.port.ts';
import { harSummarySchema } from '../evidence/report/har-of.ts';

const V = FACT_VALUES;

const COMPONENT_STATUSES = ['operational', 'degraded_performance', 'partial_outage', 'full_outage', 'under_maintenance', 'unknown'] as const satisfies readonly ComponentStatus[];

const facts = z.object({
  status: z.enum(V.status).optional(),
  crowd: z.enum(V.crowd).optional(),
  surface: z.enum(V.surface).optional(),
  symptom: z.enum(V.symptom).optional(),
  clean_browser: z.enum(V.clean_browser).optional(),
  other_network: z.enum(V.other_network).optional(),
  network: z.enum(V.network).optional(),
  api_health: z.enum(V.api_health).optional(),
  web_works: z.enum(V.web_works).optional(),
  retries: z.enum(V.retries).optional(),
});

const details = z.object({
  site: z.string().optional(),
  browser: z.string().optional(),
  browserVersion: z.string().optional(),
  appVersion: z.string().optional(),
  device: z.string().optional(),
  timezone: z.string().optional(),
  conversationUrl: z.string().optional(),
  requestIds: z.array(z.string()).optional(),
  model: z.string().optional(),
  endpoint: z.string().optional(),
  org: z.string().optional(),
  project: z.string().optional(),
  tier: z.enum(['standard', 'priority', 'scale']).optional(),
  harAttached: z.boolean().optional(),
  /** What a shared HAR showed (redacted: hosts and paths only): the IT note names its failed domains. */
  har: harSummarySchema.optional(),
  /** The network check from the person's browser: the chat platforms show it and the IT note names its blocked domains. */
  networkCheck: z.object({ at: z.number(), reachable: z.array(z.string()), blocked: z.array(z.string()) }).optional(),
});

const question = z.object({
  fact: z.enum(['surface', 'symptom', 'clean_browser', 'other_network', 'network', 'api_health', 'web_works', 'retries']),
  text: z.string(),
  choices: z.array(z.object({ value: z.string(), label: z.string() })),
  help: z.string().optional(),
  askedAgain: z.enum(['not_tried', 'unclear']).optional(),
});

const verdict = z.object({
  branch: z.enum(BRANCHES),
  headline: z.string(),
  summary: z.string(),
  steps: z.array(z.string()),
  stopWhen: z.string(),
  evidence: z.array(z.object({ label: z.string(), satisfied: z.boolean(), detail: z.string().optional() })),
  notes: z.array(z.string()),
  itNote: z.object({ text: z.string(), locale: z.enum(LOCALES).optional(), minimumDomains: z.array(z.string()), broaderDomains: z.array(z.string()), blockedDomains: z.array(z.string()).optional() }).optional(),
  retrySnippet: z.string().optional(),
  supportReport: z.object({ kind: z.enum(['web', 'api']), fields: z.array(z.string()) }).optional(),
  offerNotify: z.boolean().optional(),
});

/** A fact a typed reply set (read-facts.ts). */
const readFact = z.object({
  fact: z.enum(['surface', 'symptom', 'clean_browser', 'other_network', 'network', 'api_health', 'web_works', 'retries']),
  value: z.string(),
});

const statusSummary = z.object({
  status: z.enum(V.status),
  line: z.string(),
  ageSeconds: z.number().nullable(),
  incidents: z.array(z.object({ name: z.string(), url: z.string().optional(), chatgpt: z.boolean() })),
});

/**
 * A desk turn as stored in an outbox entry (the message a person is owed): validated when the
 * entry is read back, like everything that comes out of the store.
 */
export const turnSchema = z.object({
  conversationId: z.string(),
  locale: z.enum(LOCALES).default('en'),
  facts,
  details,
  understood: z.boolean(),
  duplicate: z.boolean(),
  status: statusSummary,
  crowd: z.object({ crowd: z.enum(V.crowd), incidentId: z.string().optional(), reporters: z.number(), networks: z.number(), minutes: z.number() }),
  preface: z.array(z.string()),
  read: z.object({ facts: z.array(readFact), text: z.string() }).optional(),
  offerNotify: z.boolean(),
  subscribed: z.boolean(),
  next: question.optional(),
  verdict: verdict.optional(),
}) satisfies z.ZodType<Turn>;

const crowdReading = z.object({
  fact: z.enum(V.crowd),
  incidentId: z.string().optional(),
  reporters: z.number(),
  places: z.number(),
  openedAt: z.number().optional(),
  samePlace: z.number(),
});

/**
 * A turn's draft as an outbox entry carries it (build-turn.ts), validated when read back. Its
 * crowd is a placeholder (TurnMarks.crowd) until the write step that enqueues it fills in the crowd it met.
 */
export const turnDraftSchema = z.object({
  subject: z.object({
    id: z.string().min(1),
    facts,
    details,
    askedAgain: z.enum(['not_tried', 'unclear']).optional(),
    subscribed: z.boolean(),
    locale: z.enum(LOCALES).optional(),
    notices: z.array(z.object({ text: z.string() })),
  }),
  status: z.object({
    summary: statusSummary,
    context: z.object({
      incidents: z.array(z.object({ name: z.string(), url: z.string().optional(), chatgpt: z.boolean(), components: z.array(z.string()).optional() })).optional(),
      affectedComponents: z.array(z.string()).optional(),
    }),
    affected: z.array(z.object({ name: z.string(), status: z.enum(COMPONENT_STATUSES) })).optional(),
    reason: z.string().optional(),
  }),
  crowd: z.union([crowdReading, z.string()]),
  at: z.number(),
  understood: z.boolean(),
  full: z.boolean(),
  statusChanged: z.boolean(),
  read: z.array(readFact).optional(),
}) satisfies z.ZodType<Omit<TurnDraft, 'crowd'>>;
