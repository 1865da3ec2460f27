/**
 * Lotus Notes / Domino:
 *    ------- Failure Reasons  --------
 *    User not listed in public Name & Address Book
 *    a@b
 */
import { ADDRESS_SOURCE, cleanAddress } from '../addresses.ts';
import type { Extractor } from './context.ts';

const HEAD = /^[ \t]*-{3,}[ \t]*failure reasons[ \t]*-{3,}[ \t]*$/im;
const ADDRESS_ONLY = new RegExp(`^\\s*<?(${ADDRESS_SOURCE})>?\\s*$`);

export const notes: Extractor = ({ text }) => {
  const head = HEAD.exec(text);
  if (!head) return [];
  const section = text.slice(head.index + head[0].length).split(/^[ \t]*-{3,}/m)[0] ?? '';
  const reasons: string[] = [];
  const addresses: string[] = [];
  for (const line of section.split('\n')) {
    const m = ADDRESS_ONLY.exec(line);
    if (m?.[1]) addresses.push(cleanAddress(m[1]));
    else if (line.trim() !== '') reasons.push(line.trim());
  }
  const diagnostic = reasons.join(' ') || undefined;
  const list = addresses.length > 0 ? addresses : [undefined];
  return list.map((address) => ({ address, action: 'failed', diagnostic }));
};
