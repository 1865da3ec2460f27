/**
 * RFC 3464 delivery-status fields: one per-message block (Reporting-MTA …) followed by one
 * block per recipient (Final-Recipient, Action, Status, Diagnostic-Code …), blocks separated
 * by blank lines, long values folded onto indented continuation lines.
 */
import { firstAddress } from './addresses.ts';
import { leadingStatus } from './codes.ts';
import type { Finding } from './types.ts';

export interface DeliveryStatus {
  reportingMta?: string;
  findings: Finding[];
}

interface Field {
  name: string;
  value: string;
}

/** Reads "Name: value" lines, joining folded continuation lines onto their field. */
function readFields(block: string): Field[] {
  const fields: Field[] = [];
  for (const line of block.split('\n')) {
    const last = fields[fields.length - 1];
    if (/^[ \t]/.test(line) && last) {
      last.value += ' ' + line.trim();
      continue;
    }
    const m = /^([A-Za-z][A-Za-z0-9-]{0,40})[ \t]*:[ \t]*(.*)$/.exec(line);
    if (m && m[1] && m[2] !== undefined) fields.push({ name: m[1].toLowerCase(), value: m[2].trim() });
  }
  return fields;
}

/** "rfc822; <a@b>" → "a@b"; "dns; mx.example.com (1.2.3.4)" → "mx.example.com". */
function afterType(value: string): string {
  const semi = value.indexOf(';');
  return (semi >= 0 ? value.slice(semi + 1) : value).trim();
}

function hostOf(value: string): string | undefined {
  const host = afterType(value).split(/[\s(]/)[0];
  return host ? host.replace(/\.$/, '') : undefined;
}

function applyField(finding: Finding, field: Field): void {
  const { name, value } = field;
  if (name === 'final-recipient' || (name === 'original-recipient' && !finding.address)) {
    // Local deliveries may name a file or program instead of an address; those are no address.
    const address = firstAddress(afterType(value));
    if (address) finding.address = address;
  } else if (name === 'action') {
    finding.action = value.split(/[\s(;]/)[0]?.toLowerCase();
  } else if (name === 'status') {
    finding.status = leadingStatus(value);
    const comment = value.replace(/^[\d.]+/, '').replace(/^[\s(]+|[\s)]+$/g, '');
    if (comment) finding.statusComment = comment;
  } else if (name === 'diagnostic-code') {
    const semi = value.indexOf(';');
    if (semi >= 0 && semi < 20) {
      finding.diagnosticType = value.slice(0, semi).trim().toLowerCase();
      finding.diagnostic = value.slice(semi + 1).trim();
    } else {
      finding.diagnostic = value;
    }
  } else if (name === 'remote-mta') {
    finding.remoteMta = hostOf(value);
  }
}

const RECIPIENT_FIELDS = new Set(['final-recipient', 'original-recipient']);
const PER_RECIPIENT = new Set([...RECIPIENT_FIELDS, 'action', 'status', 'diagnostic-code', 'remote-mta']);

/**
 * Parses delivery-status text. Some servers omit the blank line between recipients, so a new
 * Final-Recipient inside a block also starts a new recipient; fields written before it (some
 * servers put Action first) belong to that first recipient.
 */
export function parseDeliveryStatus(text: string): DeliveryStatus {
  const result: DeliveryStatus = { findings: [] };
  for (const block of text.split(/\n[ \t]*\n/)) {
    let current: Finding | undefined;
    let currentHasFinal = false;
    let pending: Field[] = [];
    const flush = (): void => {
      if (current && (current.address || current.status || current.action)) result.findings.push(current);
      current = undefined;
      currentHasFinal = false;
    };
    for (const field of readFields(block)) {
      if (field.name === 'reporting-mta') {
        result.reportingMta ??= hostOf(field.value);
      } else if (field.name === 'final-recipient') {
        if (currentHasFinal) flush();
        if (!current) {
          current = {};
          for (const p of pending) applyField(current, p);
          pending = [];
        }
        applyField(current, field);
        currentHasFinal = true;
      } else if (PER_RECIPIENT.has(field.name)) {
        if (current) applyField(current, field);
        else pending.push(field);
      }
    }
    if (!current && pending.some((f) => RECIPIENT_FIELDS.has(f.name))) {
      current = {};
      for (const p of pending) applyField(current, p);
    }
    flush();
  }
  return result;
}

/** True when free text carries a delivery-status block (a report pasted or mangled into text). */
export function hasEmbeddedDeliveryStatus(text: string): boolean {
  return /^final-recipient[ \t]*:/im.test(text);
}
