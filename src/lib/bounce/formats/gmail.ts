/**
 * Gmail's older notices:
 *    Delivery to the following recipient failed permanently:
 *         a@b
 *    Technical details of permanent failure:
 *    … The error that the other server returned was: 550 5.1.1 …
 */
import { allAddresses } from '../addresses.ts';
import { commandOfLine } from '../command.ts';
import type { Extractor } from './context.ts';

const HEAD = /delivery to the following recipients? (?:failed permanently|has been delayed|failed)/i;
const DETAILS = /technical details(?: of (?:permanent|temporary) failure)?:?/i;

export const gmail: Extractor = ({ text, warning }) => {
  const head = HEAD.exec(text);
  if (!head) return [];
  const rest = text.slice(head.index + head[0].length);
  const details = DETAILS.exec(rest);
  const recipients = allAddresses(details ? rest.slice(0, details.index) : rest.split('\n\n\n')[0] ?? '');
  const explanation = details ? rest.slice(details.index + details[0].length).trim() : '';
  const said = (/the error that the other server returned was:\s*([^]*)$/i.exec(explanation)?.[1] ?? explanation).replace(/^[ \t]*={5,}[ \t]*$/gm, '');
  const delayed = warning || /has been delayed/i.test(head[0]);
  const list = recipients.length > 0 ? recipients : [undefined];
  return list.map((address) => ({
    address,
    action: delayed ? 'delayed' : 'failed',
    diagnostic: said.replace(/\s+/g, ' ').trim() || undefined,
    command: commandOfLine(/^smtp:(\w+)/im.exec(said)?.[1] ?? ''),
  }));
};
