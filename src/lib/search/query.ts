/** The most of a pasted text that search looks at: a whole bounce line fits, a whole bounce need not. */
export const MAX_QUERY_LENGTH = 2000;
/** Full-text search works on words; a few dozen are plenty. */
const MAX_TEXT_QUERY_LENGTH = 160;

/** Removes control characters and caps the length, so anything pasted is safe to process. */
export function cleanQuery(raw: string): string {
  return raw
    .slice(0, MAX_QUERY_LENGTH * 2)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\uFEFF]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
}

/**
 * The words worth giving the full-text search: addresses, host names, IPs, long numbers and
 * markup say nothing about which case it is, so they go.
 */
export function textQuery(query: string): string {
  return query
    .replace(/<[^>]{0,200}>/g, ' ')
    .replace(/\S+@\S+/g, ' ')
    .replace(/\b\d{1,3}(\.\d{1,3}){3}\b/g, ' ')
    // Host names (two dots or more, ending in letters): not status codes like 5.1.1.
    .replace(/\b(?:[\w-]+\.){2,}[a-z][\w-]*\b/gi, ' ')
    .replace(/\b[0-9a-f]{8,}\b/gi, ' ')
    .replace(/[\[\](){}<>"'`;=#]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_TEXT_QUERY_LENGTH);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

/** Pagefind's excerpts are escaped HTML with <mark> around matches: this turns escaped text back into text. */
export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '');
}
