/**
 * RFC 5965 (ARF) feedback reports, and unsubscribe requests sent as mail. One message may hold
 * several reports (one message/feedback-report part each), and one report may name several
 * recipients (one Original-Rcpt-To field each, RFC 5965 section 3.2).
 */
import { cleanAddress, firstAddress } from './addresses.ts';
import { header, type MessageView } from './message.ts';

export interface Feedback {
  address?: string;
  /** Feedback-Type: abuse, fraud, opt-out, auth-failure … */
  type: string;
}

/** More complained-about recipients than any real report lists. */
const MAX_FEEDBACK = 100;

function fields(text: string, name: string): string[] {
  return Array.from(text.matchAll(new RegExp(`^${name}[ \\t]*:[ \\t]*(.+)$`, 'gim')), (m) => (m[1] ?? '').trim()).filter((v) => v !== '');
}

function reportsIn(view: MessageView): string[] {
  if (view.feedbackReports.length > 0) return view.feedbackReports;
  // A report whose parts were flattened into text (pasted, or sent without MIME structure).
  const arf = /report-type="?feedback-report/.test(view.contentType) || /^feedback-type[ \t]*:/im.test(view.text);
  return arf ? [view.text] : [];
}

export function feedbackOf(view: MessageView): Feedback[] {
  const found: Feedback[] = [];
  reportsIn(view).forEach((report, i) => {
    const type = (fields(report, 'feedback-type')[0] ?? 'abuse').toLowerCase();
    let recipients: Array<string | undefined> = [...fields(report, 'original-rcpt-to'), ...fields(report, 'removal-recipient')].map(cleanAddress);
    if (recipients.length === 0) {
      // Without Original-Rcpt-To, the reported message's own To header says whom it reached.
      const originalTo = fields(view.originalHeaders[i] ?? view.originalHeaders[0] ?? '', 'to')[0];
      recipients = [originalTo ? firstAddress(originalTo) : undefined];
    }
    for (const address of recipients) found.push({ address, type });
  });
  if (found.length > 0) return found.slice(0, MAX_FEEDBACK);
  // Apple Mail's "unsubscribe" messages: a recipient asking to stop, i.e. an opt-out report.
  if (/^true$/i.test(header(view, 'x-apple-unsubscribe').trim())) {
    return [{ address: view.fromAddress || undefined, type: 'opt-out' }];
  }
  return [];
}
