import type { ItNote } from '../types.ts';
import { networkPhrase } from './fact-phrases.ts';
import type { VerdictContext } from './verdict-context.ts';

export const FILTERING_PRODUCTS = ['Cisco Umbrella', 'Zscaler', 'McAfee Web Gateway', 'Sophos', 'Barracuda', 'Fortinet'] as const;

/**
 * network branch: a ready-to-send, plain-text note asking IT to check filtering and SSL
 * inspection, in the desk's language (`itM`), which may differ from the reporter's.
 */
export function buildItNote({ facts, details, context, surface, allowlist, itM }: VerdictContext): ItNote {
  const { t } = itM;
  const where = networkPhrase(itM, facts.network, 'our');
  const what = t(`triage.it_note.subject.${surface ?? 'unknown'}`);
  const fails = facts.symptom
    ? t('triage.it_note.fails_with', { what, how: t(`triage.it_note.symptom.${facts.symptom}`), where })
    : t('triage.it_note.fails', { what, where });
  const lines = [t('triage.it_note.greeting'), '', fails];
  if (facts.other_network === 'works') lines.push(t('triage.it_note.other_network_works'));
  // What the evidence shows blocked: the network check from the person's browser, the HAR's failed allowlist domains.
  const checked = details.networkCheck?.blocked ?? [];
  const harFailed = (details.har?.failed ?? []).filter((d) => !checked.includes(d));
  if (checked.length) lines.push(t('evidence.web.it_note.blocked', { domains: checked.join(', ') }));
  if (harFailed.length) lines.push(t('evidence.web.it_note.har_failed', { domains: harFailed.join(', ') }));
  const same = context.crowd?.sameNetwork;
  if (same !== undefined && same > 0) lines.push(t('triage.it_note.colleagues', { count: same }));
  lines.push('', t('triage.it_note.ask'), t('triage.it_note.minimum', { domains: allowlist.minimum.join(', ') }));
  if (allowlist.broader.length) lines.push(t('triage.it_note.broader', { domains: allowlist.broader.join(', ') }));
  lines.push(
    '',
    t('triage.it_note.no_rewrite'),
    t('triage.it_note.cookies'),
    t('triage.it_note.products', { products: FILTERING_PRODUCTS.join(', ') }),
    t('triage.it_note.fix'),
    t('triage.it_note.snapshot'),
    '',
    t('triage.it_note.thanks'),
  );
  const blocked = [...checked, ...harFailed];
  return {
    text: lines.join('\n'),
    locale: itM.locale,
    minimumDomains: [...allowlist.minimum],
    broaderDomains: [...allowlist.broader],
    ...(blocked.length ? { blockedDomains: blocked } : {}),
  };
}
