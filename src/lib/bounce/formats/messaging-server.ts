/**
 * Oracle (Sun, iPlanet) Messaging Server, also used by iCloud:
 *    Recipient address: a@b
 *    Reason: Remote SMTP server has rejected address
 *    Diagnostic code: smtp;550 5.1.1 <a@b>... User unknown
 */
import { cleanAddress } from '../addresses.ts';
import type { Finding } from '../types.ts';
import type { Extractor } from './context.ts';

const FIELD = /^\s*(recipient address|original address|reason|diagnostic code|remote system)\s*:\s*(.*)$/i;

export const messagingServer: Extractor = ({ text, warning }) => {
  if (!/^[ \t]*recipient address[ \t]*:/im.test(text)) return [];
  const findings: Array<Finding & { reason?: string }> = [];
  for (const line of text.split('\n')) {
    const m = FIELD.exec(line);
    if (!m?.[1]) continue;
    const name = m[1].toLowerCase();
    const value = (m[2] ?? '').trim();
    const current = findings[findings.length - 1];
    if (name === 'recipient address') findings.push({ address: cleanAddress(value), action: warning ? 'delayed' : 'failed' });
    else if (!current) continue;
    else if (name === 'reason') current.reason = value;
    else if (name === 'diagnostic code') current.diagnostic = value.replace(/^[\w-]+;\s*/, '');
    else if (name === 'remote system') current.remoteMta = /^[\w-]+;\s*([^\s(]+)/.exec(value)?.[1];
  }
  return findings.map(({ reason, ...f }) => ({ ...f, diagnostic: f.diagnostic ?? reason }));
};
