/**
 * The diagnosis core: one answer to "what does this error mean" for the bounce analyser (per
 * recipient) and for search and the paste box (per pasted line).
 *
 *   diagnose(evidence: Evidence): Diagnosis
 *     From everything known about one failed recipient (the server's words, status and reply
 *     codes, SMTP stage, remote host, reporting MTA, recipient, RFC 3464 Action), the reason
 *     (taxonomy.ts), the case page that explains it, other likely cases, and decidedBy: the
 *     evidence that decided, most decisive first. Never throws.
 *
 *   diagnoseText(text: string): Diagnosis | null
 *     Reads one pasted error line or a short text ("550 5.1.1 <a@b>: Recipient address
 *     rejected … (in reply to RCPT TO command)") into Evidence: the codes of its innermost
 *     reply, the stage its wording names and the address it names, and diagnoses it (host names
 *     in the words name the provider, as they do for diagnose()). null when the text does not look like a mail error at all (no status or
 *     reply code, no SMTP stage wording and no phrase of the tables). Never throws.
 *
 * The owner ("who must act") is the case's frontmatter `owner`; the core names the case.
 */
export { CASE_RULES, ANY_REASON, caseFor } from './case-map.ts';
export { diagnose, isDelivered } from './decide.ts';
export { diagnoseText, evidenceFromText } from './text.ts';
export { PHRASES, WEAK_PHRASES, type PhraseGroup, type PhraseLang } from './phrases.ts';
export { PROVIDERS, type Provider } from './providers.ts';
export type { Decision, DecisionKind, Diagnosis, Evidence, Stage } from './types.ts';
