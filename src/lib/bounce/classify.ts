/**
 * Decides the bounce reason from everything a report says about one recipient: the server's
 * words, the status and reply codes, and the SMTP stage at which it refused. Words win where
 * they are specific; codes fill in where the words say nothing; the SMTP stage corrects
 * readings that only make sense at another stage.
 */
import { WEAK_PHRASES, reasonFromPhrases } from './phrases.ts';
import { reasonFromProviderCode } from './provider-codes.ts';
import type { Reason } from './reasons.ts';
import { reasonFromReply, reasonFromStatus } from './status-reasons.ts';
import type { SmtpCommand } from './types.ts';

export interface Evidence {
  /** matchable() form of the server's words and the Status comment. */
  words: string;
  status?: string;
  replyCode?: string;
  command?: SmtpCommand;
  action?: string;
  reasonHint?: Reason;
}

const DELIVERED_ACTIONS = new Set(['delivered', 'relayed', 'expanded', 'deliverable']);

/** Readings that, at MAIL FROM, describe the sender rather than the recipient. */
const SENDER_STAGE = new Set<Reason>(['userunknown', 'hostunknown', 'filtered', 'suspend']);

/** Readings that, before any recipient was named, mean the connection itself was refused. */
const CONNECTION_STAGE = new Set<Reason>(['securityerror', 'rejected', 'userunknown', 'filtered', 'policyviolation']);

export function isDelivered(action: string | undefined, status: string | undefined): boolean {
  return (action !== undefined && DELIVERED_ACTIONS.has(action)) || (status?.startsWith('2.') ?? false);
}

export function decideReason(e: Evidence): Reason {
  if (isDelivered(e.action, e.status)) return 'delivered';

  const fromWords = reasonFromProviderCode(e.words) ?? reasonFromPhrases(e.words);
  let reason = fromWords ?? e.reasonHint ?? reasonFromStatus(e.status) ?? reasonFromPhrases(e.words, WEAK_PHRASES)
    ?? reasonFromReply(e.replyCode);

  if (reason === 'userunknown' && fromWords === 'userunknown') {
    // "User unknown" with a mailbox-status (5.2.x) or policy (5.7.x) code is a filter that
    // pretends the user is unknown, unless the server said it in answer to RCPT TO.
    const subject = e.status?.split('.')[1];
    const filterCode = subject === '2' || (subject === '7' && e.status !== '5.7.13');
    if (filterCode && e.command !== 'RCPT') reason = 'filtered';
  }
  if (e.command === 'MAIL') {
    // "Access denied" to the sender is a refused sender; "authentication required" is not.
    const refusedSender = reason === 'securityerror' && !/auth|password|credential/.test(e.words);
    if (reason === undefined || SENDER_STAGE.has(reason) || refusedSender) reason = 'rejected';
  }
  if ((e.command === 'CONN' || e.command === 'EHLO') && (reason === undefined || CONNECTION_STAGE.has(reason))) reason = 'blocked';
  // A temporary failure cannot prove that a domain does not exist: DNS may come back.
  if (reason === 'hostunknown' && e.status?.startsWith('4.')) reason = 'networkerror';

  if (reason) return reason;
  if (e.action === 'delayed') return 'expired';
  // It failed, but the report does not say why.
  return 'onhold';
}
