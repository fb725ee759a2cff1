import { z } from 'zod';
import type { CallOutcome } from './channel-queue.ts';
import { classifySlackError } from './classify-slack-error.ts';
import type { SlackWebApi } from './create-slack-web-api.ts';

const userInfoSchema = z.object({ user: z.object({ locale: z.string().min(1).max(40).optional() }) });

/**
 * A person's Slack locale ("de-DE"): users.info with `include_locale=true` (scope `users:read`).
 * Undefined when Slack names none; throws when the call fails (a missing scope, a 429, …), after
 * counting the attempt's outcome.
 */
export async function slackUserLocale(client: SlackWebApi, user: string, onAttempt?: (outcome: CallOutcome) => void): Promise<string | undefined> {
  let answer: unknown;
  try {
    answer = await client.call('users.info', { user, include_locale: true });
  } catch (error) {
    onAttempt?.(classifySlackError(error).kind);
    throw error;
  }
  onAttempt?.('ok');
  const parsed = userInfoSchema.safeParse(answer);
  return parsed.success ? parsed.data.user.locale : undefined;
}
