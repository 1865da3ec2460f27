/**
 * analyzeBounce: what a bounce message says went wrong, for whom, and which case page
 * explains it. analyzeBounces does the same for each message of a mailbox, a digest or a
 * message forwarding several bounces. Both run in the browser (also in a Web Worker) and in
 * Node, and never throw.
 */
import { isAutoReply, isDeliveryReport } from './auto-reply.ts';
import { caseFor } from './case-map.ts';
import { isDelivered } from './classify.ts';
import { feedbackOf } from './feedback.ts';
import { collectFindings } from './findings.ts';
import { MAX_MESSAGES, splitMessages, toBytes, type RawInput } from './input.ts';
import { readMessage, type MessageView } from './message.ts';
import { toRecipient } from './report.ts';
import type { BounceKind, BounceReport, Finding, RecipientReport } from './types.ts';

function kindOf(findings: Finding[]): BounceKind {
  if (findings.every((f) => isDelivered(f.action, f.status))) return 'delivered';
  const failed = findings.some((f) => !isDelivered(f.action, f.status) && f.action !== 'delayed');
  return failed ? 'bounce' : 'delay';
}

function single(reason: 'vacation' | 'feedback', address: string | undefined, words = ''): RecipientReport {
  const { caseSlug, otherCases } = caseFor(reason, { words, carrier: false });
  const recipient: RecipientReport = { reason, caseSlug };
  if (address) recipient.address = address;
  if (otherCases.length > 0) recipient.otherCases = otherCases;
  return recipient;
}

function reportOf(view: MessageView): BounceReport {
  const feedback = feedbackOf(view);
  if (feedback.length > 0) return { kind: 'feedback', recipients: feedback.map((f) => single('feedback', f.address, f.type)) };

  const { findings, reportingMta } = collectFindings(view);
  if (findings.length > 0) {
    const report: BounceReport = { kind: kindOf(findings), recipients: findings.map(toRecipient) };
    if (reportingMta) report.reportingMta = reportingMta;
    return report;
  }
  // A delivery report that names no recipient is still a failure, of someone unknown.
  if (isDeliveryReport(view)) return { kind: 'bounce', recipients: [toRecipient({ action: 'failed' })] };
  if (isAutoReply(view)) return { kind: 'auto-reply', recipients: [single('vacation', view.fromAddress || undefined)] };
  return { kind: 'not-a-bounce', recipients: [] };
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
  const report = reportOf(view);
  if (!saysNothing(report) || depth >= 2) return [report];
  const attached: BounceReport[] = [];
  for (const message of view.attachedMessages) {
    if (attached.length >= MAX_MESSAGES) break;
    attached.push(...(await reportsOfMessage(message, depth + 1)).filter(saysSomething));
  }
  return attached.length > 0 ? attached.slice(0, MAX_MESSAGES) : [report];
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
