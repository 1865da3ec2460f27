/** Turns one finding into what the reader sees: codes, the server's words, reason and case. */
import { diagnose } from '../diagnosis/index.ts';
import type { Evidence, Stage } from '../diagnosis/index.ts';
import { isReplyCode, isStatusCode, isVague, lastCodes } from './codes.ts';
import type { Finding, RecipientReport, SmtpCommand } from './types.ts';

const MAX_DIAGNOSTIC_CHARS = 1000;

const STAGE_OF: Record<SmtpCommand, Stage> = { CONN: 'connect', EHLO: 'ehlo', MAIL: 'mail', RCPT: 'rcpt', DATA: 'data' };

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

export function toRecipient(f: Finding, reportingMta?: string): RecipientReport {
  const diagnostic = f.diagnostic ? f.diagnostic.replace(/\s+/g, ' ').trim().slice(0, MAX_DIAGNOSTIC_CHARS) : undefined;
  const { status, replyCode } = pickCodes(f);
  const evidence: Evidence = { words: [diagnostic ?? '', f.statusComment ?? ''].join(' ') };
  if (status) evidence.status = status;
  if (replyCode) evidence.replyCode = replyCode;
  const stage = f.stage ?? (f.command ? STAGE_OF[f.command] : undefined);
  if (stage) evidence.stage = stage;
  if (f.remoteMta) evidence.remoteHost = f.remoteMta;
  if (reportingMta) evidence.reportingMta = reportingMta;
  if (f.address) evidence.recipient = f.address;
  if (f.action) evidence.action = f.action;
  if (f.diagnosticType) evidence.diagnosticType = f.diagnosticType;
  if (f.reasonHint) evidence.formatHint = f.reasonHint;
  if (f.hintSource) evidence.formatSource = f.hintSource;
  const { reason, caseSlug, otherCases, decidedBy } = diagnose(evidence);

  const recipient: RecipientReport = { reason, caseSlug, decidedBy };
  if (f.address) recipient.address = f.address;
  if (status) recipient.status = status;
  if (replyCode) recipient.replyCode = replyCode;
  if (diagnostic) recipient.diagnostic = diagnostic;
  if (otherCases.length > 0) recipient.otherCases = otherCases;
  return recipient;
}
