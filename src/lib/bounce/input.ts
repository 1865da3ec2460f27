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
  if (second !== '' && !/^[A-Za-z][A-Za-z0-9-]{0,60}:|^[ \t]/.test(second)) return false;
  // A header block names at least one of the fields every message has ("Error: …" alone is text).
  const block = lines.slice(0, Math.max(1, lines.indexOf(''))).join('\n');
  return /^(?:from|to|subject|date|received|return-path|message-id|mime-version|content-type|delivered-to|x-[\w-]+|arc-[\w-]+|dkim-signature|authentication-results|reply-to|sender|cc)[ \t]*:/im.test(block);
}

/** More messages than a mailbox of bounces that a reader pastes holds; the rest are not read. */
export const MAX_MESSAGES = 50;

const latin1 = new TextDecoder('latin1');

/**
 * The "From sender date" line that starts each message of an mbox file (RFC 4155), with the
 * date as asctime writes it ("Thu Jul  2 12:05:05 2020"), followed by a header line.
 */
const MBOX_FROM = /^From \S*[ \t]+[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]?\d \d{1,2}:\d{2}[^\n]*\n[A-Za-z][A-Za-z0-9-]{0,60}:/;

/** Splits an mbox file into its messages; any other input is one message. */
export function splitMessages(bytes: Uint8Array): Uint8Array[] {
  const starts: number[] = [];
  for (let at = 0; at < bytes.length && starts.length < MAX_MESSAGES;) {
    const lineStart = at;
    const newline = bytes.indexOf(0x0a, at);
    at = newline < 0 ? bytes.length : newline + 1;
    if (bytes[lineStart] !== 0x46) continue; // "F"
    if (MBOX_FROM.test(latin1.decode(bytes.subarray(lineStart, Math.min(bytes.length, lineStart + 300))).replace(/\r\n/g, '\n'))) {
      starts.push(lineStart);
    }
  }
  if (starts.length < 2) return [bytes];
  if (starts[0] !== 0 && /\S/.test(latin1.decode(bytes.subarray(0, starts[0])))) starts.unshift(0);
  return starts.map((start, i) => bytes.subarray(start, starts[i + 1] ?? bytes.length));
}
