/**
 * Word normalisation for error texts. Servers word the same failure in many small variations
 * ("Mailbox is full", "mailbox full", "mailboxes are full"; "doesn't exist", "does not exist"),
 * so words are lowercased, function words dropped, negations folded and endings trimmed.
 */

/** Function words: dropping them lets "mailbox is full" match "Mailbox full". "no" and "not" stay. */
const STOPWORDS = new Set([
  'a', 'an', 'the', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'to', 'of', 'for', 'in',
  'on', 'at', 'by', 'with', 'from', 'into', 'this', 'that', 'these', 'those', 'it', 'its', 'your',
  'you', 'our', 'we', 'us', 'they', 'them', 'their', 'there', 'here', 'please', 'has', 'have', 'had',
  'and', 'or', 'as', 'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must',
  'does', 'do', 'did', 'so', 'than', 'then', 'which', 'who', 'what', 'when', 'where', 'while',
  'also', 'just', 'any', 'some', 'all', 'if', 'but', 'about', 'i', 'me', 'my', 'he', 'she', 'his', 'her',
]);

const NEGATION = /n['’]t$/;

/**
 * The form a word is compared in, or null for a word that carries no meaning.
 * `raw` is one word as written (letters, maybe apostrophes), without surrounding punctuation.
 */
export function normaliseWord(raw: string): string | null {
  const lower = raw.toLowerCase();
  if (NEGATION.test(lower) || lower === 'cannot') return 'not';
  const word = lower.replace(/['’]/g, '');
  if (word.length < 2 || STOPWORDS.has(word)) return null;
  return stem(word);
}

/** Whether a lowercase word is one of the dropped function words. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/**
 * A deliberately small suffix trimmer for English (Porter would be overkill for a few hundred
 * error lines): it only has to make inflections of one word meet ("rejected", "rejects",
 * "rejecting" → "reject"; "message", "messages" → "messag"). Short words and non-ASCII words
 * are left alone.
 */
export function stem(word: string): string {
  if (!/^[a-z]+$/.test(word) || word.length < 4) return word;
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 6 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 5 && w.endsWith('ed') && !w.endsWith('eed')) w = w.slice(0, -2);
  else if (w.length > 4 && /(?:ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}
