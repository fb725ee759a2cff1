import { z } from 'zod';
import type { Details } from '../../triage/types.ts';
import { harSummarySchema } from './har-of.ts';

const str = (max: number) => z.string().max(max, `must be at most ${max} characters`);

/** Details as a script gives them (`chatgpt-500 report --details`): the triage's Details, with the HAR summary (`har`, checked when read). */
export const reportDetailsSchema = z
  .object({
    site: str(100).optional(),
    browser: str(100).optional(),
    browserVersion: str(50).optional(),
    appVersion: str(50).optional(),
    device: str(100).optional(),
    timezone: str(64).optional(),
    conversationUrl: str(500).optional(),
    requestIds: z.array(str(200)).max(20).optional(),
    model: str(100).optional(),
    endpoint: str(200).optional(),
    org: str(200).optional(),
    project: str(200).optional(),
    tier: z.enum(['standard', 'priority', 'scale']).optional(),
    harAttached: z.boolean().optional(),
    har: harSummarySchema.optional(),
    networkCheck: z.object({ at: z.number(), reachable: z.array(z.string().max(300)).max(100), blocked: z.array(z.string().max(300)).max(100) }).optional(),
  })
  .strict();

/** The details, or the first problem naming its field. */
export function checkReportDetails(value: unknown): { ok: true; details: Details } | { ok: false; field: string; message: string } {
  const result = reportDetailsSchema.safeParse(value);
  if (result.success) return { ok: true, details: result.data };
  const issue = result.error.issues[0]!;
  const field = issue.code === 'unrecognized_keys' ? (issue.keys[0] ?? 'details') : issue.path.length ? issue.path.map(String).join('.') : 'details';
  return { ok: false, field, message: issue.code === 'unrecognized_keys' ? 'is not a detail the report reads' : issue.message };
}
