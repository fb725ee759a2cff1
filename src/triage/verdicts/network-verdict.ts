import { buildItNote } from './build-it-note.ts';
import { networkPhrase } from './fact-phrases.ts';
import type { VerdictBody, VerdictContext } from './verdict-context.ts';

export function networkVerdict(ctx: VerdictContext): VerdictBody {
  const { facts, context } = ctx;
  const works = facts.other_network === 'works';
  const where = networkPhrase(facts.network, 'your');
  const same = context.crowd?.sameNetwork;
  const colleagues = same !== undefined && same > 0 ? `${same} ${same === 1 ? 'colleague' : 'colleagues'} on the same network reported this` : undefined;

  const summary = works
    ? `ChatGPT works on another network, so the service and your account are fine: something on ${where} (VPN, secure DNS, web filtering or SSL inspection) blocks or rewrites its traffic.`
    : `Several people on your network report the same failure${colleagues ? ` (${colleagues})` : ''}: the managed network is the likely cause, not ChatGPT itself.`;

  const steps = [
    works
      ? 'For now, work on the network that works, such as your phone hotspot.'
      : 'Check it yourself: try a phone hotspot with the VPN off. If ChatGPT works there, it is the network.',
    facts.network === 'vpn'
      ? 'Turn the VPN off, or switch to another exit location, and try again: VPN exits can be blocked or handle DNS aggressively.'
      : 'If you use a VPN, try with it off, then with a different exit location.',
    'Check secure DNS: switch the browser’s secure DNS (DNS over HTTPS) or any filtering DNS app off, or to another provider, and try again.',
    'Send IT the note below: it asks them to check web filtering and SSL inspection for OpenAI’s domains.',
  ];
  if (colleagues) steps.push(`${colleagues}: IT should treat it as one network problem.`);
  steps.push('Skip browser cleanup and account resets: the network is where the failure is.');

  return {
    headline: 'The network path is the problem: VPN, DNS, filtering or SSL inspection',
    summary,
    steps,
    stopWhen: 'ChatGPT works on an unfiltered network (and on this one once IT has fixed the filtering).',
    itNote: buildItNote(ctx),
  };
}
