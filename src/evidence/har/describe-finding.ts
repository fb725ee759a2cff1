import type { MessageId } from '../../messages/catalogs.ts';
import type { Messages } from '../../messages/messages-for.ts';
import { NET_CAUSES } from './classify-net-error.ts';
import { FILTER_PRODUCTS } from './detect-filtering.ts';
import type { HarFinding } from './har-finding.ts';

const has = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/** The words for a finding's `detail` code (a cause, a product, a challenge's evidence, an HTTP status). */
function detailText(finding: HarFinding, m: Messages): string {
  const d = finding.detail;
  if (finding.kind === 'filtered') return m.t(has([...FILTER_PRODUCTS, 'unknown'] as const, d) ? (`evidence.product.${d}` as MessageId) : 'evidence.product.unknown');
  if (finding.kind === 'cloudflare_challenge' && (d === 'cf_mitigated' || d === 'challenge_page')) return m.t(`evidence.challenge.${d}`);
  if (has(NET_CAUSES, d)) return m.t(`evidence.cause.${d}`);
  return m.t('evidence.finding.http_status', { status: finding.status });
}

/**
 * One finding in the reader's language, on one line: what happened, where (host and path), and
 * when, with the ids support asks for (`x-request-id`, `cf-ray`) and the browser's error code.
 */
export function describeFinding(finding: HarFinding, m: Messages): string {
  const where = `${finding.host}${finding.path}`;
  const evidence = finding.evidence ? m.t(`evidence.filter.${finding.evidence}`) : '';
  let text = m.t(`evidence.finding.${finding.kind}`, { where, status: finding.status, detail: detailText(finding, m), evidence });
  if (finding.error) text += ` (${finding.error})`;
  const extra = [
    finding.time ? m.t('evidence.finding.time', { time: finding.time }) : undefined,
    finding.requestId ? m.t('evidence.finding.request_id', { id: finding.requestId }) : undefined,
    finding.cfRay ? m.t('evidence.finding.cf_ray', { id: finding.cfRay }) : undefined,
  ].filter((part): part is string => part !== undefined);
  return extra.length > 0 ? `${text}; ${extra.join(', ')}` : text;
}
