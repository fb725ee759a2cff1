import type { Dispatcher } from 'undici';
import { HarError } from '../../src/evidence/har/har-error.ts';

/**
 * The body of a chat file download, or an error without reading it: `refused(status)` for an
 * answer other than 200, `har.too_large` when the announced length is over `maxBytes` (a longer
 * body than announced is stopped by the HAR reader's own count). A refused body is ended at once
 * (undici reports that abort as an error on the body: heard here, not thrown).
 */
export function downloadBody(response: Dispatcher.ResponseData, maxBytes: number, refused: (status: number) => Error): Dispatcher.ResponseData['body'] {
  const { statusCode, headers, body } = response;
  const drop = (error: Error): never => {
    body.on('error', () => undefined);
    body.destroy();
    throw error;
  };
  if (statusCode !== 200) return drop(refused(statusCode));
  const length = Number(headers['content-length']);
  if (Number.isFinite(length) && length > maxBytes) {
    return drop(new HarError('har.too_large', 'the shared file is larger than HAR_MAX_BYTES', { bytes: length, limit: maxBytes }));
  }
  return body;
}
