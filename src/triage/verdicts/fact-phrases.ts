import type { MessageId } from '../../messages/catalogs.ts';
import type { Messages } from '../../messages/messages-for.ts';
import type { FactValue } from '../fact-values.ts';

/** Whose network a sentence speaks of: the reporter's, the company's (IT note), or plainly "the". */
export type NetworkOwner = 'your' | 'our' | 'the';

/** "on your office network", "on our company VPN", "on mobile data"; "on <owner> network" when unknown. */
export function networkPhrase(m: Messages, network: FactValue<'network'> | undefined, owner: NetworkOwner): string {
  if (network === 'mobile_data') return m.t('triage.where.mobile_data');
  const id: MessageId = `triage.where.${owner}.${network ?? 'unknown'}`;
  return m.t(id);
}
