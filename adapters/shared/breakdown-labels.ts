import type { MessageId } from '../../src/messages/catalogs.ts';
import type { Messages } from '../../src/messages/messages-for.ts';

/** The incident card's breakdowns, by the dimension the aggregator counts. */
export type BreakdownDimension = 'networks' | 'sites' | 'surfaces' | 'symptoms';

/**
 * Catalog ids of the breakdown labels. Keys are the triage spec's fact values plus `unknown` (not
 * asked yet); a key missing here (a site's name, a value added later) is shown as it is.
 */
const LABEL_IDS: { readonly [D in BreakdownDimension]: Readonly<Record<string, MessageId>> } = {
  networks: {
    office: 'chat.breakdown.network.office',
    vpn: 'chat.breakdown.network.vpn',
    home: 'chat.breakdown.network.home',
    mobile_data: 'chat.breakdown.network.mobile_data',
    unknown: 'chat.breakdown.not_asked',
  },
  sites: { unknown: 'chat.breakdown.site.unknown' },
  surfaces: {
    web: 'chat.breakdown.surface.web',
    desktop: 'chat.breakdown.surface.desktop',
    mobile: 'chat.breakdown.surface.mobile',
    api: 'chat.breakdown.surface.api',
    unknown: 'chat.breakdown.not_asked',
  },
  symptoms: {
    http_500: 'chat.breakdown.symptom.http_500',
    http_403: 'chat.breakdown.symptom.http_403',
    ssl_or_network_config: 'chat.breakdown.symptom.ssl_or_network_config',
    unusual_activity: 'chat.breakdown.symptom.unusual_activity',
    cloudflare_challenge: 'chat.breakdown.symptom.cloudflare_challenge',
    other: 'chat.breakdown.symptom.other',
    api_500: 'chat.breakdown.symptom.api_500',
    api_503: 'chat.breakdown.symptom.api_503',
    api_429: 'chat.breakdown.symptom.api_429',
    api_other: 'chat.breakdown.symptom.api_other',
    unknown: 'chat.breakdown.not_asked',
  },
};

/** The label of one breakdown key on every platform, in the catalog's language `m`. */
export function breakdownLabel(m: Messages, dimension: BreakdownDimension, key: string): string {
  const id = Object.hasOwn(LABEL_IDS[dimension], key) ? LABEL_IDS[dimension][key] : undefined;
  return id ? m.t(id) : key;
}

/** The card's heading of one breakdown ("By network"). */
export const BREAKDOWN_HEADING: { readonly [D in BreakdownDimension]: MessageId } = {
  networks: 'chat.card.by_network',
  sites: 'chat.card.by_site',
  surfaces: 'chat.card.by_surface',
  symptoms: 'chat.card.by_symptom',
};
