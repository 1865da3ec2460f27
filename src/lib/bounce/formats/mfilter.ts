/**
 * m-FILTER (Digital Arts), a Japanese mail gateway: a Japanese notice, the failed addresses,
 * then sections headed by dashes:
 *    以下のメールアドレスへの送信に失敗しました。
 *    kijitora@example.com
 *    -------server message
 *    550 unknown user <kijitora@example.com>
 *    -------SMTP command
 *    DATA
 *    -------original message
 */
import { allAddresses } from '../addresses.ts';
import { commandOfLine } from '../command.ts';
import type { Extractor } from './context.ts';

const SECTION = /^-{5,}(server message|smtp command|original message)[ \t]*$/gim;

export const mfilter: Extractor = ({ text, warning }) => {
  const sections = new Map<string, string>();
  const heads = Array.from(text.matchAll(SECTION));
  if (!heads.some((h) => /server message/i.test(h[1] ?? ''))) return [];
  heads.forEach((h, i) => {
    const end = heads[i + 1]?.index ?? text.length;
    sections.set((h[1] ?? '').toLowerCase(), text.slice(h.index + h[0].length, end).trim());
  });
  const before = text.slice(0, heads[0]?.index ?? 0);
  const said = (sections.get('server message') ?? '').replace(/\s+/g, ' ').trim();
  const command = commandOfLine(sections.get('smtp command') ?? '');
  const addresses = [...new Set(allAddresses(before))];
  return (addresses.length > 0 ? addresses : [undefined]).map((address) => ({
    address, action: warning ? 'delayed' : 'failed', diagnostic: said || undefined, command,
  }));
};
