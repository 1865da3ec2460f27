/** The server's words in the form the tables are written against. */
import { matchable } from '../bounce/text.ts';

/**
 * The remote server's part of a diagnostic. Amazon SES wraps it as
 * "5.1.0 - Unknown address error 550-'5.7.1 … Access denied'": its own guess, then the reply.
 */
export function remoteWords(diagnostic: string): string {
  const ses = /^\s*\d\.\d{1,3}\.\d{1,3} - [^']{0,80}?(\d{3})[- ]'(.*?)'?(?:\s*\(delivery attempts: \d+\))?\s*$/.exec(diagnostic);
  return ses ? `${ses[1]} ${ses[2]}` : diagnostic;
}

export function wordsOf(text: string | undefined): string {
  return text ? matchable(remoteWords(text)) : '';
}

/** Host names as MTAs write them in replies: "host mx.example.com[192.0.2.1] said", "(mx.example.com)". */
const HOST = /(?<![@\w.-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?![\w@-]|\.[a-z0-9])/gi;
const MAX_HOSTS = 20;

/** The host names the server's words mention (addresses left out: their domains are not hosts that answered). */
export function hostsIn(text: string | undefined): string[] {
  if (!text) return [];
  const withoutAddresses = text.slice(0, 4000).replace(/[^\s<>()[\]"']+@[^\s<>()[\]"']+/g, ' ');
  return [...withoutAddresses.matchAll(HOST)].slice(0, MAX_HOSTS).map((m) => (m[1] ?? '').toLowerCase());
}
