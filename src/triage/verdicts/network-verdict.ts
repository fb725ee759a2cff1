import { buildItNote } from './build-it-note.ts';
import { networkPhrase } from './fact-phrases.ts';
import type { VerdictBody, VerdictContext } from './verdict-context.ts';

export function networkVerdict(ctx: VerdictContext): VerdictBody {
  const { facts, context, m } = ctx;
  const { t } = m;
  const works = facts.other_network === 'works';
  const same = context.crowd?.sameNetwork;
  const colleagues = same !== undefined && same > 0 ? t('triage.network.colleagues', { count: same }) : undefined;

  const summary = works
    ? t('triage.network.summary_works', { where: networkPhrase(m, facts.network, 'your') })
    : colleagues
      ? t('triage.network.summary_crowd_colleagues', { colleagues })
      : t('triage.network.summary_crowd');

  const steps = [
    works ? t('triage.network.step.work_elsewhere') : t('triage.network.step.check_yourself'),
    facts.network === 'vpn' ? t('triage.network.step.vpn_off') : t('triage.network.step.vpn_maybe'),
    t('triage.network.step.dns'),
    t('triage.network.step.send_note'),
  ];
  if (colleagues) steps.push(t('triage.network.step.colleagues', { colleagues }));
  steps.push(t('triage.network.step.skip'));

  return {
    headline: t('triage.network.headline'),
    summary,
    steps,
    stopWhen: t('triage.network.stop_when'),
    itNote: buildItNote(ctx),
  };
}
