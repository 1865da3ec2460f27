/** lintRecord(): recognises what was pasted and hands it to the reader of that kind of record. */
import { isBimiRecord, lintBimi } from './bimi.ts';
import { isDkimKey, lintDkim } from './dkim.ts';
import { isDmarcRecord, lintDmarc } from './dmarc.ts';
import { readPasted } from './input.ts';
import { isMtaStsPolicy, isMtaStsRecord, lintMtaStsPolicy, lintMtaStsRecord } from './mta-sts.ts';
import { isMxSet, lintMx } from './mx.ts';
import { lintSpf } from './spf/lint.ts';
import { isSpfRecord } from './spf/parse.ts';
import { isTlsRptRecord, lintTlsRpt } from './tls-rpt.ts';
import type { RecordReport } from './types.ts';

/** SPF, DMARC, DKIM key, MX, MTA-STS (record or policy), TLS-RPT or BIMI, recognised from the text. */
export function lintRecord(text: string): RecordReport {
  if (isMtaStsPolicy(text)) return lintMtaStsPolicy(text);
  const pasted = readPasted(text);
  const mxText = pasted.filter((p) => p.type === undefined || p.type === 'MX').map((p) => p.text).join('\n');
  if (pasted.length > 0 && pasted.every((p) => p.type === undefined || p.type === 'MX') && isMxSet(mxText)) return lintMx(mxText);

  const spf = pasted.filter((p) => isSpfRecord(p.text));
  if (spf.length > 0) {
    const report = lintSpf(spf[0]!.text);
    if (spf.length > 1) report.findings.unshift({ severity: 'problem', code: 'spf.several', values: { count: spf.length } });
    if (spf.some((p) => p.type === 'SPF')) report.findings.unshift({ severity: 'warning', code: 'spf.rr-type' });
    return report;
  }
  const record = pasted.map((p) => p.text).join('');
  if (isDmarcRecord(record)) return lintDmarc(record);
  if (isDkimKey(record)) return lintDkim(record);
  if (isMtaStsRecord(record)) return lintMtaStsRecord(record);
  if (isTlsRptRecord(record)) return lintTlsRpt(record);
  if (isBimiRecord(record)) return lintBimi(record);
  if (/^v\s*=\s*spf/i.test(record) || /^spf1\b/i.test(record)) return { kind: 'spf', findings: [{ severity: 'problem', code: 'spf.syntax.version', position: 0 }], terms: [] };
  return { kind: 'unknown', findings: [{ severity: 'info', code: 'record.unknown' }], terms: [] };
}
