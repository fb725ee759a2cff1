/** The longest JSON string (in bytes as the file holds it) the reader keeps whole: a body beyond this is cut. */
export const MAX_STRING_BYTES = 4 * 1024 * 1024;

/** What replaces the dropped rest of a string (no quote, no backslash: it stays valid inside a JSON string). */
export const SHORTENED_MARKER = '…[shortened: the rest of this value was too large to keep]';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LETTER_U = 0x75;

export interface StringShortener {
  /** The chunk with the part of any string beyond the limit left out (the same chunk when nothing is). */
  feed(chunk: Uint8Array): Uint8Array;
  /** Strings shortened so far. */
  readonly shortened: number;
}

/**
 * A byte filter in front of the JSON tokenizer that keeps every JSON string to `maxBytes`: a
 * streaming tokenizer must hold a whole string before it can hand it on, so one huge response
 * body (a download, a video) would otherwise cost several times its size in memory. The rest of
 * such a string is dropped and SHORTENED_MARKER put before its closing quote; the cut is never
 * inside an escape sequence or a UTF-8 character, so the JSON stays valid. Everything outside
 * strings passes through, and a chunk without a cut is returned as it is (no copy).
 */
export function createStringShortener(maxBytes = MAX_STRING_BYTES): StringShortener {
  const marker = Buffer.from(SHORTENED_MARKER, 'utf8');
  let inString = false;
  let afterBackslash = false;
  let hexLeft = 0;
  let length = 0;
  let dropping = false;
  let shortened = 0;

  return {
    get shortened() {
      return shortened;
    },
    feed(chunk) {
      const pieces: Uint8Array[] = [];
      let keptFrom = dropping ? -1 : 0;
      let cut = dropping;
      for (let i = 0; i < chunk.length; i++) {
        const b = chunk[i]!;
        if (!inString) {
          if (b === QUOTE) {
            inString = true;
            length = 0;
          }
          continue;
        }
        if (!dropping) {
          if (afterBackslash) {
            afterBackslash = false;
            if (b === LETTER_U) hexLeft = 4;
            length++;
            continue;
          }
          if (hexLeft > 0) {
            hexLeft--;
            length++;
            continue;
          }
          if (b === QUOTE) {
            inString = false;
            continue;
          }
          // Cut at a character's first byte (not a UTF-8 continuation byte), outside any escape.
          if (length < maxBytes || (b & 0xc0) === 0x80) {
            if (b === BACKSLASH) afterBackslash = true;
            length++;
            continue;
          }
          dropping = true;
          cut = true;
          shortened++;
          pieces.push(chunk.subarray(keptFrom, i));
          keptFrom = -1;
        }
        // Dropping: follow the escapes only to find the string's real closing quote.
        if (afterBackslash) {
          afterBackslash = false;
          if (b === LETTER_U) hexLeft = 4;
        } else if (hexLeft > 0) {
          hexLeft--;
        } else if (b === BACKSLASH) {
          afterBackslash = true;
        } else if (b === QUOTE) {
          inString = false;
          dropping = false;
          pieces.push(marker);
          keptFrom = i;
        }
      }
      if (!cut) return chunk;
      if (keptFrom >= 0) pieces.push(chunk.subarray(keptFrom));
      return Buffer.concat(pieces);
    },
  };
}
