/**
 * Explains the spam filters' own verdict headers. Meanings come from the vendors' documentation:
 * - Microsoft: "Anti-spam message headers in cloud organizations" (learn.microsoft.com/defender-office-365/message-headers-eop-mdo, 2025-07-07),
 *   "Spam confidence level (SCL)" (…/anti-spam-spam-confidence-level-scl-about) and
 *   "Bulk complaint level (BCL)" (…/anti-spam-bulk-complaint-level-bcl-about). Fields the first page
 *   does not describe "are used exclusively by the Microsoft anti-spam team": they are said to be undocumented.
 * - SpamAssassin: Mail::SpamAssassin::Conf, "add_header" and the _YESNO_, _SCORE_, _REQD_, _TESTS_ tags.
 * - rspamd: the milter_headers module (rspamd.com/doc/modules/milter_headers.html): X-Spamd-Result and X-Spam (its spam-header routine).
 */
import { fill } from '../messages.ts';
import type { UiStrings } from '../../i18n/en.ts';
import type { HeaderField } from './fields.ts';
import type { Verdict } from './types.ts';

type Texts = UiStrings['headerReport']['verdicts'];

export interface VerdictSummary {
  verdicts: Verdict[];
  /** A filter that classed the message as spam, and what said so. */
  spam?: { who: string; detail: string };
  /** An allow or block list that decided, not the content. */
  listed?: { who: string; detail: string };
  bcl?: number;
}

const MICROSOFT = 'Microsoft 365';

function sclBand(scl: number, t: Texts): string {
  if (scl === -1) return t.sclBands.skipped;
  if (scl === 0 || scl === 1) return t.sclBands.clean;
  if (scl === 5 || scl === 6) return t.sclBands.spam;
  if (scl === 8 || scl === 9) return t.sclBands.high;
  return t.sclBands.other;
}

function bclBand(bcl: number, t: Texts): string {
  if (bcl === 0) return t.bclBands.none;
  if (bcl <= 3) return t.bclBands.low;
  if (bcl <= 6) return t.bclBands.mixed;
  return t.bclBands.high;
}

/** "KEY:value;KEY:value" as Microsoft writes it. */
function pairs(value: string): Array<[string, string]> {
  return value.split(';').flatMap((part) => {
    const colon = part.indexOf(':');
    return colon > 0 ? [[part.slice(0, colon).trim().toUpperCase(), part.slice(colon + 1).trim()] as [string, string]] : [];
  });
}

function forefront(header: string, value: string, t: Texts, out: VerdictSummary) {
  for (const [field, v] of pairs(value)) {
    const add = (meaning: string) => out.verdicts.push({ header, field, value: v, meaning });
    if (field === 'SCL' && /^-?\d$/.test(v)) {
      add(fill(t.scl, { value: v, band: sclBand(Number(v), t) }));
      if (Number(v) >= 5) out.spam ??= { who: MICROSOFT, detail: `SCL ${v}` };
    } else if (field === 'SFV') {
      add(t.sfv[v] ?? t.undocumented);
      if (v === 'SPM') out.spam ??= { who: MICROSOFT, detail: 'SFV:SPM' };
      if (v === 'SKB' || v === 'BLK' || v === 'SKS') out.listed ??= { who: MICROSOFT, detail: `SFV:${v} — ${t.sfv[v]}` };
    } else if (field === 'CAT') add(t.cat[v] ?? t.undocumented);
    else if (field === 'IPV') add(t.ipv[v] ?? t.undocumented);
    else if (field === 'CTRY' && v) add(t.ctry);
    else if (field === 'SFS' && v) add(t.sfs);
    else if (field === 'SRV' && v === 'BULK') add(t.srvBulk);
  }
}

function microsoftAntispam(header: string, value: string, t: Texts, out: VerdictSummary) {
  const bcl = pairs(value).find(([field]) => field === 'BCL')?.[1];
  if (bcl === undefined || !/^\d$/.test(bcl)) return;
  out.bcl = Number(bcl);
  out.verdicts.push({ header, field: 'BCL', value: bcl, meaning: fill(t.bcl, { value: bcl, band: bclBand(Number(bcl), t) }) });
}

function spamAssassinStatus(header: string, value: string, t: Texts, out: VerdictSummary) {
  const verdict = /^\s*(yes|no)\b/i.exec(value)?.[1];
  const score = /\bscore=(-?[\d.]+)/i.exec(value)?.[1];
  const required = /\brequired=(-?[\d.]+)/i.exec(value)?.[1];
  if (!verdict || !score || !required) return;
  const spam = verdict.toLowerCase() === 'yes';
  out.verdicts.push({ header, field: 'score', value: `${score} / ${required}`, meaning: fill(t.saStatus, { verdict: spam ? t.saSpam : t.saHam, score, required }) });
  // SpamAssassin folds a long rule list over several lines ("tests=A,B,\n\tC,D autolearn=no …").
  const tests = /\btests=((?:\w+,\s*)*\w+)/i.exec(value)?.[1]?.replace(/\s+/g, '');
  if (tests && tests !== 'none') out.verdicts.push({ header, field: 'tests', value: tests.replace(/,/g, ', '), meaning: t.saTests });
  if (spam) out.spam ??= { who: 'SpamAssassin', detail: `score ${score} / ${required}` };
}

function rspamdResult(header: string, value: string, t: Texts, out: VerdictSummary) {
  const match = /^\s*\w+:\s*(true|false)\s*\[\s*(-?[\d.]+)\s*\/\s*(-?[\d.]+)\s*\]/i.exec(value);
  if (!match) return;
  const [, flag, score, required] = match;
  const spam = flag!.toLowerCase() === 'true';
  out.verdicts.push({ header, field: 'score', value: `${score} / ${required}`, meaning: fill(t.rspamdResult, { score: score!, required: required!, verdict: spam ? t.rspamdSpam : t.rspamdHam }) });
  if (spam) out.spam ??= { who: 'rspamd', detail: `score ${score} / ${required}` };
}

/** The verdict fields of a header block, explained, and what they add up to. */
export function readVerdicts(fields: readonly HeaderField[], t: Texts): VerdictSummary {
  const out: VerdictSummary = { verdicts: [] };
  for (const { name, value } of fields) {
    if (name === 'x-forefront-antispam-report') forefront('X-Forefront-Antispam-Report', value, t, out);
    else if (name === 'x-microsoft-antispam') microsoftAntispam('X-Microsoft-Antispam', value, t, out);
    else if (name === 'x-ms-exchange-organization-scl' && /^-?\d$/.test(value)) {
      out.verdicts.push({ header: 'X-MS-Exchange-Organization-SCL', field: 'SCL', value, meaning: fill(t.scl, { value, band: sclBand(Number(value), t) }) });
      if (Number(value) >= 5) out.spam ??= { who: MICROSOFT, detail: `SCL ${value}` };
    } else if (name === 'x-spam-status') spamAssassinStatus('X-Spam-Status', value, t, out);
    else if (name === 'x-spam-flag' && /^yes$/i.test(value)) {
      out.verdicts.push({ header: 'X-Spam-Flag', field: 'flag', value, meaning: t.saFlag });
      out.spam ??= { who: 'SpamAssassin', detail: 'X-Spam-Flag: YES' };
    } else if (name === 'x-spamd-result') rspamdResult('X-Spamd-Result', value, t, out);
    else if (name === 'x-spam' && /^yes$/i.test(value)) {
      out.verdicts.push({ header: 'X-Spam', field: 'flag', value, meaning: t.rspamdFlag });
      out.spam ??= { who: 'rspamd', detail: 'X-Spam: Yes' };
    }
  }
  return out;
}
