/**
 * Google Groups refuses posts from non-members (or to groups that do not exist) with a notice
 * in the sender's language and no SMTP words; only its links and signature are constant.
 */
import { paragraphs } from '../text.ts';
import type { Extractor } from './context.ts';

export const googleGroups: Extractor = ({ text }) => {
  if (!/groups\.google\.com\/support/i.test(text) || !/google groups/i.test(text)) return [];
  const lead = paragraphs(text)[1];
  const words = lead ? lead.replace(/\s+/g, ' ') + ' (Google Groups)' : 'Google Groups';
  return [{ action: 'failed', diagnostic: words, reasonHint: 'rejected' }];
};
