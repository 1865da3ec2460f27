/** The shapes of a header report (contract in DESIGN.md, "Header analysis"). */

export interface Hop {
  /** The sending host as written; a comment with its address may follow. */
  from?: string;
  /** The receiving host as written; a comment may follow. */
  by?: string;
  via?: string;
  with?: string;
  id?: string;
  for?: string;
  /** ISO 8601 in UTC, "2018-04-20T21:51:19Z"; absent when unreadable. */
  date?: string;
  /** Since the previous hop with a date (in HeaderReport.hops only); negative means the clocks disagree. */
  delaySeconds?: number;
  tls?: { version?: string; cipher?: string };
}

export interface AuthResult {
  method: string;
  /** Lower-case, as the receiver concluded: "pass", "fail", "softfail" … */
  result: string;
  reason?: string;
  /** "smtp.mailfrom", "header.d" …, values unquoted, comments removed. */
  properties: Record<string, string>;
  /** The receiver's comments on this result, joined: "p=REJECT sp=REJECT dis=NONE". */
  comment?: string;
}

export interface AuthResults {
  /** The receiver that wrote the results; "" where Microsoft leaves it out. */
  authservId: string;
  /** ARC-Authentication-Results only: the ARC instance (i=). */
  instance?: number;
  results: AuthResult[];
}

export interface Alignment {
  from?: string;
  spfDomain?: string;
  dkimDomains: string[];
  /** SPF passed for a domain in the From domain's organisational domain. */
  spfAligned?: boolean;
  /** A DKIM signature passed for a domain in the From domain's organisational domain. */
  dkimAligned?: boolean;
  /** The SPF and DKIM domains that share the From domain's organisational domain (passed or not). */
  alignedDomains: string[];
}

export interface Verdict {
  header: string;
  field: string;
  value: string;
  meaning: string;
}

export type FindingSeverity = 'info' | 'warning' | 'problem';

export interface Finding {
  severity: FindingSeverity;
  text: string;
  caseSlug?: string;
}

export interface HeaderReport {
  /** Oldest first. */
  hops: Hop[];
  /** From the first hop with a date to the last one; absent when fewer than two dates are readable. */
  totalSeconds?: number;
  /** The receiving side's results first (trusted: its authserv-id), then ARC results, newest instance first. */
  authentication: AuthResults[];
  alignment?: Alignment;
  verdicts: Verdict[];
  findings: Finding[];
  /** The message's From and Subject with encoded words decoded, when present. */
  from?: string;
  subject?: string;
  /** Every field name in the block, lower-case, in order of first appearance. */
  fieldNames: string[];
}
