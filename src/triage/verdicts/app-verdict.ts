import type { VerdictBody, VerdictContext } from './verdict-context.ts';

export function appVerdict({ facts, surface }: VerdictContext): VerdictBody {
  const unusual = facts.symptom === 'unusual_activity' && surface === 'mobile';
  const summary = unusual
    ? 'Persistent "unusual activity" errors in the iOS app usually come from a VPN, DNS or the device check, not from a broken account.'
    : 'ChatGPT works in a browser on the same network, so the service, your account and the network are fine: the failure is in the app.';
  const steps = ['Use ChatGPT on the web (https://chatgpt.com) while you fix the app.', 'Turn off any VPN and try again.'];
  if (surface === 'mobile') {
    steps.push(
      'Change DNS: turn off a custom DNS profile or filtering DNS app (or try another DNS server) and try again.',
      'iOS: open https://register.appattest.apple.com/ in Safari. If it does not load, something on the device or network blocks Apple’s app check, which the app needs.',
    );
  }
  steps.push(
    'Force close the app, update it to the latest version, and sign in again.',
    'Test on another network (mobile data or a hotspot) before you reinstall.',
    'Only then reinstall the app.',
  );
  return { headline: 'The app is the problem; the web is your control', summary, steps, stopWhen: 'The app works.' };
}
