/** The DNS record types the checks ask for. */
export type DnsRecordType = 'TXT' | 'A' | 'AAAA' | 'MX' | 'PTR';

/** One DNS answer, as a resolver that follows CNAMEs gives it. */
export interface DnsAnswer {
  /** 'error' = SERVFAIL, a timeout or an unreachable resolver: a temporary failure. */
  status: 'ok' | 'nxdomain' | 'error';
  /** TXT: one record's strings joined; MX: "10 mx.example.com"; PTR: names. 'ok' with [] = the name has no such record. */
  records: string[];
}

/** Asks DNS: over DNS over HTTPS in the browser, over test data in Node. */
export type DnsResolver = (name: string, type: DnsRecordType) => Promise<DnsAnswer>;

/** The kinds of record lintRecord recognises. */
export type RecordKind = 'spf' | 'dmarc' | 'dkim' | 'mx' | 'mta-sts' | 'tls-rpt' | 'bimi' | 'unknown';

export type Severity = 'problem' | 'warning' | 'info';

/**
 * One finding about a record. `code` names the message in the UI strings (src/i18n, records.findings),
 * `values` fills its {placeholders}; the text and its fix are written there, in both languages.
 */
export interface Finding {
  severity: Severity;
  code: string;
  values?: Record<string, string | number>;
  /** Where in the record the finding points (0-based character offset), for syntax errors. */
  position?: number;
}

/** One term of a record, explained: "include:_spf.google.com" → code 'spf.term.include', values { domain }. */
export interface Term {
  text: string;
  /** The explanation's key in the UI strings (records.terms). */
  code: string;
  values?: Record<string, string | number>;
}

export interface RecordReport {
  kind: RecordKind;
  findings: Finding[];
  terms: Term[];
}
