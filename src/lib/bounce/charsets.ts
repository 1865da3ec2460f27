/**
 * Text in a charset other than the one it declares. Japanese servers send EUC-JP or Shift_JIS
 * labelled ISO-2022-JP, UTF-8 labelled us-ascii, or 8-bit text with no label at all; decoded
 * as declared, the words come out as U+FFFD runs or Latin-1 mojibake. These helpers tell
 * when that happened and which of the usual charsets reads the bytes cleanly.
 */

/** The charsets tried, in order of trust when two read equally well. */
export const GUESSES = ['utf-8', 'iso-2022-jp', 'shift_jis', 'euc-jp'] as const;

/**
 * How wrong a decoded text looks: replacement characters, ISO-2022-JP escapes left as text,
 * half-width katakana (what EUC-JP read as Shift_JIS turns into), and runs of Latin-1 or
 * Windows-1252 symbols (what UTF-8 or Shift_JIS read as Latin-1 turns into). Ordinary
 * accented European words score little: their accented letters stand alone between ASCII.
 */
export function mojibakeScore(text: string): number {
  let score = 0;
  for (const _ of text.matchAll(/\uFFFD/g)) score += 4;
  for (const _ of text.matchAll(/\x1b[$(][@BJ]/g)) score += 4;
  for (const _ of text.matchAll(/[\uFF61-\uFF9F]/g)) score += 1;
  for (const m of text.matchAll(/[\u0080-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013-\u203A\u20AC\u2122]{2,}/g)) {
    score += m[0].length;
  }
  return score;
}

/** Enough wrongness to try other charsets: a few broken characters, not one stray symbol. */
export function looksMisdecoded(text: string): boolean {
  return mojibakeScore(text) >= 8;
}

function decodeAs(bytes: Uint8Array, charset: string): string | undefined {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The reading of the bytes that looks least wrong, UTF-8 first. */
export function decodeBest(bytes: Uint8Array): string {
  let best = decodeAs(bytes, 'utf-8') ?? '';
  let bestScore = mojibakeScore(best);
  if (bestScore === 0) return best;
  for (const charset of GUESSES.slice(1)) {
    const text = decodeAs(bytes, charset);
    if (text === undefined) continue;
    const score = mojibakeScore(text);
    if (score < bestScore) {
      best = text;
      bestScore = score;
    }
  }
  return best;
}

/** Bytes as one character each (U+0000–U+00FF), so that a text edit maps back to bytes. */
function byteString(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

/**
 * The same message with every text part declared in `charset`, so that the MIME parser reads
 * it again in that charset (transfer encodings stay as they are). Parts without a charset
 * parameter get one.
 */
export function relabelTextParts(bytes: Uint8Array, charset: string): Uint8Array {
  const source = byteString(bytes);
  const relabelled = source.replace(
    /^(content-type[ \t]*:[ \t]*text\/[\w.+-]+)([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)/gim,
    (_, type: string, params: string) => `${type}${params.replace(/;?[ \t]*(?:\r?\n[ \t]+)?charset[ \t]*=[ \t]*(?:"[^"\n]*"|[^;\s]*)/gi, '')}; charset=${charset}`,
  );
  const out = new Uint8Array(relabelled.length);
  for (let i = 0; i < relabelled.length; i++) out[i] = relabelled.charCodeAt(i) & 0xff;
  return out;
}
