import type { Decision, Stage } from '../diagnosis/types.ts';
import type { Reason } from './reasons.ts';

export type { Reason } from './reasons.ts';

export type BounceKind = 'bounce' | 'delay' | 'auto-reply' | 'feedback' | 'delivered' | 'not-a-bounce';

export interface RecipientReport {
  /** The failed recipient. */
  address?: string;
  /** Enhanced status code, e.g. "5.1.1". */
  status?: string;
  /** SMTP reply code, e.g. "550". */
  replyCode?: string;
  /** The remote server's own words. */
  diagnostic?: string;
  reason: Reason;
  /** The case page that explains it, or null when no case fits. */
  caseSlug: string | null;
  /** Other likely case slugs, best first. */
  otherCases?: string[];
  /** The evidence that decided the reason, most decisive first (empty when the report says nothing). */
  decidedBy: Decision[];
}

export interface BounceReport {
  kind: BounceKind;
  reportingMta?: string;
  recipients: RecipientReport[];
}

/** The SMTP stage at which the remote server refused, when the report says so. */
export type SmtpCommand = 'CONN' | 'EHLO' | 'MAIL' | 'RCPT' | 'DATA';

/** What one report says about one recipient, before it is classified. */
export interface Finding {
  address?: string;
  /** RFC 3464 Action, lowercased: failed, delayed, delivered, relayed, expanded … */
  action?: string;
  /** The Status field's code, when the report has one. */
  status?: string;
  /** Words after the Status code, e.g. "5.2.1 (mailbox disabled …)". */
  statusComment?: string;
  /** The remote server's words (Diagnostic-Code or the text of a plain report). */
  diagnostic?: string;
  /** Diagnostic-Code type: smtp, x-unix, x-postfix … */
  diagnosticType?: string;
  command?: SmtpCommand;
  /** The stage, when a format knows it more precisely than the command ("end-of-data", "auth"). */
  stage?: Stage;
  remoteMta?: string;
  /** The reason a format implies when its words are not SMTP words (e.g. Google Groups). */
  reasonHint?: Reason;
  /** Where a hint comes from when it is a header of the report rather than its layout. */
  hintSource?: string;
}
