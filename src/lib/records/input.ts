/**
 * What people paste: a record's text, the same in quotes as DNS tools print it ("v=spf1 " "-all"),
 * or whole zone-file / dig lines ("example.com. 300 IN TXT \"v=spf1 …\""). Read into record texts.
 */
export interface PastedRecord {
  text: string;
  /** The record type a zone-file or dig line named, if any. */
  type?: string;
}

const ZONE_LINE = /^[A-Za-z0-9_*@-][A-Za-z0-9_.*@-]*\s+(?:\d+\s+)?(?:IN\s+)?(?:\d+\s+)?(TXT|SPF|MX|CNAME)\s+(.*)$/i;

export function readPasted(raw: string): PastedRecord[] {
  const lines = raw.replace(/^\uFEFF/, '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return lines.map((line) => {
    const zone = ZONE_LINE.exec(line);
    if (zone) return { type: zone[1]!.toUpperCase(), text: unquote(zone[2]!.trim()) };
    return { text: unquote(line) };
  });
}

/** "a" "b" → ab: the character-strings of one TXT record, joined (RFC 7208 §3.3). Unquoted text stays. */
export function unquote(text: string): string {
  if (!text.startsWith('"')) return text;
  const strings = [...text.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!.replace(/\\(\d{3}|.)/g, (_, c: string) => (c.length === 3 ? String.fromCharCode(Number(c)) : c)));
  return strings.length > 0 ? strings.join('') : text;
}
