/**
 * Labels of the incident card's surface and symptom breakdowns, on every platform. Keys are the
 * triage spec's fact values plus `unknown` (not asked yet); a key missing here is shown as it is.
 */
export const BREAKDOWN_LABELS: {
  readonly networks: Readonly<Record<string, string>>;
  readonly sites: Readonly<Record<string, string>>;
  readonly surfaces: Readonly<Record<string, string>>;
  readonly symptoms: Readonly<Record<string, string>>;
} = {
  networks: { office: 'office network', vpn: 'VPN', home: 'home network', mobile_data: 'mobile data', unknown: 'not asked yet' },
  sites: { unknown: 'no site given' },
  surfaces: { web: 'web', desktop: 'desktop app', mobile: 'mobile app', api: 'API', unknown: 'not asked yet' },
  symptoms: {
    http_500: 'HTTP 500',
    http_403: 'HTTP 403',
    ssl_or_network_config: 'network config / SSL',
    unusual_activity: 'unusual activity',
    cloudflare_challenge: 'Cloudflare challenge',
    other: 'other',
    api_500: 'API 500',
    api_503: 'API 503',
    api_429: 'API 429',
    api_other: 'API other',
    unknown: 'not asked yet',
  },
};
