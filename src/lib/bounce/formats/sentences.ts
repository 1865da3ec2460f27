/**
 * Reports that name the recipient inside a sentence and give the reason after it, e.g.
 *    There was an error delivering your mail to <a@b>.
 *    mx.b [192.0.2.1] did not like our RCPT TO:
 *    550 5.1.1 <a@b>: Recipient address rejected: User unknown
 * (DragonFly, InterScan, MailFoundry, Gmail's newer notices and many small servers.)
 */
import { ADDRESS_SOURCE, cleanAddress, isSystemAddress, sameAddress } from '../addresses.ts';
import { commandInText } from '../command.ts';
import type { Finding } from '../types.ts';
import type { Extractor } from './context.ts';

const FAILURE_WORDS = /deliver|undeliverable|failed|failure|could not|couldn't|wasn't|was not|unable|rejected|refused|error|not reach|aborted|returned|できません|できなかった|エラー|届きません/i;
const ADDRESS = new RegExp(`<?(${ADDRESS_SOURCE})>?`);
const MAX_REASON_CHARS = 1500;

export const sentences: Extractor = ({ text, warning }) => {
  const lines = text.split('\n');
  const findings: Finding[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const m = ADDRESS.exec(line);
    if (!m || !m[1] || !FAILURE_WORDS.test(line)) continue;
    // "For further assistance, please contact <postmaster@…>" is not a failed recipient.
    if (isSystemAddress(m[1]) && /contact|assistance|send mail to|questions|help/i.test(line)) continue;
    if (/^\s*(?:from|to|cc|reply-to|sender|subject|return-path)\s*:/i.test(line)) continue;
    const address = cleanAddress(m[1]);
    // The whole sentence: the reason may come before or after the address.
    const words = [line];
    let j = i + 1;
    for (; j < lines.length && words.join(' ').length < MAX_REASON_CHARS; j++) {
      const next = lines[j] ?? '';
      const other = ADDRESS.exec(next);
      if (other?.[1] && FAILURE_WORDS.test(next) && !sameAddress(cleanAddress(other[1]), address)) break;
      if (!/^\s*[=*_-]{3,}\s*$/.test(next)) words.push(next);
    }
    i = j - 1;
    if (findings.some((f) => sameAddress(f.address, address))) continue; // a later mention repeats it
    const sentence = words.join(' ').replace(/\s+/g, ' ').trim();
    // When the remote server's reply is quoted, that reply is its own words.
    const reply = /(?<![\w.:/-])[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}\b)?/.exec(sentence);
    const said = reply ? sentence.slice(reply.index).replace(/\]\s*$/, '') : sentence;
    const remoteMta = /(?:^|\s)([A-Za-z0-9.-]+\.[A-Za-z]{2,}) \[[\d.:a-f]+\]:? did not like/i.exec(sentence)?.[1];
    findings.push({ address, action: warning ? 'delayed' : 'failed', diagnostic: said || undefined, command: commandInText(sentence), ...(remoteMta ? { remoteMta } : {}) });
  }
  return findings;
};
