/** Turns one finding into what the reader sees: codes, the server's words, reason and case. */
import { domainOf } from './addresses.ts';
import { caseFor } from './case-map.ts';
import { isMobileCarrier } from './carriers.ts';
import { decideReason } from './classify.ts';
import { isReplyCode, isStatusCode, isVague, lastCodes } from './codes.ts';
import { matchable } from './text.ts';
import type { Finding, RecipientReport } from './types.ts';

const MAX_DIAGNOSTIC_CHARS = 1000;

/**
 * The remote server's part of a diagnostic. Amazon SES wraps it as
 * "5.1.0 - Unknown address error 550-'5.7.1 … Access denied'": its own guess, then the reply.
 */
export function remoteWords(diagnostic: string): string {
  const ses = /^\s*\d\.\d{1,3}\.\d{1,3} - [^']{0,80}?(\d{3})[- ]'(.*?)'?(?:\s*\(delivery attempts: \d+\))?\s*$/.exec(diagnostic);
  return ses ? `${ses[1]} ${ses[2]}` : diagnostic;
}

/**
 * The codes to show: those of the innermost reply in the server's words, unless the words
 * only say "X.0.0" and the report's Status field is more precise. A reply code of another
 * class than the status code (as in "550 4.4.7") was added by a relay, so it is dropped.
 */
function pickCodes(f: Finding): { status?: string; replyCode?: string } {
  const said = f.diagnostic ? lastCodes(f.diagnostic) : {};
  let status = said.status;
  if (!isStatusCode(status) || (isVague(status) && isStatusCode(f.status) && !isVague(f.status))) {
    status = isStatusCode(f.status) ? f.status : status;
  }
  let replyCode = isReplyCode(said.reply) ? said.reply : undefined;
  if (replyCode && status && replyCode[0] !== status[0]) replyCode = undefined;
  return { status, replyCode };
}

export function toRecipient(f: Finding): RecipientReport {
  const diagnostic = f.diagnostic ? f.diagnostic.replace(/\s+/g, ' ').trim().slice(0, MAX_DIAGNOSTIC_CHARS) : undefined;
  const { status, replyCode } = pickCodes(f);
  const words = matchable([diagnostic ? remoteWords(diagnostic) : '', f.statusComment ?? ''].join(' '));
  const reason = decideReason({ words, status, replyCode, command: f.command, action: f.action, reasonHint: f.reasonHint });
  const carrier = isMobileCarrier(domainOf(f.address)) || isMobileCarrier(f.remoteMta);
  const { caseSlug, otherCases } = caseFor(reason, { words, carrier });

  const recipient: RecipientReport = { reason, caseSlug };
  if (f.address) recipient.address = f.address;
  if (status) recipient.status = status;
  if (replyCode) recipient.replyCode = replyCode;
  if (diagnostic) recipient.diagnostic = diagnostic;
  if (otherCases.length > 0) recipient.otherCases = otherCases;
  return recipient;
}
