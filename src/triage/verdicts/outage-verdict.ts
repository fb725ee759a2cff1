import { incidentLine, joinAnd, STATUS_URL, type VerdictBody, type VerdictContext } from './verdict-context.ts';

export function outageVerdict({ facts, context, surface, m }: VerdictContext): VerdictBody {
  const { t } = m;
  const incidents = (context.incidents ?? []).filter((i) => i.chatgpt);
  const components = context.affectedComponents?.length
    ? context.affectedComponents
    : [...new Set(incidents.flatMap((i) => i.components ?? []))];

  const summary: string[] = [];
  if (facts.status === 'chatgpt_incident') {
    summary.push(
      incidents.length
        ? t('triage.outage.summary_incident_named', { incidents: joinAnd(m, incidents.map((i) => i.name)) })
        : t('triage.outage.summary_incident'),
    );
  } else {
    summary.push(t('triage.outage.summary_crowd'));
  }
  if (facts.crowd === 'surge' && context.crowd) {
    summary.push(
      context.crowd.reporters <= 1
        ? t('triage.outage.first_reporter')
        : t('triage.outage.one_of', { reporters: context.crowd.reporters, count: context.crowd.minutes }),
    );
  }
  summary.push(t('triage.outage.wait_is_fastest'));

  const steps: string[] = incidents.length
    ? incidents.map((i) => t('triage.outage.step.follow_incident', { incident: incidentLine({ name: i.name, url: i.url ?? STATUS_URL }) }))
    : [t('triage.outage.step.follow_status', { url: STATUS_URL })];
  if (components.length) {
    steps.push(t('triage.outage.step.affected', { components: joinAnd(m, components), count: components.length }));
  }
  steps.push(
    surface === 'desktop' || surface === 'mobile' ? t('triage.outage.step.wait_app') : t('triage.outage.step.wait_web'),
    t('triage.outage.step.skip_cleanup'),
    t('triage.outage.step.after'),
  );

  return {
    headline: t('triage.outage.headline'),
    summary: summary.join(' '),
    steps,
    stopWhen: t('triage.outage.stop_when'),
    offerNotify: true,
  };
}
