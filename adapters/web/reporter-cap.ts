import { ipKeyGenerator } from 'express-rate-limit';
import type { AdmissionLimits } from '../../src/store/store.port.ts';

export interface ReporterCapOptions {
  limits: AdmissionLimits;
  /** WEB_REPORTERS_PER_ADDRESS. */
  perAddress: number;
  /** The incident window (INCIDENT_WINDOW_MINUTES) in seconds. */
  windowSeconds: number;
}

/**
 * Whether an unverified (cookie-only) web reporter from `address` counts toward incidents: at most
 * `perAddress` distinct reporters per client address per window (IPv6 by /56, like the rate limit).
 * The address is express' `req.ip`: the socket's, or the client's as TRUST_PROXY proxies forward it.
 */
export function reporterCap(options: ReporterCapOptions): (address: string | undefined, reporterId: string) => Promise<boolean> {
  return (address, reporterId) => options.limits.admit(`web-reporters:${ipKeyGenerator(address ?? 'unknown')}`, reporterId, options.perAddress, options.windowSeconds);
}
