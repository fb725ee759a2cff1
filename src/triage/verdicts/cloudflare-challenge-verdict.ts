import type { VerdictBody } from './verdict-context.ts';

export function cloudflareChallengeVerdict(): VerdictBody {
  return {
    headline: 'A security challenge fails: filtering, not a server 500',
    summary:
      'A Cloudflare check that never passes means security filtering sits in the path. It is not a ChatGPT server error, ' +
      'so cleanup of your account will not help.',
    steps: [
      'Check that https://challenges.cloudflare.com is reachable from this device: a block page or timeout there means it is filtered.',
      'Turn off the VPN or proxy and try again.',
      'Try without extensions (privacy filters, ad and script blockers), for example in a private window.',
      'Keep the browser up to date and allow JavaScript and cookies for chatgpt.com.',
      'If challenges.cloudflare.com is blocked at work, ask IT to allowlist it and not to intercept it.',
    ],
    stopWhen: 'The challenge passes and ChatGPT loads.',
  };
}
