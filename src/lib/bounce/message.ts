/**
 * Reads a raw message with postal-mime and keeps what bounce analysis needs: top-level
 * headers, the readable text, and the machine-readable report parts decoded as text.
 */
import PostalMime from 'postal-mime';
import type { Attachment, Email } from 'postal-mime';
import { stripEnvelope, startsWithHeaders, toText } from './input.ts';
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
  /** Decoded message/delivery-status parts. */
  deliveryStatus: string[];
  /** Decoded message/feedback-report parts (RFC 5965). */
  feedbackReports: string[];
  /** Header block of the returned original message, when the report includes it. */
  originalHeaders: string;
  /** The first attached message, e.g. a bounce that someone forwarded as an attachment. */
  attachedMessage?: Uint8Array;
  /** The whole input as text: the last resort when the MIME structure is broken. */
  rawText: string;
}

const decoder = new TextDecoder('utf-8');

function partText(attachment: Attachment): string {
  const content = attachment.content;
  const text = typeof content === 'string' ? content : decoder.decode(content);
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
    text: rawText, deliveryStatus: [], feedbackReports: [], originalHeaders: '', rawText,
  };
}

export async function readMessage(input: Uint8Array): Promise<MessageView> {
  const bytes = stripEnvelope(input);
  const rawText = normalizeNewlines(toText(bytes));
  if (!startsWithHeaders(bytes)) return fragmentView(rawText);

  let email: Email;
  try {
    email = await PostalMime.parse(bytes, { forceRfc822Attachments: true, maxNestingDepth: 64 });
  } catch {
    return fragmentView(rawText);
  }

  const view: MessageView = {
    headers: headerMap(email),
    hasHeaders: true,
    subject: email.subject ?? '',
    fromAddress: email.from?.address ?? '',
    contentType: (email.headers.find((h) => h.key === 'content-type')?.value ?? '').toLowerCase(),
    text: '',
    deliveryStatus: [],
    feedbackReports: [],
    originalHeaders: '',
    rawText,
  };

  const text = email.text?.trim() ? email.text : email.html ? htmlToText(email.html) : '';
  // Runs of U+FFFD come from a part in another charset than it declares (Japanese servers
  // send EUC-JP labelled ISO-2022-JP); they carry nothing readable.
  view.text = normalizeNewlines(text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text).replace(/\uFFFD{2,}/g, ' ');

  for (const attachment of email.attachments) {
    const type = attachment.mimeType;
    if (type === 'message/delivery-status' || type === 'message/global-delivery-status') {
      view.deliveryStatus.push(partText(attachment));
    } else if (type === 'message/feedback-report') {
      view.feedbackReports.push(partText(attachment));
    }
    if (type === 'message/rfc822' && !view.attachedMessage && typeof attachment.content !== 'string') {
      view.attachedMessage = new Uint8Array(attachment.content);
    }
    if (!view.originalHeaders && /^(?:message\/rfc822|text\/rfc822-headers?|message\/partial|text\/plain)$/.test(type)) {
      const block = headerBlock(partText(attachment));
      if (/^(?:to|from|subject|received|return-path|message-id)[ \t]*:/im.test(block)) view.originalHeaders = block;
    }
  }
  return view;
}

export function header(view: MessageView, name: string): string {
  return view.headers.get(name)?.[0] ?? '';
}
