/**
 * Last resort for reports in no known layout: the recipients are the addresses the report
 * mentions, and the reason is whatever its text says. Only used on messages that look like
 * bounces, because any message mentions addresses.
 */
import { allAddresses, isSystemAddress } from '../addresses.ts';
import { reasonFromPhrases } from '../../diagnosis/phrases.ts';
import { matchable } from '../text.ts';
import type { Finding } from '../types.ts';
import type { Extractor } from './context.ts';

const HEADER_LINE = /^\s*(?:from|to|cc|bcc|reply-to|sender|return-path|subject|date|message-id|delivered-to|x-[\w-]+)\s*:/i;
const MAX_REASON_CHARS = 1500;

export const generic: Extractor = ({ text, warning }) => {
  const body = text.split('\n').filter((line) => !HEADER_LINE.test(line)).join('\n');
  const diagnostic = body.replace(/\s+/g, ' ').trim().slice(0, MAX_REASON_CHARS);
  if (!diagnostic) return [];
  // Without an SMTP code or a known phrase there is nothing to report.
  const saysWhy = /\b[45]\d\d\b|\b[45]\.\d{1,3}\.\d{1,3}\b/.test(diagnostic) || reasonFromPhrases(matchable(diagnostic)) !== undefined;
  if (!saysWhy) return [];
  const addresses = [...new Set(allAddresses(body).filter((a) => !isSystemAddress(a)).map((a) => a.toLowerCase()))];
  const action = warning ? 'delayed' : 'failed';
  if (addresses.length === 0) return [{ action, diagnostic }];
  return addresses.map((address): Finding => ({ address, action, diagnostic }));
};
