import { readIncidentIo } from './read-incidentio.ts';
import { readStatuspage } from './read-statuspage.ts';
import type { ReadPayloadOptions, StatusModel, StatusProvider } from './status-model.ts';

/** Reads a payload with the reader of the configured provider. Throws StatusPayloadError. */
export function readStatusPayload(provider: StatusProvider, payload: unknown, options: ReadPayloadOptions): StatusModel {
  return provider === 'incidentio' ? readIncidentIo(payload, options) : readStatuspage(payload, options);
}
