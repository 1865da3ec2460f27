/** The contract of the diagnosis core (DESIGN.md, "Diagnosis"). */
import type { Reason } from '../taxonomy.ts';

export type { Reason } from '../taxonomy.ts';

/** The SMTP stage at which the remote server refused. */
export type Stage = 'connect' | 'ehlo' | 'mail' | 'rcpt' | 'data' | 'end-of-data' | 'auth';

/** Everything known about one failed recipient. Every field is optional. */
export interface Evidence {
  /** The server's own words (diagnostic text), as written. */
  words?: string;
  /** Enhanced status code (RFC 3463), "5.7.1". */
  status?: string;
  /** SMTP reply code (RFC 5321), "550". */
  replyCode?: string;
  stage?: Stage;
  /** The server that refused ("mx.example.com"). */
  remoteHost?: string;
  reportingMta?: string;
  /** The failed address; provider rules for Japanese carriers are keyed by its domain. */
  recipient?: string;
  /** RFC 3464 Action, lowercased: failed, delayed, delivered … */
  action?: string;
  /** RFC 3464 Diagnostic-Code type, lowercased: smtp, x-unix (a local delivery program), x-postfix … */
  diagnosticType?: string;
  /** A reason the report's own format implies when its words are not SMTP words (Google Groups). */
  formatHint?: Reason;
  /** The source of the hint when a header of the report gave it, not its layout. */
  formatSource?: string;
}

export type DecisionKind = 'status' | 'reply' | 'stage' | 'provider' | 'phrase';

/** One piece of evidence that decided the reason. */
export interface Decision {
  kind: DecisionKind;
  /**
   * What it was, for the reader: the code ("5.2.2"), the stage ("rcpt"), the provider's name
   * ("Gmail"), or the words of the server that matched ("over quota").
   */
  detail: string;
  /** Where the rule comes from: an RFC, a provider's page, MTA documentation. */
  source?: string;
  /** Stable name of the table entry that decided ("phrase:mailboxfull:over quota"), for the evaluation. */
  rule: string;
}

export interface Diagnosis {
  reason: Reason;
  caseSlug: string | null;
  otherCases: string[];
  /** The evidence that decided, most decisive first; empty when the report says nothing. */
  decidedBy: Decision[];
}
