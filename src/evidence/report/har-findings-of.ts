import { z } from 'zod';
import { FINDING_KINDS, type HarFinding } from '../har/har-finding.ts';

const finding = z.object({
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

/** How many findings a report lists (the rest are counted). */
export const REPORT_MAX_FINDINGS = 10;

/**
 * The HAR findings a conversation keeps in its details (`details.harFindings`, redacted: hosts and
 * paths only), when there are any. Whatever does not read as a list of findings is ignored: a
 * report is never refused for it.
 */
export function harFindingsOf(details: object): HarFinding[] {
  if (!('harFindings' in details)) return [];
  const parsed = z.array(finding).safeParse(details.harFindings);
  return parsed.success ? parsed.data : [];
}
