import { headerOf, type HarEntryView } from './har-entry-view.ts';

/** `cf_mitigated`: Cloudflare's `cf-mitigated: challenge` header; `challenge_page`: the "Just a moment…" interstitial. */
export type ChallengeEvidence = 'cf_mitigated' | 'challenge_page';

export const CHALLENGE_HOST = 'challenges.cloudflare.com';

const CHALLENGE_PAGE = /<title>\s*just a moment|_cf_chl_opt|cf-chl-(?:widget|bypass)|\/cdn-cgi\/challenge-platform\/h\/[a-z]\/orchestrate/i;

/**
 * A Cloudflare challenge in place of the answer: the `cf-mitigated: challenge` header, or a
 * refusal (403, 429, 503) whose page is the challenge interstitial. ChatGPT's ordinary pages load
 * Cloudflare's challenge script too, so a page alone with a 200 is not one.
 */
export function detectChallenge(view: HarEntryView): ChallengeEvidence | undefined {
  if (/\bchallenge\b/i.test(headerOf(view.responseHeaders, 'cf-mitigated') ?? '')) return 'cf_mitigated';
  if ((view.status === 403 || view.status === 429 || view.status === 503) && CHALLENGE_PAGE.test(view.body)) return 'challenge_page';
  return undefined;
}
