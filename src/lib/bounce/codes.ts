/** SMTP reply codes (RFC 5321) and enhanced status codes (RFC 3463) found in free text. */

// Not preceded or followed by more digits or dots: keeps IP addresses and version numbers out.
const STATUS_SOURCE = String.raw`(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?!\d|\.\d)`;
const STATUS = new RegExp(STATUS_SOURCE, 'g');
const FIRST_STATUS = new RegExp(STATUS_SOURCE);
const REPLY = /(?<![\w.:/[=-])([245]\d\d)(?=[ \-:]|$)/g;

const VALID_REPLIES = new Set([
  '211', '214', '220', '221', '235', '250', '251', '252', '421', '422', '450', '451', '452', '453',
  '454', '455', '458', '459', '500', '501', '502', '503', '504', '521', '523', '524', '525', '530',
  '534', '535', '538', '550', '551', '552', '553', '554', '555', '556',
]);

export function isStatusCode(code: string | undefined): code is string {
  return code !== undefined && /^[245]\.\d{1,3}\.\d{1,3}$/.test(code);
}

export function isReplyCode(code: string | undefined): code is string {
  return code !== undefined && VALID_REPLIES.has(code);
}

/** The first status code in a field value such as "5.2.1 (mailbox disabled)". */
export function leadingStatus(value: string): string | undefined {
  const m = FIRST_STATUS.exec(value);
  return m ? m[0] : undefined;
}

export interface CodePair {
  status?: string;
  reply?: string;
}

/**
 * The codes of the innermost (last) failure reply in a diagnostic: relaying servers wrap the
 * remote server's answer in their own words ("554 4.4.7 Message expired … <421 4.4.2 Timed
 * out>"), and session transcripts end with the server's "221 2.0.0 Bye" after the failure, so
 * success codes count only when there is no failure code at all.
 */
export function lastCodes(text: string): CodePair {
  let found: CodePair | undefined;
  let lastFailure: CodePair | undefined;
  for (const m of text.matchAll(STATUS)) {
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    const r = /([245]\d\d)[ -]['#]?\s?$/.exec(before);
    found = { status: m[0], reply: r && isReplyCode(r[1]) ? r[1] : undefined };
    if (m[1] !== '2') lastFailure = found;
  }
  const { status, reply } = lastFailure ?? found ?? {};
  return { status, reply: reply ?? firstReply(text) };
}

export function firstReply(text: string): string | undefined {
  for (const m of text.matchAll(REPLY)) {
    if (isReplyCode(m[1])) return m[1];
  }
  return undefined;
}

/** A code that only says "failed" (X.0.0) tells less than any other. */
export function isVague(status: string | undefined): boolean {
  return !status || /^\d\.0\.0$/.test(status);
}
