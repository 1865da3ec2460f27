/** Whether a paste is a DNS record that the record checker reads. */

/** The record kinds the checker reads, by the version tag their text starts with. */
const RECORD_TAGS: Array<[RegExp, string]> = [
  [/^v=spf1(?:\s|$)/i, 'SPF'], // RFC 7208 §4.5
  [/^v=DMARC1\s*(?:;|$)/i, 'DMARC'], // RFC 9989
  [/^v=DKIM1\s*(?:;|$)|^(?:k=\w+\s*;\s*)?p=[A-Za-z0-9+/=]*\s*(?:;|$)/i, 'DKIM'], // RFC 6376 §3.6.1
  [/^v=STSv1\s*(?:;|$)/i, 'MTA-STS'], // RFC 8461 §3.1
  [/^v=TLSRPTv1\s*(?:;|$)/i, 'TLS-RPT'], // RFC 8460 §3
  [/^v=BIMI1\s*(?:;|$)/i, 'BIMI'], // draft-brand-indicators-for-message-identification §4.2
];

/** A record as dig or a DNS panel shows it: maybe a name, TTL, class and type first, maybe in quotes. */
export function recordText(text: string): { kind: string; record: string } | null {
  const trimmed = text.trim();
  if (trimmed.length > 4096 || trimmed.split('\n').length > 8) return null;
  const withoutOwner = trimmed.replace(/^\S+\.?\s+(?:\d+\s+)?(?:IN\s+)?TXT\s+/i, '');
  // dig splits long TXT records into quoted strings: join them.
  const quoted = withoutOwner.match(/"((?:[^"\\]|\\.)*)"/g);
  const record = (quoted && withoutOwner.startsWith('"') ? quoted.map((q) => q.slice(1, -1)).join('') : withoutOwner).trim();
  const found = RECORD_TAGS.find(([tag]) => tag.test(record));
  return found ? { kind: found[1], record } : null;
}
