import { incidentLine, joinAnd, STATUS_URL, type VerdictBody, type VerdictContext } from './verdict-context.ts';

export function outageVerdict({ facts, context, surface }: VerdictContext): VerdictBody {
  const incidents = (context.incidents ?? []).filter((i) => i.chatgpt);
  const components = context.affectedComponents?.length
    ? context.affectedComponents
    : [...new Set(incidents.flatMap((i) => i.components ?? []))];

  const summary: string[] = [];
  if (facts.status === 'chatgpt_incident') {
    summary.push(
      incidents.length
        ? `OpenAI reports a live ChatGPT incident: ${joinAnd(incidents.map((i) => i.name))}.`
        : 'OpenAI’s status page reports a live ChatGPT incident.',
    );
  } else {
    summary.push('Many people on several networks are reporting the same failure right now: the sign of a live ChatGPT outage, even before the status page shows it.');
  }
  if (facts.crowd === 'surge' && context.crowd) {
    summary.push(
      context.crowd.reporters <= 1
        ? 'You’re the first person here who reported this.'
        : `You're one of ${context.crowd.reporters} people who reported this in the last ${context.crowd.minutes} minutes.`,
    );
  }
  summary.push('Local cleanup cannot fix an upstream failure, so waiting is the fastest fix.');

  const steps: string[] = incidents.length
    ? incidents.map((i) => `Follow the incident: ${incidentLine({ name: i.name, url: i.url ?? STATUS_URL })}.`)
    : [`Follow OpenAI’s status page: ${STATUS_URL}.`];
  if (components.length) {
    steps.push(`Affected right now: ${joinAnd(components)} ${components.length > 1 ? 'are' : 'is'} degraded.`);
  }
  const freshLoad =
    surface === 'desktop' || surface === 'mobile'
      ? 'force close the app and open it again'
      : 'retry on a fresh page load (close the tab, open chatgpt.com again)';
  steps.push(
    `Wait 10 to 30 minutes, then ${freshLoad}.`,
    'Skip deep cleanup for now: clearing all site data, reinstalling, resetting your password or changing account settings will not fix an upstream outage.',
    'If it still fails after the incident is resolved, start a new triage: then it is worth isolating your browser and network.',
  );

  return {
    headline: 'A live ChatGPT outage: wait it out',
    summary: summary.join(' '),
    steps,
    stopWhen: 'ChatGPT recovers on a fresh load, without any deeper cleanup.',
    offerNotify: true,
  };
}
