import type { VerdictBody } from './verdict-context.ts';

export function browserVerdict(): VerdictBody {
  return {
    headline: 'Browser state: it works in a clean window',
    summary:
      'ChatGPT works in a private window with the same account, so the service and the network are fine. The cause is ' +
      'cookies, stored site data or an extension in your usual browser profile.',
    steps: [
      'Clear cookies and site data for ChatGPT only (chatgpt.com and openai.com), not for your whole browser.',
      'Sign out of ChatGPT and sign in again.',
      'Still failing? Disable extensions one at a time, reloading after each: security tools, ad blockers, privacy filters and password managers first.',
      'Skip password resets and browser reinstalls: the private-window test already showed the cause is local state.',
    ],
    stopWhen: 'The error is gone in a clean browser context, and after the cleanup in your usual profile too.',
  };
}
