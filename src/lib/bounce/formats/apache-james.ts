/**
 * Apache James's bounces. RemoteDelivery lists the recipients, then the reason:
 *    Hi. This is the James mail server at mx.example.com.
 *    I'm afraid I wasn't able to deliver your message to the following addresses.
 *    … I include the list of recipients and the reason why I was unable to deliver
 *    your message.
 *
 *    kijitora@example.org
 *    Remote mail server told me: 550 5.1.1 User unknown
 * The Bounce and DSNBounce mailets instead write the reason under "Error message below:" and
 * the recipients as "RCPT TO:" lines under "Message details:".
 * Source: org.apache.james.transport.mailets.RemoteDelivery and AbstractNotify (Apache James).
 */
import { ADDRESS_SOURCE, allAddresses, cleanAddress } from '../addresses.ts';
import type { Finding } from '../types.ts';
import type { Extractor } from './context.ts';

const ADDRESS_ONLY = new RegExp(`^[ \\t]*<?(${ADDRESS_SOURCE})>?[ \\t]*$`);

function remoteDelivery(text: string): { addresses: string[]; words: string } | undefined {
  const intro = /^hi\. this is the james mail server at [^\n]*\n(?:[^\n]*\n){0,6}?[ \t]*your message\.[ \t]*\n/im.exec(text);
  if (!intro) return undefined;
  const lines = text.slice(intro.index + intro[0].length).split('\n');
  const addresses: string[] = [];
  const words: string[] = [];
  for (const line of lines) {
    const m = ADDRESS_ONLY.exec(line);
    if (m?.[1] && words.length === 0) addresses.push(cleanAddress(m[1]));
    else if (line.trim() !== '') words.push(line.trim());
    else if (words.length > 0) break;
  }
  return { addresses, words: words.join(' ').replace(/^remote mail server told me:\s*/i, '') };
}

function notifyMailet(text: string): { addresses: string[]; words: string } | undefined {
  const error = /^[ \t]*error message below:[ \t]*\n([^]*?)(?:\n[ \t]*message details:|\n[ \t]*\n[ \t]*\n|$)/im.exec(text);
  if (!error) return undefined;
  const rcpt = Array.from(text.matchAll(/^[ \t]*rcpt to:[ \t]*(.+)$/gim), (m) => m[1] ?? '').join(' ');
  return { addresses: [...new Set(allAddresses(rcpt))], words: (error[1] ?? '').replace(/\s+/g, ' ').trim() };
}

export const apacheJames: Extractor = ({ text, warning }) => {
  const found = remoteDelivery(text) ?? notifyMailet(text);
  if (!found) return [];
  const diagnostic = found.words || undefined;
  return (found.addresses.length > 0 ? found.addresses : [undefined]).map((address): Finding => ({ address, action: warning ? 'delayed' : 'failed', diagnostic }));
};
