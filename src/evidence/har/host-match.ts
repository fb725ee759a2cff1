/** Domains of OpenAI's own services: 5xx and 401/403/429 answers count only from these and their subdomains. */
export const OPENAI_DOMAINS = ['chatgpt.com', 'openai.com', 'oaistatic.com', 'oaiusercontent.com'] as const;

/** Hosts of ChatGPT on the web: what the person's browser shows. */
export const CHATGPT_WEB_HOSTS = ['chatgpt.com', 'chat.openai.com'] as const;

export function isOpenAiHost(host: string): boolean {
  return OPENAI_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));
}

/**
 * Whether `host` is covered by an allowlist entry: `*.example.com` covers every subdomain of
 * example.com (not example.com itself), `example.com` only itself.
 */
export function matchesDomain(host: string, pattern: string): boolean {
  const p = pattern.toLowerCase();
  if (p.startsWith('*.')) return host.endsWith(p.slice(1)) && host.length > p.length - 1;
  return host === p;
}
