import { z } from 'zod';
import { FINDING_KINDS, type HarFinding } from '../har/har-finding.ts';

/** A HAR finding as stored (hosts and paths only). */
export const harFindingSchema = z.object({
  kind: z.enum(FINDING_KINDS),
  host: z.string().max(300),
  path: z.string().max(2000),
  status: z.number(),
  detail: z.string().max(200),
  time: z.string().max(100).optional(),
  requestId: z.string().max(200).optional(),
  cfRay: z.string().max(200).optional(),
  error: z.string().max(200).optional(),
  evidence: z.enum(['header', 'redirect', 'block_page', 'proxy_auth']).optional(),
});

/** The HAR summary as a script gives it (`chatgpt-500 report --details '{"har": …}'`): the shape the upload keeps. */
export const harSummarySchema = z.object({
  entries: z.number().int().min(0),
  redacted: z.number().int().min(0),
  findings: z.array(harFindingSchema).max(200),
  omitted: z.number().int().min(0),
  reached: z.array(z.string().max(300)).max(100),
  failed: z.array(z.string().max(300)).max(100),
});

/** The part of a conversation's HAR summary (`details.har`, as the HAR upload keeps it) the report reads. */
const harSummary = z.object({
  findings: z.array(harFindingSchema),
  omitted: z.number().int().min(0).optional(),
  failed: z.array(z.string().max(300)).optional(),
});

/** How many findings a report lists (the rest are counted). */
export const REPORT_MAX_FINDINGS = 10;

export interface ReportHar {
  findings: HarFinding[];
  /** Findings not listed (beyond those the conversation kept, and beyond REPORT_MAX_FINDINGS). */
  omitted: number;
  /** Allowlist domains where a request failed. */
  failed: string[];
}

/**
 * What an attached HAR showed, from the conversation's details (`details.har`: redacted, hosts
 * and paths only), or null. A summary that does not read as one is ignored: a report is never
 * refused for it, and nothing is invented from it.
 */
export function harOf(details: object): ReportHar | null {
  if (!('har' in details)) return null;
  const parsed = harSummary.safeParse(details.har);
  if (!parsed.success) return null;
  const { findings, omitted = 0, failed = [] } = parsed.data;
  return { findings, omitted, failed };
}
