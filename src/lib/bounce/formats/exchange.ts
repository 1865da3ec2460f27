/**
 * Microsoft Exchange and Office 365 non-delivery reports. Whatever the language of the text,
 * the part for administrators keeps English markers:
 *    kijitora@example.jp
 *    Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
 *    #550 5.2.2 STOREDRV.Deliver: mailbox full …
 * Exchange 2003 instead writes "did not reach the following recipient(s):" and the reason
 * indented under "a@b on <date>".
 */
import { ADDRESS_SOURCE, cleanAddress, sameAddress } from '../addresses.ts';
import type { Finding } from '../types.ts';
import type { Extractor } from './context.ts';

const ADDRESS_ONLY = new RegExp(`^\\s*<?(${ADDRESS_SOURCE})>?(?:\\s*<mailto:[^>]*>)?(?:\\s+\\([^)]*\\))?\\s*$`);
const RETURNED = /\bserver(?: at [^\n']{1,200}?)? returned '([^'\n]{1,2000})'|^\s*reported error:\s*(.+)$/i;
/** Office 365's newer reports name the server that refused in an "Error Details" block. */
const REMOTE_SERVER = /^\s*remote server:\s*([A-Za-z0-9.-]+\.[A-Za-z]{2,})/im;
const HASH_REPLY = /^\s*#(\d{3}[ -]\d\.\d{1,3}\.\d{1,3}\b.*)$/;
const OLD_HEADER = /did not reach the following recipient(?:\(s\)|s)?:?\s*(.*)$/i;
const OLD_RECIPIENT = new RegExp(`^\\s*(${ADDRESS_SOURCE}) on `);

function modern(lines: string[], warning: boolean): Finding[] {
  const findings: Finding[] = [];
  let address: string | undefined;
  for (const line of lines) {
    const only = ADDRESS_ONLY.exec(line);
    if (only?.[1]) {
      address = cleanAddress(only[1]);
      continue;
    }
    const returned = RETURNED.exec(line);
    const said = returned?.[1] ?? returned?.[2] ?? HASH_REPLY.exec(line)?.[1];
    if (!said) continue;
    // Exchange lists the latest attempt first; later lines for the same recipient are older.
    if (findings.some((f) => sameAddress(f.address, address) || (!f.address && !address))) continue;
    findings.push({ address, action: warning ? 'delayed' : 'failed', diagnostic: said.trim() });
  }
  return findings;
}

function exchange2003(lines: string[], warning: boolean): Finding[] {
  const start = lines.findIndex((l) => OLD_HEADER.test(l));
  if (start < 0) return [];
  const sameLine = OLD_HEADER.exec(lines[start] ?? '')?.[1]?.trim();
  const findings: Finding[] = [];
  if (sameLine) findings.push({ address: cleanAddress(sameLine), action: 'failed' });
  let current: { finding: Finding; words: string[] } | undefined;
  const close = (): void => {
    if (current) current.finding.diagnostic = current.words.join(' ').trim() || undefined;
    current = undefined;
  };
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const m = OLD_RECIPIENT.exec(line);
    if (m?.[1]) {
      close();
      const finding: Finding = { address: cleanAddress(m[1]), action: warning ? 'delayed' : 'failed' };
      findings.push(finding);
      current = { finding, words: [] };
    } else if (current && line.trim() !== '') {
      current.words.push(line.trim());
    } else if (current && current.words.length > 0) {
      close();
    }
  }
  close();
  return findings;
}

export const exchange: Extractor = ({ text, warning }) => {
  const lines = text.split('\n');
  const found = modern(lines, warning);
  if (found.length === 0) return exchange2003(lines, warning);
  const remoteMta = REMOTE_SERVER.exec(text)?.[1];
  return remoteMta ? found.map((f) => ({ ...f, remoteMta })) : found;
};
