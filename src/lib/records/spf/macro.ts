/**
 * SPF macros (RFC 7208 §7): checking a macro-string's syntax, and expanding it.
 * c, r and t are allowed only in explanation text.
 */
const LETTERS = 'slodiphcrtv';
const EXP_ONLY = 'crt';
const EXPAND = /%\{([a-z])(\d*)(r?)([.\-+,/_=]*)\}/iy;

/** Offset of the first syntax error in `text` as a macro-string, or null if it is well formed. */
export function macroError(text: string, inExplanation: boolean): number | null {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x25) {
      const next = text[i + 1];
      if (next === '%' || next === '_' || next === '-') {
        i++;
        continue;
      }
      EXPAND.lastIndex = i;
      const m = EXPAND.exec(text);
      const letter = m?.[1]?.toLowerCase();
      if (!m || !letter || !LETTERS.includes(letter) || (!inExplanation && EXP_ONLY.includes(letter)) || m[2] === '0' || /^0\d/.test(m[2]!)) return i;
      i += m[0].length - 1;
    } else if (c < 0x21 || c > 0x7e) {
      // Explanation text may contain spaces (RFC 7208 §6.2); nothing else outside visible ASCII.
      if (!(inExplanation && c === 0x20)) return i;
    }
  }
  return null;
}

/** What the macro letters stand for in one check_host() call. */
export interface MacroValues {
  /** s: the sender, local-part@domain */
  sender: string;
  /** d: the domain being checked */
  domain: string;
  /** i: the client IP, dotted (IPv6 as nibbles) */
  ip: string;
  /** c: the client IP as people write it */
  ipReadable: string;
  /** v: "in-addr" or "ip6" */
  ipVersion: string;
  /** h: the HELO/EHLO name */
  helo: string;
  /** p: the client's validated host name; computed only when a record uses it */
  validatedName: () => Promise<string>;
  /** r: the receiving host */
  receiver: string;
  /** t: the current time in seconds */
  now: number;
}

/** Expands a macro-string that macroError() accepted. */
export async function expandMacros(text: string, v: MacroValues): Promise<string> {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '%') {
      out += c;
      continue;
    }
    const next = text[i + 1];
    if (next === '%' || next === '_' || next === '-') {
      out += next === '%' ? '%' : next === '_' ? ' ' : '%20';
      i++;
      continue;
    }
    EXPAND.lastIndex = i;
    const m = EXPAND.exec(text)!;
    i += m[0].length - 1;
    const [, letter, digits, reverse, delimiters] = m as unknown as [string, string, string, string, string];
    let value = await letterValue(letter.toLowerCase(), v);
    const parts = value.split(new RegExp(`[${(delimiters || '.').replace(/[-\\\]^/]/g, '\\$&')}]`));
    if (reverse) parts.reverse();
    const kept = digits ? parts.slice(Math.max(0, parts.length - Number(digits))) : parts;
    value = kept.join('.');
    out += letter === letter.toUpperCase() ? encodeUnreserved(value) : value;
  }
  return out;
}

async function letterValue(letter: string, v: MacroValues): Promise<string> {
  const at = v.sender.lastIndexOf('@');
  switch (letter) {
    case 's': return v.sender;
    case 'l': return v.sender.slice(0, at);
    case 'o': return v.sender.slice(at + 1);
    case 'd': return v.domain;
    case 'i': return v.ip;
    case 'p': return v.validatedName();
    case 'v': return v.ipVersion;
    case 'h': return v.helo;
    case 'c': return v.ipReadable;
    case 'r': return v.receiver;
    default: return String(v.now);
  }
}

/** Uppercase macro letters are URL-escaped: everything but RFC 3986's unreserved characters. */
function encodeUnreserved(text: string): string {
  return [...new TextEncoder().encode(text)].map((b) => (/[A-Za-z0-9\-._~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
}
