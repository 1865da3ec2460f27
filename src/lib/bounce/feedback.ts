/** RFC 5965 (ARF) feedback reports, and unsubscribe requests sent as mail. */
import { cleanAddress, firstAddress } from './addresses.ts';
import { header, type MessageView } from './message.ts';

export interface Feedback {
  address?: string;
  /** Feedback-Type: abuse, fraud, opt-out, auth-failure … */
  type: string;
}

function field(text: string, name: string): string | undefined {
  const m = new RegExp(`^${name}[ \\t]*:[ \\t]*(.+)$`, 'im').exec(text);
  return m?.[1]?.trim();
}

export function feedbackOf(view: MessageView): Feedback | undefined {
  const report = view.feedbackReports[0]
    ?? (/report-type="?feedback-report/.test(view.contentType) || /^feedback-type[ \t]*:/im.test(view.text) ? view.text : undefined);
  if (report !== undefined) {
    const rcpt = field(report, 'original-rcpt-to') ?? field(report, 'removal-recipient');
    const originalTo = field(view.originalHeaders, 'to');
    const address = rcpt ? cleanAddress(rcpt) : originalTo ? firstAddress(originalTo) : undefined;
    return { address, type: (field(report, 'feedback-type') ?? 'abuse').toLowerCase() };
  }
  // Apple Mail's "unsubscribe" messages: a recipient asking to stop, i.e. an opt-out report.
  if (/^true$/i.test(header(view, 'x-apple-unsubscribe').trim())) {
    return { address: view.fromAddress || undefined, type: 'opt-out' };
  }
  return undefined;
}
