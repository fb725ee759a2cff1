import { z } from 'zod';
import type { Logger } from '../../src/logger.ts';
import { classifySlackError } from './classify-slack-error.ts';
import type { SlackWebApi } from './create-slack-web-api.ts';

/** What Slack says about one user: in the group, not in it, or nothing could be learnt. */
export type Membership = 'member' | 'not_member' | 'unknown';

export interface HelpdeskMembers {
  /** Whether `userId` is in SLACK_HELPDESK_USERGROUP, from a short-lived list of its members. */
  check(userId: string): Promise<Membership>;
}

export interface HelpdeskMembersOptions {
  /** A list this young is used as it is (default 60 s). */
  ttlMs?: number;
  /** A user not on a fresh list asks Slack again, at most this often (default 5 s). */
  refreshMs?: number;
  /** When Slack cannot be asked, a list up to this old still answers (default 10 min). */
  staleMs?: number;
}

const answerSchema = z.object({ users: z.array(z.string()) });

/**
 * The members of the helpdesk user group (usergroups.users.list, scope `usergroups:read`), kept
 * per replica: a list younger than `ttlMs` answers at once; an older one, or a user missing from
 * it (just added to the group), makes one new request, at most every `refreshMs`; concurrent
 * checks share one request. When Slack cannot be asked (an error, a timeout, a missing scope), the last list
 * answers while it is younger than `staleMs`, else the answer is `unknown` and the caller refuses.
 */
export function createHelpdeskMembers(deps: { client: SlackWebApi; usergroup: string; logger: Logger; now: () => number; options?: HelpdeskMembersOptions }): HelpdeskMembers {
  const ttlMs = deps.options?.ttlMs ?? 60_000;
  const refreshMs = deps.options?.refreshMs ?? 5_000;
  const staleMs = deps.options?.staleMs ?? 600_000;
  let list: { users: ReadonlySet<string>; at: number } | undefined;
  let lastAttempt = -Infinity;
  let inFlight: Promise<void> | undefined;

  async function fetchList(): Promise<void> {
    lastAttempt = deps.now();
    try {
      const answer = await deps.client.call('usergroups.users.list', { usergroup: deps.usergroup });
      const parsed = answerSchema.safeParse(answer);
      if (!parsed.success) {
        deps.logger.warn({ usergroup: deps.usergroup }, 'usergroups.users.list answered an unexpected shape');
        return;
      }
      list = { users: new Set(parsed.data.users), at: deps.now() };
      deps.logger.debug({ usergroup: deps.usergroup, members: list.users.size }, 'helpdesk user group read');
    } catch (error) {
      const failure = classifySlackError(error);
      // A missing scope or an unknown group will not mend itself: say so loudly.
      const level = failure.kind === 'api_error' ? 'error' : 'warn';
      deps.logger[level]({ usergroup: deps.usergroup, failure: failure.kind, ...(failure.kind === 'api_error' ? { error: failure.error } : {}) }, 'cannot read the helpdesk user group (SLACK_HELPDESK_USERGROUP)');
    }
  }

  function refresh(): Promise<void> {
    inFlight ??= fetchList().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  }

  return {
    async check(userId) {
      const now = deps.now();
      const fresh = list !== undefined && now - list.at < ttlMs;
      if (fresh && list!.users.has(userId)) return 'member';
      // Slack is asked at most every `refreshMs`, however many clicks arrive (also while it fails).
      if (inFlight) await inFlight;
      else if (now - lastAttempt >= refreshMs) await refresh();
      const usable = list !== undefined && deps.now() - list.at < staleMs;
      if (!usable) return 'unknown';
      return list!.users.has(userId) ? 'member' : 'not_member';
    },
  };
}
