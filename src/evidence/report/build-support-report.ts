import { z } from 'zod';
import type { MessageId } from '../../messages/catalogs.ts';
import type { Locale } from '../../messages/locale.ts';
import { messagesFor, type Messages } from '../../messages/messages-for.ts';
import type { BranchId } from '../../triage/branches.ts';
import { factView } from '../../triage/fact-view.ts';
import type { Facts } from '../../triage/fact-values.ts';
import { planNext } from '../../triage/plan-next.ts';
import type { Details } from '../../triage/types.ts';
import { buildReportEvidence } from '../../triage/verdicts/build-evidence.ts';
import { verdictContext } from '../../triage/verdicts/verdict-context.ts';
import { describeFinding } from '../har/describe-finding.ts';
import { formatTimeInZone } from './format-time-in-zone.ts';
import { harOf, REPORT_MAX_FINDINGS, type ReportHar } from './har-of.ts';
import { callsForReport } from './report-branches.ts';
import type { ReportInput } from './report-input.ts';
import { OBSERVED_REPORT_FIELDS, REPORT_FIELDS, type FieldSource, type ReportPrefill, type ReportField, type ReportFieldId, type ReportKind, type SupportReport } from './support-report.ts';

/** What a report is built from: what the conversation knows, and what the person added. */
export interface ReportSource {
  /** The conversation's facts (observed ones, `status` and `crowd`, may be given too). */
  facts: Facts;
  details: Details;
  locale: Locale;
  /** When the person reported it (ms): the failure was happening then. */
  reportedAt: number;
  conversationId?: string;
  /** The verdict the conversation reached (null: none yet); computed from the facts when absent. */
  branch?: BranchId | null;
  /** The status page at the time: the turn's status summary (its line and ongoing incidents). */
  status?: { line: string; incidents: { name: string; url?: string; chatgpt: boolean }[] };
  /** Where the person reported (a platform id: slack, teams, web, cli). */
  platform?: string;
  input?: ReportInput;
  /** When the person filed it (ms); absent on a draft. */
  filedAt?: number;
}

const NOT_THE_PERSONS: readonly ReportFieldId[] = OBSERVED_REPORT_FIELDS;

/**
 * A support report for OpenAI's support form, as JSON (pure): kind by the surface, fields prefilled
 * from the conversation and completed by the person's input (the person's word wins), and the four
 * evidence labels of the spec marked done or missing by what the conversation shows.
 */
export function buildSupportReport(source: ReportSource): SupportReport {
  const m = messagesFor(source.locale);
  const details = mergedDetails(source.details, source.input);
  const har = harOf(source.details);
  const findings = har?.findings ?? [];
  if (har) details.harAttached = true;
  const ids = [...new Set([...(details.requestIds ?? []), ...findings.flatMap((f) => (f.requestId ? [f.requestId] : []))])];
  if (ids.length > 0) details.requestIds = ids;

  const view = factView(source.facts);
  const surface = view.surfaces.length === 1 ? view.surfaces[0] : undefined;
  const kind: ReportKind = surface === 'api' ? 'api' : 'web';
  const plan = source.branch === undefined ? planNext(source.facts) : undefined;
  const branch = source.branch ?? (plan && 'branch' in plan ? plan.branch : undefined);
  const values = fieldValues(source, details, m, surface);
  const fields: ReportField[] = REPORT_FIELDS[kind].map((id) => {
    const v = id === 'har_findings' ? harValue(har, m) : values[id];
    return { id, label: m.t(`evidence.report.field.${id}`), value: v?.value ?? null, ...(v ? { from: v.from } : {}) };
  });
  const evidence = buildReportEvidence(verdictContext({ facts: source.facts, details, locale: source.locale }, view)).map((item) => ({
    label: item.label as SupportReport['evidence'][number]['label'],
    done: item.satisfied,
    ...(item.detail ? { detail: item.detail } : {}),
  }));
  return {
    kind,
    locale: source.locale,
    ...(source.conversationId ? { conversationId: source.conversationId } : {}),
    ...(branch ? { branch } : {}),
    calledFor: callsForReport(branch),
    fields,
    evidence,
    missing: fields.filter((f) => f.value === null && !NOT_THE_PERSONS.includes(f.id)).map((f) => f.id),
    ...(source.filedAt !== undefined ? { filedAt: new Date(source.filedAt).toISOString() } : {}),
    prefill: prefillOf(source, details, kind),
  };
}

/** The form's starting values (ReportPrefill): the person's input over the conversation's details. */
function prefillOf(source: ReportSource, details: Details, kind: ReportKind): ReportPrefill {
  const input = source.input ?? {};
  const at = formatTimeInZone(source.reportedAt, details.timezone, source.locale);
  const browser = [details.browser, details.browserVersion].filter(Boolean).join(' ') || details.appVersion;
  const entries: [keyof ReportPrefill, string | number | undefined][] = [
    ['time', input.time ?? (kind === 'web' ? at.time : undefined)],
    ['timezone', at.known ? (input.timezone ?? details.timezone ?? at.zone) : input.timezone],
    ['browser', input.browser ?? browser],
    ['device', details.device],
    ['whatHappened', input.whatHappened],
    ['conversationUrl', details.conversationUrl],
    ['requestIds', details.requestIds?.join(', ')],
    ['org', details.org],
    ['project', details.project],
    ['tier', details.tier],
    ['model', details.model],
    ['endpoint', details.endpoint],
    ['statusCode', input.statusCode ?? (source.facts.symptom === 'api_500' ? 500 : source.facts.symptom === 'api_503' ? 503 : undefined)],
    ['timeRange', input.timeRange ?? (kind === 'api' ? at.time : undefined)],
    ['failingPercent', input.failingPercent],
    ['errorPayload', input.errorPayload],
    ['requestSummary', input.requestSummary],
  ];
  return Object.fromEntries(entries.filter((e): e is [keyof ReportPrefill, string | number] => e[1] !== undefined && e[1] !== '').map(([k, v]) => [k, String(v)]));
}

type Value = { value: string; from: FieldSource } | undefined;

/** The conversation's details with the person's input over them (the person's word wins). */
function mergedDetails(details: Details, input: ReportInput | undefined): Details {
  const merged: Details = { ...details };
  if (!input) return merged;
  if (input.timezone) merged.timezone = input.timezone;
  if (input.device) merged.device = input.device;
  if (input.conversationUrl) merged.conversationUrl = input.conversationUrl;
  if (input.requestIds?.length) merged.requestIds = [...new Set([...input.requestIds, ...(details.requestIds ?? [])])];
  if (input.org) merged.org = input.org;
  if (input.project) merged.project = input.project;
  if (input.tier) merged.tier = input.tier;
  if (input.model) merged.model = input.model;
  if (input.endpoint) merged.endpoint = input.endpoint;
  if (input.harAttached) merged.harAttached = true;
  return merged;
}

function fieldValues(source: ReportSource, details: Details, m: Messages, surface: string | undefined): Partial<Record<ReportFieldId, Value>> {
  const input = source.input ?? {};
  const mine = (value: string | undefined): Value => (value ? { value, from: 'person' } : undefined);
  const known = (value: string | undefined, person: string | undefined): Value => (person ? { value: person, from: 'person' } : value ? { value, from: 'conversation' } : undefined);
  const code = source.facts.symptom === 'api_500' ? '500' : source.facts.symptom === 'api_503' ? '503' : undefined;
  const browser = [details.browser, details.browserVersion].filter(Boolean).join(' ') || (details.appVersion ? m.t('evidence.report.app_version', { version: details.appVersion }) : undefined);
  return {
    surface: surface ? { value: surfaceText(m, surface, source.platform), from: 'conversation' } : undefined,
    time: timeValue(source, details, m, input.time),
    time_range: timeValue(source, details, m, input.timeRange),
    browser: known(browser, input.browser),
    device: known(details.device, input.device),
    what_happened: mine(input.whatHappened),
    screenshots: input.screenshots === undefined ? undefined : mine(m.t(input.screenshots ? 'evidence.report.screenshots_ready' : 'evidence.report.screenshots_none')),
    conversation_url: known(details.conversationUrl, input.conversationUrl),
    request_ids: details.requestIds?.length ? { value: details.requestIds.join(', '), from: input.requestIds?.length ? 'person' : 'conversation' } : undefined,
    org: known(details.org, input.org),
    tier: known(details.tier, input.tier),
    model: known(details.model, input.model),
    endpoint: known(details.endpoint, input.endpoint),
    project: known(details.project, input.project),
    status_code: input.statusCode !== undefined ? mine(String(input.statusCode)) : code ? { value: code, from: 'conversation' } : undefined,
    failing_percent: input.failingPercent === undefined ? undefined : mine(new Intl.NumberFormat(source.locale, { style: 'percent', maximumFractionDigits: 1 }).format(input.failingPercent / 100)),
    error_payload: mine(input.errorPayload),
    request_summary: mine(input.requestSummary),
    status_page: source.status ? { value: statusText(m, source.status), from: 'status' } : undefined,
    network_check: networkCheckValue(details, m),
  };
}

function surfaceText(m: Messages, surface: string, platform: string | undefined): string {
  const id = `evidence.report.surface.${surface}` as MessageId;
  const text = m.t(id);
  return platform ? m.t('evidence.report.surface_via', { surface: text, platform }) : text;
}

/** The time the person gave (with their timezone, when known), else when they reported it, in their timezone or UTC. */
function timeValue(source: ReportSource, details: Details, m: Messages, given: string | undefined): Value {
  if (given) {
    const zone = details.timezone;
    return { value: zone ? m.t('evidence.report.time_given', { time: given, zone }) : m.t('evidence.report.time_given_no_zone', { time: given }), from: 'person' };
  }
  const at = formatTimeInZone(source.reportedAt, details.timezone, source.locale);
  const value = at.known
    ? m.t('evidence.report.time_reported', { time: at.time, zone: at.zone })
    : m.t('evidence.report.time_reported_zone_unknown', { time: at.time, given: details.timezone ?? '' });
  return { value, from: 'conversation' };
}

/** The network check from the person's browser (details.networkCheck), when one was run. */
function networkCheckValue(details: Details, m: Messages): Value {
  if (!('networkCheck' in details)) return undefined;
  const parsed = z.object({ reachable: z.array(z.string()), blocked: z.array(z.string()) }).safeParse(details.networkCheck);
  if (!parsed.success) return undefined;
  const { reachable, blocked } = parsed.data;
  if (blocked.length === 0 && reachable.length === 0) return undefined;
  const value =
    blocked.length === 0
      ? m.t('evidence.report.network_check_clear', { reached: reachable.join(', ') })
      : m.t('evidence.report.network_check', { blocked: blocked.join(', '), reached: reachable.length > 0 ? reachable.join(', ') : '—' });
  return { value, from: 'conversation' };
}

function statusText(m: Messages, status: NonNullable<ReportSource['status']>): string {
  const incidents = status.incidents.filter((i) => i.chatgpt);
  if (incidents.length === 0) return status.line;
  const names = incidents.map((i) => (i.url ? `${i.name} (${i.url})` : i.name)).join('; ');
  return m.t('evidence.report.status_incidents', { line: status.line, incidents: names });
}

function harValue(har: ReportHar | null, m: Messages): Value {
  if (!har || (har.findings.length === 0 && har.failed.length === 0)) return undefined;
  const lines = har.findings.slice(0, REPORT_MAX_FINDINGS).map((f) => describeFinding(f, m));
  const more = Math.max(0, har.findings.length - REPORT_MAX_FINDINGS) + har.omitted;
  if (more > 0) lines.push(m.t('evidence.har.omitted', { count: more }));
  if (har.failed.length > 0) lines.push(m.t('evidence.allowlist.failed', { domains: har.failed.join(', ') }));
  return { value: lines.join('\n'), from: 'har' };
}
