/** Why a request got no answer, read from the browser's error name. */
export const NET_CAUSES = [
  'extension',
  'dns',
  'tls_interception',
  'tls',
  'connection_reset',
  'connection_refused',
  'connection_closed',
  'timed_out',
  'proxy',
  'blocked_by_policy',
  'offline',
  'aborted',
  'unknown',
] as const;

export type NetCause = (typeof NET_CAUSES)[number];

/** Causes that say the network path to a domain fails (what IT can act on); not an extension, an aborted load or being offline. */
export const NETWORK_FAILURES: ReadonlySet<NetCause> = new Set([
  'dns',
  'tls_interception',
  'tls',
  'connection_reset',
  'connection_refused',
  'connection_closed',
  'timed_out',
  'proxy',
  'blocked_by_policy',
]);

const RULES: readonly [RegExp, NetCause][] = [
  [/BLOCKED_BY_CLIENT/, 'extension'],
  [/BLOCKED_BY_ADMINISTRATOR|BLOCKED_BY_POLICY/, 'blocked_by_policy'],
  [/NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED|DNS_|UNKNOWN_HOST/, 'dns'],
  [/ERR_CERT_|CERT_|SEC_ERROR_UNKNOWN_ISSUER|MOZILLA_PKIX_ERROR|SEC_ERROR_/, 'tls_interception'],
  [/SSL|TLS/, 'tls'],
  [/CONNECTION_RESET|NET_RESET|NETWORK_CHANGED|HTTP2_PROTOCOL_ERROR|QUIC_PROTOCOL_ERROR/, 'connection_reset'],
  [/CONNECTION_REFUSED|ADDRESS_UNREACHABLE/, 'connection_refused'],
  [/CONNECTION_CLOSED|EMPTY_RESPONSE|CONNECTION_ABORTED|NET_INTERRUPT|NET_PARTIAL_TRANSFER/, 'connection_closed'],
  [/TIMED_OUT|NET_TIMEOUT/, 'timed_out'],
  [/PROXY|TUNNEL_CONNECTION_FAILED/, 'proxy'],
  [/INTERNET_DISCONNECTED|NETWORK_ACCESS_DENIED|OFFLINE/, 'offline'],
  [/ERR_ABORTED|NS_BINDING_ABORTED|CANCELED|CANCELLED/, 'aborted'],
];

/** The error code of a browser error text (`net::ERR_BLOCKED_BY_CLIENT` → `ERR_BLOCKED_BY_CLIENT`), if it has one. */
export function netErrorCode(error: string | undefined): string | undefined {
  return error ? /\b(?:ERR_[A-Z0-9_]+|NS_[A-Z0-9_]+|SEC_ERROR_[A-Z0-9_]+|MOZILLA_PKIX_ERROR_[A-Z0-9_]+|SSL_ERROR_[A-Z0-9_]+)\b/.exec(error)?.[0] : undefined;
}

/**
 * The cause of a request without an answer, from Chrome's `_error` (`net::ERR_…`) or Firefox's
 * (`NS_ERROR_…`, `SEC_ERROR_…`); `unknown` without a recognised error.
 */
export function classifyNetError(error: string | undefined): NetCause {
  const code = netErrorCode(error?.toUpperCase());
  if (!code) return 'unknown';
  for (const [pattern, cause] of RULES) if (pattern.test(code)) return cause;
  return 'unknown';
}
