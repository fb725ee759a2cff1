import { Tokenizer, TokenParser, TokenType } from '@streamparser/json';
import type { JsonTypes, ParsedElementInfo, ParsedTokenInfo } from '@streamparser/json';
import { createStringShortener, MAX_STRING_BYTES } from './create-string-shortener.ts';
import { HarError } from './har-error.ts';

export type JsonValue = JsonTypes.JsonPrimitive | JsonTypes.JsonStruct;
export type JsonObject = JsonTypes.JsonObject;

/** The fields of `log` kept besides its entries (HAR 1.2); anything else in `log` is not read. */
export const HAR_LOG_FIELDS = ['version', 'creator', 'browser', 'pages', 'comment'] as const;

export interface ReadHarOptions {
  /** Refused above this many bytes (`har.too_large`), counted as they arrive. */
  maxBytes: number;
  /** Called with each entry of `log.entries`, in order, before the next one is read. */
  onEntry(entry: JsonObject, index: number): void | Promise<void>;
  /** The longest string kept whole (bytes); the rest of a longer one is dropped (default MAX_STRING_BYTES). */
  maxStringBytes?: number;
}

export interface ReadHarResult {
  entries: number;
  bytes: number;
  /** The `log` fields of HAR_LOG_FIELDS that the file has (pages, creator…), in file order. */
  log: JsonObject;
  /** Strings (response bodies, mostly) longer than `maxStringBytes`, cut to it. */
  shortened: number;
}

interface Frame {
  container: 'object' | 'array';
  /** The key under which this container sits in its parent object (undefined in an array or at the root). */
  key: string | undefined;
  expectingKey: boolean;
  /** The key of the member whose value comes next. */
  pendingKey: string | undefined;
}

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a HAR from a byte stream without holding it: a streaming JSON tokenizer emits one entry of
 * `log.entries` at a time (nothing already emitted is kept), and `onEntry` is awaited before the
 * next chunk is read, so memory is one chunk plus the entries of that chunk, whatever the file's
 * size; a string longer than `maxStringBytes` (a huge body) is cut before the tokenizer holds it
 * (createStringShortener). Throws a HarError for what is not a HAR (not JSON, a root that is not an object, no
 * `log` object, no `log.entries` array, an entry that is not an object: found as soon as the
 * structure shows it, without reading on), for a file that ends before its last `}` (truncated)
 * and for more than `maxBytes` bytes.
 */
export async function readHar(source: AsyncIterable<Uint8Array | string>, options: ReadHarOptions): Promise<ReadHarResult> {
  const tokenizer = new Tokenizer({ stringBufferSize: 64 * 1024 });
  const shortener = createStringShortener(options.maxStringBytes ?? MAX_STRING_BYTES);
  const parser = new TokenParser({ paths: ['$.log.entries.*', ...HAR_LOG_FIELDS.map((f) => `$.log.${f}`)], keepStack: false });
  const frames: Frame[] = [];
  let tokens = 0;
  let sawLog = false;
  let sawEntries = false;
  let rootClosed = false;
  let bytes = 0;
  let entries = 0;
  const log: JsonObject = {};
  const pending: JsonObject[] = [];

  const notHar = (why: string): HarError => new HarError('har.not_har', `not a HAR: ${why}`, { bytes });

  /** Checks the HAR's outline (root object → `log` object → `entries` array) token by token. */
  const watch = (token: TokenType, value: unknown): void => {
    tokens++;
    const frame = frames[frames.length - 1];
    if (frame?.container === 'object' && frame.expectingKey) {
      if (token === TokenType.STRING) {
        frame.pendingKey = String(value);
        frame.expectingKey = false;
        return;
      }
      if (token === TokenType.RIGHT_BRACE) return close();
      return; // the tokenizer reports anything else as invalid JSON
    }
    switch (token) {
      case TokenType.COLON:
        return;
      case TokenType.COMMA:
        if (frame?.container === 'object') frame.expectingKey = true;
        return;
      case TokenType.RIGHT_BRACE:
      case TokenType.RIGHT_BRACKET:
        return close();
      default:
        break;
    }
    // A value starts here.
    const depth = frames.length;
    const key = frame?.container === 'object' ? frame.pendingKey : undefined;
    const opens = token === TokenType.LEFT_BRACE ? 'object' : token === TokenType.LEFT_BRACKET ? 'array' : undefined;
    if (depth === 0) {
      if (rootClosed) throw notHar('more than one JSON value');
      if (opens !== 'object') throw notHar('the file is not a JSON object');
    } else if (depth === 1 && key === 'log') {
      if (opens !== 'object') throw notHar('"log" is not an object');
      sawLog = true;
    } else if (depth === 2 && frame?.key === 'log' && key === 'entries') {
      if (opens !== 'array') throw notHar('"log.entries" is not a list');
      sawEntries = true;
    } else if (depth === 3 && frames[1]?.key === 'log' && frame?.key === 'entries' && opens !== 'object') {
      throw notHar('an entry of "log.entries" is not an object');
    }
    if (opens) frames.push({ container: opens, key, expectingKey: opens === 'object', pendingKey: undefined });
  };

  const close = (): void => {
    const closing = frames.pop();
    if (frames.length === 1 && closing?.key === 'log' && !sawEntries) throw notHar('"log" has no "entries"');
    if (frames.length === 0) {
      if (!sawLog) throw notHar('no "log" object');
      rootClosed = true;
    }
  };

  tokenizer.onToken = (info: ParsedTokenInfo) => {
    watch(info.token, info.value);
    parser.write(info);
  };
  parser.onValue = ({ value, key }: ParsedElementInfo) => {
    if (typeof key === 'number') {
      if (isObject(value)) pending.push(value);
    } else if (typeof key === 'string' && value !== undefined) {
      log[key] = value;
    }
  };

  const drain = async (): Promise<void> => {
    // onEntry may be slow (a write waiting for the disk): entries of one chunk wait here, the next chunk is not read meanwhile.
    let entry: JsonObject | undefined;
    while ((entry = pending.shift()) !== undefined) await options.onEntry(entry, entries++);
  };

  const feed = (chunk: Uint8Array): void => {
    try {
      tokenizer.write(chunk);
    } catch (error) {
      if (error instanceof HarError) throw error;
      throw notHarCause(error);
    }
  };
  const notHarCause = (error: unknown): HarError =>
    new HarError('har.not_har', `not a HAR: not valid JSON (${error instanceof Error ? error.message.slice(0, 120) : 'parse error'})`, { bytes, cause: error });

  for await (const chunk of source) {
    const raw = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    bytes += raw.byteLength;
    if (bytes > options.maxBytes) throw new HarError('har.too_large', `HAR larger than ${options.maxBytes} bytes`, { bytes, limit: options.maxBytes });
    feed(shortener.feed(raw));
    await drain();
  }
  try {
    tokenizer.end();
  } catch (error) {
    if (error instanceof HarError) throw error;
    if (tokens === 0) throw notHarCause(error);
    throw new HarError('har.truncated', `HAR ends in the middle of a value after ${bytes} bytes`, { bytes, cause: error });
  }
  await drain();
  if (tokens === 0) throw notHar('the file is empty');
  if (!rootClosed) throw new HarError('har.truncated', `HAR ends before its last "}" after ${bytes} bytes`, { bytes });
  return { entries, bytes, log, shortened: shortener.shortened };
}
