/**
 * Reads one Received field (RFC 5321 §4.4, RFC 5322 §3.6.7) as MTAs really write it: Postfix,
 * Exim, Sendmail, qmail (comment-only lines), Exchange and Microsoft 365, Gmail, Yahoo and others.
 */
import { parseMailDate } from './dates.ts';
import { withoutName } from './fields.ts';
import type { Hop } from './types.ts';

const CLAUSES = ['from', 'by', 'via', 'with', 'id', 'for'] as const;
type Clause = (typeof CLAUSES)[number];
/** Exim writes "tls CIPHER" as a clause of its own; it must not end up in "with". */
const KEYWORDS = new Set<string>([...CLAUSES, 'tls']);

/** Only the first part of a very long field is read. */
const MAX_FIELD_CHARS = 8 * 1024;

interface Piece {
  text: string;
  /** True for a whole (possibly nested) comment. */
  inComment: boolean;
}

/** Splits at top-level words and comments, so that "(… with cipher …)" never starts a clause. */
function pieces(text: string): { pieces: Piece[]; semicolon: number } {
  const out: Piece[] = [];
  let depth = 0, start = 0, semicolon = -1;
  const push = (end: number, inComment: boolean) => {
    if (end > start) out.push({ text: text.slice(start, end), inComment });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && depth > 0) i++;
    else if (c === '(') {
      if (depth === 0) push(i, false);
      depth++;
    } else if (c === ')' && depth > 0) {
      depth--;
      if (depth === 0) push(i + 1, true);
    } else if (c === ';' && depth === 0) semicolon = i;
  }
  push(text.length, depth > 0);
  return { pieces: out, semicolon };
}

function stripComments(text: string): string {
  let depth = 0, out = '';
  for (const c of text) {
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if (depth === 0) out += c;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** TLS as the MTAs note it in their comments or clauses. */
function readTls(text: string): Hop['tls'] | undefined {
  const version =
    /\bversion=(TLS\S*?|SSL\S*?)[\s,;)]/i.exec(text)?.[1] ?? // Gmail, Sendmail, Microsoft
    /\busing (TLSv?[\d.]+)/i.exec(text)?.[1] ?? // Postfix
    /\((TLS ?v?1\.\d|TLS1_\d)\)/i.exec(text)?.[1]; // Exim "(TLS1.3)"
  const cipher =
    /\bcipher[= ]([A-Z0-9_-]{6,})/i.exec(text)?.[1] ?? // Gmail, Sendmail, Microsoft, Postfix
    /\btls ([A-Z0-9_-]{6,})/.exec(text)?.[1]; // Exim
  if (!version && !cipher) return undefined;
  return { ...(version ? { version } : {}), ...(cipher ? { cipher } : {}) };
}

/** One Received field (with or without "Received:") as a hop; fields it cannot read are absent. */
export function parseReceived(value: string): Hop {
  const text = withoutName(value, /^(?:x-)?received$/i).slice(0, MAX_FIELD_CHARS);
  const { semicolon } = pieces(text);
  const hop: Hop = {};
  const date = semicolon >= 0 ? parseMailDate(text.slice(semicolon + 1)) : undefined;
  if (date) hop.date = date;

  const body = semicolon >= 0 ? text.slice(0, semicolon) : text;
  const clauses: Partial<Record<Clause | 'tls', string>> = {};
  let current: Clause | 'tls' | undefined;
  /** The from and by clauses whose host (a domain or an address) has been read. */
  const named = new Set<Clause | 'tls'>();
  for (const part of pieces(body).pieces) {
    if (part.inComment) {
      if (current) clauses[current] += part.text;
      continue;
    }
    for (const word of part.text.split(/(\s+)/)) {
      const keyword = word.toLowerCase();
      // A keyword right after another is that clause's value ("by with.example"), not a new clause.
      if (KEYWORDS.has(keyword) && !(current && clauses[current]!.trim() === '')) {
        current = keyword as Clause | 'tls';
        clauses[current] ??= '';
        if (clauses[current] !== '') clauses[current] += ' ';
      } else if ((current === 'from' || current === 'by') && named.has(current) && /\S/.test(word) && !word.startsWith('[')) {
        // After a domain or address, a bare word opens a clause of its own (RFC 5321 §4.4
        // Additional-Registered-Clauses, Yahoo's "by atlas… pod-id atlas--production…"): it is skipped.
        // A one-label name goes on ("from mail pickup service" as Exchange's SMTPSVC writes it).
        current = undefined;
      } else if (current) {
        clauses[current] += word;
        if ((current === 'from' || current === 'by') && /[.:]/.test(word)) named.add(current);
      }
    }
  }
  for (const clause of CLAUSES) {
    const raw = clauses[clause]?.replace(/\s+/g, ' ').trim();
    if (!raw) continue;
    const shown = clause === 'from' || clause === 'by' ? raw : stripComments(raw);
    const cleaned = clause === 'for' ? shown.replace(/^<(.*)>$/, '$1') : shown;
    if (cleaned) hop[clause] = cleaned;
  }
  const tls = readTls(text);
  if (tls) hop.tls = tls;
  return hop;
}
