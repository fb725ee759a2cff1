import { z } from 'zod';
import type { CallOutcome } from './channel-queue.ts';
import { classifySlackError } from './classify-slack-error.ts';
import type { SlackWebApi } from './create-slack-web-api.ts';

/** An IANA zone name as Slack gives it ("Europe/Berlin", "America/Argentina/Buenos_Aires"). */
const zoneName = z.string().regex(/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/);
const userInfoSchema = z.object({ user: z.object({ locale: z.string().min(1).max(40).optional(), tz: z.unknown().optional() }) });

/** What users.info tells of a person's place: their Slack locale ("de-DE") and timezone ("Europe/Berlin"). */
export interface SlackUserPlace {
  locale?: string;
  tz?: string;
}

/**
 * A person's Slack locale and timezone, in one users.info call with `include_locale=true` (scope
 * `users:read`). Each is undefined when Slack names none (or a timezone that is not a zone name);
 * throws when the call fails (a missing scope, a 429, …), after counting the attempt's outcome.
 */
export async function slackUserLocale(client: SlackWebApi, user: string, onAttempt?: (outcome: CallOutcome) => void): Promise<SlackUserPlace> {
  let answer: unknown;
  try {
    answer = await client.call('users.info', { user, include_locale: true });
  } catch (error) {
    onAttempt?.(classifySlackError(error).kind);
    throw error;
  }
  onAttempt?.('ok');
  const parsed = userInfoSchema.safeParse(answer);
  if (!parsed.success) return {};
  const tz = zoneName.safeParse(parsed.data.user.tz);
  return { ...(parsed.data.user.locale ? { locale: parsed.data.user.locale } : {}), ...(tz.success && knownZone(tz.data) ? { tz: tz.data } : {}) };
}

function knownZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false; // A zone this runtime does not know cannot write times: as if Slack named none.
  }
}
