import type { VerdictBody } from './verdict-context.ts';

export function webSessionVerdict(): VerdictBody {
  return {
    headline: 'A web or session problem; the API path is healthy',
    summary:
      'ChatGPT on the web fails even in a private window and on another network, while API calls from your organization still ' +
      'succeed: the web or sign-in/session path is failing, not OpenAI as a whole.',
    steps: [
      'Keep the API out of it: it is healthy, so leave retry logic and production traffic alone.',
      'Try another browser, then another device, with the same account.',
      'Sign out of ChatGPT and sign in again (through your company sign-in if you use one).',
      'Try the desktop or phone app as a control.',
      'If it fails on every browser and device, collect a HAR and the console log and contact support with the time, browser and conversation URL. A HAR holds cookies and tokens: never post it unredacted.',
    ],
    stopWhen: 'The API is healthy and the problem is clearly web-only.',
  };
}
