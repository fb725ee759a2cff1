import { headerOf, type HarEntryView } from './har-entry-view.ts';

/** The filtering products recognised in a response (triage-spec: the IT note's usual suspects). */
export const FILTER_PRODUCTS = ['zscaler', 'cisco_umbrella', 'fortinet', 'sophos', 'barracuda', 'mcafee_skyhigh', 'palo_alto'] as const;

export type FilterProduct = (typeof FILTER_PRODUCTS)[number];

/** `header`: the product's header on a refused or replaced answer; `redirect`: sent to the product's host; `block_page`: its block page; `proxy_auth`: a 407. */
export type FilterEvidence = 'header' | 'redirect' | 'block_page' | 'proxy_auth';

interface Signature {
  product: FilterProduct;
  /** A header the product adds (name, lower case). */
  headerName?: RegExp;
  /** The product's name in `Server`, `Via` or `X-Powered-By`. */
  headerValue: RegExp;
  /** The product named in a page's text. */
  body: RegExp;
  /** Hosts of the product's block, warn or login pages. */
  host: RegExp;
}

const SIGNATURES: readonly Signature[] = [
  { product: 'zscaler', headerName: /^x-zscaler/, headerValue: /zscaler/i, body: /zscaler/i, host: /(?:^|\.)zs(?:cloud|caler[a-z]*)\.(?:net|com)$/ },
  { product: 'cisco_umbrella', headerName: /^x-umbrella/, headerValue: /umbrella|opendns/i, body: /cisco umbrella|opendns/i, host: /(?:^|\.)(?:opendns\.com|umbrella\.com|sse\.cisco\.com)$/ },
  { product: 'fortinet', headerName: /^x-forti/, headerValue: /forti(?:gate|guard|proxy|web|net)/i, body: /fortiguard|fortigate|fortinet/i, host: /(?:^|\.)(?:fortiguard\.com|fortinet\.(?:com|net))$/ },
  { product: 'sophos', headerName: /^x-sophos/, headerValue: /sophos/i, body: /sophos/i, host: /(?:^|\.)sophos\.com$/ },
  { product: 'barracuda', headerName: /^x-barracuda/, headerValue: /barracuda/i, body: /barracuda/i, host: /(?:^|\.)barracuda(?:networks)?\.com$/ },
  { product: 'mcafee_skyhigh', headerName: /^x-(?:mwg|mcafee|skyhigh)/, headerValue: /mcafee|skyhigh|\bmwg\b/i, body: /mcafee web gateway|skyhigh|mwg-internal/i, host: /(?:^|\.)(?:mcafee|skyhigh|skyhighsecurity)\.(?:com|net|cloud)$/ },
  { product: 'palo_alto', headerName: /^x-(?:pan|paloalto)-/, headerValue: /panweb|pan-os|palo ?alto/i, body: /palo alto networks|paloaltonetworks|pan-os|prisma access/i, host: /(?:^|\.)(?:paloaltonetworks\.com|gpcloudservice\.com|prismaaccess\.com)$/ },
];

/** Words of a block or warning page. */
const BLOCK_WORDS = /blocked|access denied|access to this|not allowed|web ?filter|url ?filter|security policy|company policy|acceptable use|categor(?:y|ies|ized)|restricted|prohibited/i;

/** Block pages are small; a large page that names a product is content (a chat about Zscaler), not a block page. */
const BLOCK_PAGE_MAX = 100 * 1024;

const hostOf = (url: string | undefined): string | undefined => {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
};

function byHeaders(view: HarEntryView): FilterProduct | undefined {
  for (const s of SIGNATURES) {
    if (s.headerName && view.responseHeaders.some((h) => s.headerName!.test(h.name))) return s.product;
    for (const name of ['server', 'via', 'x-powered-by', 'proxy-agent']) {
      const value = headerOf(view.responseHeaders, name);
      if (value && s.headerValue.test(value)) return s.product;
    }
  }
  return undefined;
}

const isHtml = (view: HarEntryView): boolean => view.mimeType === 'text/html' || /^\s*(?:<!doctype html|<html)/i.test(view.body);

/** The request expected data or code, not a page: a block page in its place is an injected answer. */
const expectsNoPage = (view: HarEntryView): boolean =>
  ['xhr', 'fetch', 'script', 'stylesheet', 'image', 'font', 'websocket', 'eventsource'].includes(view.resourceType ?? '') ||
  /^application\/json|^text\/event-stream/.test(headerOf(view.requestHeaders, 'accept') ?? '');

/**
 * A filtering product's hand in a response that is not the site's own answer: the product's
 * header on a refusal (4xx/5xx), a redirect to the product's host, a 407, or a small HTML page
 * that names the product and reads as a block page (or any page the product marked where the
 * request expected data). A product's header on an ordinary answer is not a finding: the product
 * let it through.
 */
export function detectFiltering(view: HarEntryView): { product: FilterProduct | 'unknown'; evidence: FilterEvidence } | undefined {
  if (view.status === 0) return undefined;
  const fromHeaders = byHeaders(view);
  const redirectHost = view.status >= 300 && view.status < 400 ? hostOf(view.redirectUrl ?? headerOf(view.responseHeaders, 'location')) : undefined;
  if (redirectHost) {
    const s = SIGNATURES.find((sig) => sig.host.test(redirectHost));
    if (s) return { product: s.product, evidence: 'redirect' };
  }
  if (view.status === 407) return { product: fromHeaders ?? 'unknown', evidence: 'proxy_auth' };
  const html = isHtml(view);
  const blockPage = html && view.bodyLength <= BLOCK_PAGE_MAX && BLOCK_WORDS.test(view.body);
  if (fromHeaders && (view.status >= 400 || blockPage || (html && expectsNoPage(view)))) return { product: fromHeaders, evidence: 'header' };
  if (blockPage) {
    const s = SIGNATURES.find((sig) => sig.body.test(view.body));
    if (s) return { product: s.product, evidence: 'block_page' };
  }
  return undefined;
}
