/**
 * analyzeBounce: what a bounce message says went wrong, for whom, and which case page
 * explains it. analyzeBounces does the same for each message of a mailbox, a digest or a
 * message forwarding several bounces. Both run in the browser (also in a Web Worker) and in
 * Node, and never throw.
 */
import { isAutoReply, isDeliveryReport } from './auto-reply.ts';
import { caseFor, isDelivered, type Decision } from '../diagnosis/index.ts';
import { feedbackOf, type Feedback } from './feedback.ts';
import { MAX_RECIPIENTS, collectFindings } from './findings.ts';
import { readNotifications } from './formats/notifications.ts';
import { MAX_MESSAGES, splitMessages, toBytes, type RawInput } from './input.ts';
import { readMessage, type MessageView } from './message.ts';
import { toRecipient } from './report.ts';
import { MAX_SCAN_CHARS, unquoteForwarded } from './text.ts';
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

function failureReport(findings: Finding[], reportingMta: string | undefined): BounceReport {
  const report: BounceReport = { kind: kindOf(findings), recipients: findings.slice(0, MAX_RECIPIENTS).map((f) => toRecipient(f, reportingMta)) };
  if (reportingMta) report.reportingMta = reportingMta;
  return report;
}

const feedbackReport = (feedback: Feedback[]): BounceReport => ({
  kind: 'feedback', recipients: feedback.slice(0, MAX_RECIPIENTS).map((f) => single('feedback', f.address, f.type)),
});

/** A sending service's JSON notification may hold failures and complaints: one report each. */
function notificationReports(view: MessageView): BounceReport[] {
  const source = view.hasHeaders ? view.text : view.rawText;
  const notice = readNotifications(unquoteForwarded(source.slice(0, MAX_SCAN_CHARS)));
  if (!notice) return [];
  const reports: BounceReport[] = [];
  if (notice.findings.length > 0) reports.push(failureReport(notice.findings, notice.reportingMta));
  if (notice.complaints.length > 0) reports.push(feedbackReport(notice.complaints));
  return reports;
}

function reportsOf(view: MessageView): BounceReport[] {
  const feedback = feedbackOf(view);
  if (feedback.length > 0) return [feedbackReport(feedback)];

  const notifications = notificationReports(view);
  if (notifications.length > 0) return notifications;

  const { findings, reportingMta } = collectFindings(view);
  if (findings.length > 0) return [failureReport(findings, reportingMta)];
  // A delivery report that names no recipient is still a failure, of someone unknown.
  if (isDeliveryReport(view)) return [{ kind: 'bounce', recipients: [toRecipient({ action: 'failed' })] }];
  if (isAutoReply(view)) return [{ kind: 'auto-reply', recipients: [single('vacation', view.fromAddress || undefined)] }];
  return [{ kind: 'not-a-bounce', recipients: [] }];
}

const saysSomething = (r: BounceReport): boolean => r.kind !== 'not-a-bounce' && r.kind !== 'auto-reply';

/** No report, or a failure of someone unknown for reasons unknown (a gateway's empty wrapper). */
const saysNothing = (r: BounceReport): boolean => r.kind === 'not-a-bounce'
  || (r.kind === 'bounce' && r.recipients.every((x) => !x.address && !x.status && !x.diagnostic));

/**
 * The reports of one message. When the message itself says nothing, the messages attached to
 * it may (a bounce forwarded as an attachment, a digest of bounces, a gateway's wrapper
 * around the real bounce), one report each.
 */
async function reportsOfMessage(bytes: Uint8Array, depth: number): Promise<BounceReport[]> {
  const view = await readMessage(bytes);
  const reports = reportsOf(view);
  if (!reports.every(saysNothing) || depth >= 2) return reports;
  const attached: BounceReport[] = [];
  for (const message of view.attachedMessages) {
    if (attached.length >= MAX_MESSAGES) break;
    attached.push(...(await reportsOfMessage(message, depth + 1)).filter(saysSomething));
  }
  return attached.length > 0 ? attached.slice(0, MAX_MESSAGES) : reports;
}

/** One report per bounce in the input; a single message that is no bounce gives one report saying so. */
export async function analyzeBounces(raw: RawInput): Promise<BounceReport[]> {
  try {
    const reports: BounceReport[] = [];
    for (const message of splitMessages(toBytes(raw))) {
      reports.push(...await reportsOfMessage(message, 0));
      if (reports.length >= MAX_MESSAGES) break;
    }
    const meaningful = reports.filter(saysSomething);
    if (meaningful.length > 0) return meaningful.slice(0, MAX_MESSAGES);
    return [reports.find((r) => r.kind === 'auto-reply') ?? { kind: 'not-a-bounce', recipients: [] }];
  } catch {
    // The input is untrusted and the analyser must answer anyway.
    return [{ kind: 'not-a-bounce', recipients: [] }];
  }
}

/** The report of the first (usually the only) bounce in the input. */
export async function analyzeBounce(raw: RawInput): Promise<BounceReport> {
  const [first] = await analyzeBounces(raw);
  return first ?? { kind: 'not-a-bounce', recipients: [] };
}
