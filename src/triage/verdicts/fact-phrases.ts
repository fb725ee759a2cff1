import type { FactValue } from '../fact-values.ts';

/** Facts as phrases inside sentences (IT note, summaries, evidence). */
export const SURFACE_PHRASES: Readonly<Record<FactValue<'surface'>, string>> = {
  web: 'ChatGPT in the browser (chatgpt.com)',
  desktop: 'The ChatGPT desktop app',
  mobile: 'The ChatGPT phone app',
  api: 'Our calls to the OpenAI API',
};

export const SYMPTOM_PHRASES: Readonly<Record<FactValue<'symptom'>, string>> = {
  http_500: '"HTTP ERROR 500"',
  http_403: 'a 403 error',
  ssl_or_network_config: 'a "Network configuration issue" or SSL certificate error',
  unusual_activity: 'an "unusual activity" error',
  cloudflare_challenge: 'a Cloudflare challenge that never passes',
  other: 'errors',
  api_500: 'HTTP 500 errors',
  api_503: 'HTTP 503 errors',
  api_429: 'HTTP 429 errors',
  api_other: 'errors',
};

const NETWORK_NOUNS: Readonly<Record<FactValue<'network'>, string>> = {
  office: 'office network',
  vpn: 'company VPN',
  home: 'home network',
  mobile_data: 'network',
};

/** "our office network", "your company VPN", "mobile data"; "<owner> network" when unknown. */
export function networkPhrase(network: FactValue<'network'> | undefined, owner: string): string {
  if (network === 'mobile_data') return 'mobile data';
  return `${owner} ${network ? NETWORK_NOUNS[network] : 'network'}`;
}
