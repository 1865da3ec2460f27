/** Plain-text helpers shared by the parsers. All regexes here are linear in the input. */
import { ADDRESS_SOURCE } from './addresses.ts';

/** Bound on the text we scan per part: bounces put the failure near the top. */
export const MAX_SCAN_CHARS = 256 * 1024;

export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * A bounce that someone forwarded arrives with every line quoted ("> "). When most lines are
 * quoted, remove one level so the parsers see the original layout.
 */
export function unquoteForwarded(text: string): string {
  const lines = text.split('\n');
  let quoted = 0;
  let nonEmpty = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    nonEmpty++;
    if (line.startsWith('>')) quoted++;
  }
  if (quoted < 5 || quoted < nonEmpty * 0.5) return text;
  return lines.map((line) => (line.startsWith('>') ? line.replace(/^> ?/, '') : line)).join('\n');
}

/**
 * Lines where servers start quoting the returned message. Text after them is the sender's own
 * message, whose addresses and words must not be mistaken for the failure.
 */
const ORIGINAL_MESSAGE_MARKERS = [
  /^[ \t]*-{2,}[ \t]*(?:this is a copy of the message|below this line is a copy of the message|enclosed is a copy of the message|original message|unsent message follows|returned message|message header follows)/im,
  /^[ \t]*(?:original message headers:|included is a copy of the message header|message headers follow\.|original message follows\.|below is a copy of the original message|original mail as follows:|the attachment contains the original mail headers)/im,
];

export function cutAtOriginalMessage(text: string): string {
  let end = text.length;
  for (const marker of ORIGINAL_MESSAGE_MARKERS) {
    const m = marker.exec(text);
    if (m && m.index < end) end = m.index;
  }
  return text.slice(0, end);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Enough HTML-to-text for HTML-only NDRs: drop tags, keep line structure, decode entities. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[^<]*<\/\1\s*>/gi, ' ')
    .replace(/<(?:br|\/p|\/div|\/tr|\/li|\/h\d|\/table)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
      if (name.startsWith('#')) {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
}

/** Splits text into paragraphs (runs of non-empty lines). */
export function paragraphs(text: string): string[] {
  return text.split(/\n[ \t]*\n/).map((p) => p.trim()).filter((p) => p !== '');
}

const ADDRESS_GLOBAL = new RegExp(ADDRESS_SOURCE, 'g');

/**
 * The form of a server's words that the phrase tables are written against: lowercase, one
 * space between words, typographic quotes made plain, URLs and addresses left out (a domain
 * such as spam-filter.example.com says nothing about the failure), and the "550-5.7.1" prefixes that
 * multi-line replies repeat on every line removed (all but the first), so that phrases split
 * across lines still match.
 */
export function matchable(text: string): string {
  let seen = false;
  return text
    .replace(/\b(?:https?|ftp):\/\/[^\s<>"')\]]+/gi, ' ')
    .replace(ADDRESS_GLOBAL, '<>')
    .toLowerCase()
    .replace(/[\u2018\u2019\u2032]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\b[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b\s?/g, (code) => {
      if (seen) return '';
      seen = true;
      return code;
    })
    .replace(/\s+/g, ' ')
    .trim();
}
