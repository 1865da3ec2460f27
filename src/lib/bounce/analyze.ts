/**
 * analyzeBounce: what a bounce message says went wrong, for whom, and which case page
 * explains it. Runs in the browser (also in a Web Worker) and in Node; never throws.
 */
import { isAutoReply } from './auto-reply.ts';
import { caseFor, isDelivered, type Decision } from '../diagnosis/index.ts';
import { feedbackOf } from './feedback.ts';
import { collectFindings } from './findings.ts';
import { toBytes, type RawInput } from './input.ts';
import { readMessage, type MessageView } from './message.ts';
import { toRecipient } from './report.ts';
import type { BounceKind, BounceReport, Finding, RecipientReport } from './types.ts';

function kindOf(findings: Finding[]): BounceKind {
  if (findings.every((f) => isDelivered(f.action, f.status))) return 'delivered';
  const failed = findings.some((f) => !isDelivered(f.action, f.status) && f.action !== 'delayed');
  return failed ? 'bounce' : 'delay';
}

/** What decided a whole-message report: its type, by the standard that defines it. */
const REPORT_TYPE: Record<'vacation' | 'feedback', Decision> = {
  vacation: { kind: 'status', detail: 'auto-reply', source: 'RFC 3834 (Auto-Submitted: auto-replied)', rule: 'report:auto-reply' },
  feedback: { kind: 'status', detail: 'feedback-report', source: 'RFC 5965 (message/feedback-report)', rule: 'report:feedback' },
};

function single(reason: 'vacation' | 'feedback', address: string | undefined, words = ''): RecipientReport {
  const { caseSlug, otherCases } = caseFor(reason, { words, carrier: false });
  const recipient: RecipientReport = { reason, caseSlug, decidedBy: [REPORT_TYPE[reason]] };
  if (address) recipient.address = address;
  if (otherCases.length > 0) recipient.otherCases = otherCases;
  return recipient;
}

function reportOf(view: MessageView): BounceReport {
  const feedback = feedbackOf(view);
  if (feedback) return { kind: 'feedback', recipients: [single('feedback', feedback.address, feedback.type)] };

  const { findings, reportingMta } = collectFindings(view);
  if (findings.length > 0) {
    const report: BounceReport = { kind: kindOf(findings), recipients: findings.map((f) => toRecipient(f, reportingMta)) };
    if (reportingMta) report.reportingMta = reportingMta;
    return report;
  }
  if (isAutoReply(view)) return { kind: 'auto-reply', recipients: [single('vacation', view.fromAddress || undefined)] };
  return { kind: 'not-a-bounce', recipients: [] };
}

export async function analyzeBounce(raw: RawInput): Promise<BounceReport> {
  try {
    const view = await readMessage(toBytes(raw));
    const report = reportOf(view);
    // A bounce forwarded as an attachment: the message itself says nothing, the attachment does.
    if (report.kind === 'not-a-bounce' && view.attachedMessage) {
      const attached = reportOf(await readMessage(view.attachedMessage));
      if (attached.kind !== 'not-a-bounce' && attached.kind !== 'auto-reply') return attached;
    }
    return report;
  } catch {
    // The input is untrusted and the analyser must answer anyway.
    return { kind: 'not-a-bounce', recipients: [] };
  }
}
