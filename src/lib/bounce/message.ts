/**
 * Reads a raw message with postal-mime and keeps what bounce analysis needs: top-level
 * headers, the readable text, and the machine-readable report parts decoded as text.
 */
import PostalMime from 'postal-mime';
import type { Attachment, Email } from 'postal-mime';
import { GUESSES, decodeBest, looksMisdecoded, mojibakeScore, relabelTextParts } from './charsets.ts';
import { stripEnvelope, startsWithHeaders } from './input.ts';
import { MAX_SCAN_CHARS, htmlToText, normalizeNewlines } from './text.ts';

export interface MessageView {
  /** Top-level headers by lowercase name; empty when the input was a fragment. */
  headers: Map<string, string[]>;
  hasHeaders: boolean;
  subject: string;
  fromAddress: string;
  contentType: string;
  /** The readable text of the report (text parts, or HTML turned into text). */
  text: string;
  /** Decoded delivery-status parts, whatever their label said (RFC 3464). */
  deliveryStatus: string[];
  /** Decoded feedback-report parts, whatever their label said (RFC 5965). */
  feedbackReports: string[];
  /** Header blocks of the returned or reported messages, in the order of their parts. */
  originalHeaders: string[];
  /** Attached messages, e.g. bounces that someone forwarded as attachments, or a digest's parts. */
  attachedMessages: Uint8Array[];
  /** The whole input as text: the last resort when the MIME structure is broken. */
  rawText: string;
}

/** More attached messages than a digest of bounces holds; the rest are not read. */
const MAX_ATTACHED_MESSAGES = 50;

function partText(attachment: Attachment): string {
  const content = attachment.content;
  const text = typeof content === 'string' ? content : decodeBest(new Uint8Array(content));
  return normalizeNewlines(text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text);
}

function headerBlock(text: string): string {
  const end = text.indexOf('\n\n');
  return (end < 0 ? text : text.slice(0, end)).slice(0, 16 * 1024);
}

function headerMap(email: Email): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { key, value } of email.headers) {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }
  return map;
}

function fragmentView(rawText: string): MessageView {
  return {
    headers: new Map(), hasHeaders: false, subject: '', fromAddress: '', contentType: '',
    text: rawText, deliveryStatus: [], feedbackReports: [], originalHeaders: [], attachedMessages: [], rawText,
  };
}

/** A part's first field says what it is, whatever its Content-Type (some servers send text/plain). */
const DELIVERY_STATUS_START = /^(?:reporting-mta|final-recipient|original-recipient|arrival-date|received-from-mta|original-envelope-id|x-postfix-queue-id|dsn-gateway)[ \t]*:/i;
const FEEDBACK_FIELD = /^feedback-type[ \t]*:/im;

function reportPartKind(text: string): 'delivery-status' | 'feedback' | undefined {
  const head = text.trimStart().slice(0, 4096);
  const firstLine = head.split('\n', 1)[0] ?? '';
  if (FEEDBACK_FIELD.test(head) && /^[A-Za-z][\w-]{0,40}[ \t]*:/.test(firstLine) && !/^(?:received|from|to|subject|return-path|message-id|date)[ \t]*:/i.test(firstLine)) {
    return 'feedback';
  }
  if (DELIVERY_STATUS_START.test(firstLine) && /^(?:final-recipient|original-recipient|action)[ \t]*:/im.test(head)) return 'delivery-status';
  return undefined;
}

const LABELLED_REPORT: Record<string, 'delivery-status' | 'feedback'> = {
  'message/delivery-status': 'delivery-status',
  'message/global-delivery-status': 'delivery-status',
  'message/feedback-report': 'feedback',
};
const MAYBE_ORIGINAL = /^(?:message\/(?:rfc822|global|partial)|text\/rfc822-headers?|message\/global-headers|text\/plain)$/;

async function parse(bytes: Uint8Array): Promise<Email | undefined> {
  try {
    return await PostalMime.parse(bytes, { forceRfc822Attachments: true, maxNestingDepth: 64 });
  } catch {
    return undefined;
  }
}

function readableText(email: Email): string {
  return email.text?.trim() ? email.text : email.html ? htmlToText(email.html) : '';
}

/**
 * Parses the message, and when its text comes out broken, parses it again with its text parts
 * relabelled in each of the usual charsets, keeping the reading that looks least wrong.
 */
async function parseReadably(bytes: Uint8Array): Promise<Email | undefined> {
  const email = await parse(bytes);
  if (!email || !looksMisdecoded(readableText(email))) return email;
  let best = email;
  let bestScore = mojibakeScore(readableText(email));
  for (const charset of GUESSES) {
    const again = await parse(relabelTextParts(bytes, charset));
    const score = again ? mojibakeScore(readableText(again)) : Infinity;
    if (again && score < bestScore) {
      best = again;
      bestScore = score;
    }
  }
  return best;
}

export async function readMessage(input: Uint8Array): Promise<MessageView> {
  const bytes = stripEnvelope(input);
  const rawText = normalizeNewlines(decodeBest(bytes));
  if (!startsWithHeaders(bytes)) return fragmentView(rawText);

  const email = await parseReadably(bytes);
  if (!email) return fragmentView(rawText);

  const view: MessageView = {
    headers: headerMap(email),
    hasHeaders: true,
    subject: email.subject ?? '',
    fromAddress: email.from?.address ?? '',
    contentType: (email.headers.find((h) => h.key === 'content-type')?.value ?? '').toLowerCase(),
    text: '',
    deliveryStatus: [],
    feedbackReports: [],
    originalHeaders: [],
    attachedMessages: [],
    rawText,
  };

  const text = readableText(email);
  // Runs of U+FFFD that no charset could read carry nothing readable.
  view.text = normalizeNewlines(text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text).replace(/\uFFFD{2,}/g, ' ');

  for (const attachment of email.attachments) {
    const type = attachment.mimeType.toLowerCase();
    const isMessage = /^message\/(?:rfc822|global)$/.test(type);
    const content = partText(attachment);
    const kind = reportPartKind(content) ?? LABELLED_REPORT[type];
    if (kind === 'delivery-status') view.deliveryStatus.push(content);
    else if (kind === 'feedback') view.feedbackReports.push(content);
    else if (isMessage && view.attachedMessages.length < MAX_ATTACHED_MESSAGES && typeof attachment.content !== 'string') {
      view.attachedMessages.push(new Uint8Array(attachment.content));
    }
    if (!kind && MAYBE_ORIGINAL.test(type)) {
      const block = headerBlock(content);
      if (/^(?:to|from|subject|received|return-path|message-id)[ \t]*:/im.test(block)) view.originalHeaders.push(block);
    }
  }
  return view;
}

export function header(view: MessageView, name: string): string {
  return view.headers.get(name)?.[0] ?? '';
}
