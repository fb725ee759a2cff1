import type { VerdictBody, VerdictContext } from './verdict-context.ts';

export function appVerdict({ facts, surface, m: { t } }: VerdictContext): VerdictBody {
  const unusual = facts.symptom === 'unusual_activity' && surface === 'mobile';
  const summary = unusual ? t('triage.app.summary_unusual') : t('triage.app.summary');
  const steps = [t('triage.app.step.web'), t('triage.app.step.vpn')];
  if (surface === 'mobile') steps.push(t('triage.app.step.dns'), t('triage.app.step.app_attest'));
  steps.push(t('triage.app.step.update'), t('triage.app.step.other_network'), t('triage.app.step.reinstall'));
  return { headline: t('triage.app.headline'), summary, steps, stopWhen: t('triage.app.stop_when') };
}
