/**
 * The size of an RSA public key as DKIM publishes it in p=: base64 of a SubjectPublicKeyInfo
 * (RFC 6376 §3.6.1), or of a bare RSAPublicKey, which some signers publish instead.
 */
export function decodeBase64(text: string): Uint8Array | null {
  const clean = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) return null;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const bytes: number[] = [];
  let bits = 0;
  let buffer = 0;
  for (const c of clean.replace(/=+$/, '')) {
    buffer = (buffer << 6) | alphabet.indexOf(c);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return new Uint8Array(bytes);
}

interface Element {
  tag: number;
  start: number;
  end: number;
}

function readElement(der: Uint8Array, at: number): Element | null {
  const tag = der[at];
  let length = der[at + 1];
  if (tag === undefined || length === undefined) return null;
  let start = at + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4) return null;
    length = 0;
    for (let i = 0; i < count; i++) {
      const b = der[start + i];
      if (b === undefined) return null;
      length = length * 256 + b;
    }
    start += count;
  }
  const end = start + length;
  return end <= der.length ? { tag, start, end } : null;
}

/** Bits in the modulus of an RSA key, or null when the bytes are not one. */
export function rsaKeyBits(der: Uint8Array): number | null {
  const outer = readElement(der, 0);
  if (!outer || outer.tag !== 0x30) return null;
  const first = readElement(der, outer.start);
  if (!first) return null;
  if (first.tag === 0x02) return integerBits(der, first); // RSAPublicKey: SEQUENCE { modulus, exponent }
  if (first.tag !== 0x30) return null;
  const bitString = readElement(der, first.end);
  if (!bitString || bitString.tag !== 0x03) return null;
  const inner = readElement(der, bitString.start + 1);
  if (!inner || inner.tag !== 0x30) return null;
  const modulus = readElement(der, inner.start);
  return modulus && modulus.tag === 0x02 ? integerBits(der, modulus) : null;
}

function integerBits(der: Uint8Array, e: Element): number | null {
  let i = e.start;
  while (i < e.end && der[i] === 0) i++;
  if (i === e.end) return null;
  return (e.end - i - 1) * 8 + (32 - Math.clz32(der[i]!));
}
