/** Turns what the reader pasted or dropped into bytes the MIME parser can read, within bounds. */

/**
 * Larger inputs are cut: the failure report sits at the top, the rest is the returned message,
 * and MIME parsing time grows with the number of lines.
 */
export const MAX_INPUT_BYTES = 1024 * 1024;

export type RawInput = string | Uint8Array | ArrayBuffer;

export function toBytes(raw: RawInput): Uint8Array {
  const bytes = typeof raw === 'string'
    ? new TextEncoder().encode(raw.length > MAX_INPUT_BYTES ? raw.slice(0, MAX_INPUT_BYTES) : raw)
    : raw instanceof Uint8Array ? raw : new Uint8Array(raw);
  return bytes.length > MAX_INPUT_BYTES ? bytes.subarray(0, MAX_INPUT_BYTES) : bytes;
}

/** UTF-8 text of the input, for the paths that do not go through the MIME parser. */
export function toText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * Drops what comes before the first header: blank lines and the "From sender date" line that
 * mbox files put in front of every message.
 */
export function stripEnvelope(bytes: Uint8Array): Uint8Array {
  let start = 0;
  while (start < bytes.length && (bytes[start] === 0x0a || bytes[start] === 0x0d || bytes[start] === 0x20 || bytes[start] === 0x09)) {
    start++;
  }
  const isFromLine = bytes[start] === 0x46 && bytes[start + 1] === 0x72 && bytes[start + 2] === 0x6f
    && bytes[start + 3] === 0x6d && bytes[start + 4] === 0x20; // "From "
  if (isFromLine) {
    const newline = bytes.indexOf(0x0a, start);
    start = newline < 0 ? bytes.length : newline + 1;
  }
  return bytes.subarray(start);
}

/** True when the input starts with a header block, i.e. it is a whole message, not a fragment. */
export function startsWithHeaders(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const lines = head.split(/\r?\n/);
  const first = lines[0] ?? '';
  const second = lines[1] ?? '';
  if (!/^[A-Za-z][A-Za-z0-9-]{0,60}:/.test(first)) return false;
  // A single "Name: value" line followed by prose is more likely a pasted error line.
  return second === '' || /^[A-Za-z][A-Za-z0-9-]{0,60}:|^[ \t]/.test(second);
}
