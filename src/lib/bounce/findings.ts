/**
 * Collects what a message says about each recipient: the machine-readable delivery-status
 * part when there is one (RFC 3464), completed with what the human-readable text adds (the
 * SMTP stage, the server's words when the report left them out); else the text alone.
 */
import { allAddresses, sameAddress } from './addresses.ts';
import { hasEmbeddedDeliveryStatus, parseDeliveryStatus, type DeliveryStatus } from './dsn.ts';
import { unwrapForwarded } from './formats/forwarded.ts';
import { extractFromText } from './formats/index.ts';
import { header, type MessageView } from './message.ts';
import { isWarningOnly, looksLikeBounce } from './signals.ts';
import { MAX_SCAN_CHARS, cutAtOriginalMessage, matchable, unquoteForwarded } from './text.ts';
import type { Finding } from './types.ts';

export interface Collected {
  reportingMta?: string;
  findings: Finding[];
}

function bodyOf(raw: string): string {
  const end = raw.indexOf('\n\n');
  return end < 0 ? '' : raw.slice(end + 2);
}

function deliveryStatusOf(view: MessageView, text: string): DeliveryStatus {
  const merged: DeliveryStatus = { findings: [] };
  for (const part of view.deliveryStatus) {
    const parsed = parseDeliveryStatus(part);
    merged.reportingMta ??= parsed.reportingMta;
    merged.findings.push(...parsed.findings);
  }
  if (merged.findings.length > 0) return merged;
  // A report pasted as text, forwarded, or with broken MIME still carries the fields; the raw
  // text is no evidence when the fields belong to attached messages, each read on its own.
  const candidates = view.attachedMessages.length > 0 ? [text] : [text, view.rawText.slice(0, 2 * MAX_SCAN_CHARS)];
  for (const candidate of candidates) {
    if (hasEmbeddedDeliveryStatus(candidate)) {
      const parsed = parseDeliveryStatus(candidate);
      if (parsed.findings.length > 0) return parsed;
    }
  }
  return merged;
}

/**
 * Sendmail keeps only the first line of a multi-line reply in Diagnostic-Code; when the text
 * quotes the whole reply, the whole reply is the better record of the server's words.
 */
function fuller(fromStatus: string | undefined, fromText: string | undefined): string | undefined {
  if (!fromStatus) return fromText;
  if (!fromText || fromText.length <= fromStatus.length) return fromStatus;
  return matchable(fromText).startsWith(matchable(fromStatus)) ? fromText : fromStatus;
}

/**
 * Exim and Gmail name the failed recipients in an X-Failed-Recipients header; when the text
 * gives the reason but no address, the header says whom it concerns.
 */
function withFailedRecipients(findings: Finding[], view: MessageView): Finding[] {
  const failed = allAddresses(header(view, 'x-failed-recipients'));
  if (failed.length === 0 || findings.some((f) => f.address)) return findings;
  const [first] = findings;
  if (!first && !looksLikeBounce(view)) return findings;
  return failed.map((address) => ({ action: 'failed', ...first, address }));
}

function counterpart(f: Finding, index: number, dsn: Finding[], text: Finding[]): Finding | undefined {
  const byAddress = text.find((t) => sameAddress(t.address, f.address));
  if (byAddress) return byAddress;
  if (text.length === dsn.length) return text[index];
  return undefined;
}

/** The report's words; a message whose parts are all attached messages has none of its own. */
function readableText(view: MessageView): string {
  if (view.text.trim()) return view.text;
  if (!view.hasHeaders) return view.rawText.slice(0, MAX_SCAN_CHARS);
  return view.attachedMessages.length > 0 ? '' : bodyOf(view.rawText).slice(0, MAX_SCAN_CHARS);
}

/** More recipients than any real report lists; the cap keeps hostile input cheap. */
export const MAX_RECIPIENTS = 100;

const SPASIGN_SOURCE = 'au (KDDI) marks the notice of its reception filter with "X-SPASIGN: NG" (as recorded in Sisimai lib/sisimai/lhost/ezweb.rb, BSD 2-Clause)';

/** au's reception filter refused the sender: its notice says so in a header, not in SMTP words. */
function withHeaderHints(findings: Finding[], view: MessageView): Finding[] {
  if (!/^ng$/i.test(header(view, 'x-spasign').trim())) return findings;
  return findings.map((f) => (f.reasonHint ? f : { ...f, reasonHint: 'filtered', hintSource: SPASIGN_SOURCE }));
}

export function collectFindings(view: MessageView): Collected {
  const readable = readableText(view);
  const unquoted = unquoteForwarded(unwrapForwarded(unquoteForwarded(readable)));
  const cut = cutAtOriginalMessage(unquoted);
  const fromText = withFailedRecipients(extractFromText({ text: cut, warning: isWarningOnly(view, cut) }, looksLikeBounce(view)), view);
  const dsn = deliveryStatusOf(view, unquoted);
  if (dsn.findings.length === 0) return { findings: withHeaderHints(fromText.slice(0, MAX_RECIPIENTS), view) };

  const findings = dsn.findings.slice(0, MAX_RECIPIENTS).map((f, i): Finding => {
    const t = counterpart(f, i, dsn.findings, fromText);
    if (!t) return f;
    return {
      ...f,
      address: f.address ?? t.address,
      diagnostic: fuller(f.diagnostic, t.diagnostic),
      command: f.command ?? t.command,
      remoteMta: f.remoteMta ?? t.remoteMta,
      reasonHint: f.reasonHint ?? t.reasonHint,
    };
  });
  return { reportingMta: dsn.reportingMta, findings: withHeaderHints(findings, view) };
}
