/**
 * DKIM key records (RFC 6376 §3.6.1; ed25519 from RFC 8463; SHA-1 retired by RFC 8301).
 */
import { decodeBase64, rsaKeyBits } from './der.ts';
import { parseTags, tagValue } from './tags.ts';
import type { Finding, RecordReport, Term } from './types.ts';

/** RFC 8301 §3.2: verifiers refuse RSA keys under 1024 bits; 2048 is what signers should use. */
const RSA_REFUSED_BELOW = 1024;
const RSA_STRONG_FROM = 2048;
const KNOWN = ['v', 'g', 'h', 'k', 'n', 'p', 's', 't'];

export function isDkimKey(text: string): boolean {
  return /^v\s*=\s*DKIM1\s*(;|$)/i.test(text) || (/(^|;)\s*p\s*=/i.test(text) && /(^|;)\s*k\s*=\s*(rsa|ed25519)\b/i.test(text));
}

export function lintDkim(text: string): RecordReport {
  const list = parseTags(text);
  const findings: Finding[] = [];
  const terms: Term[] = [];
  if (list.malformed) findings.push({ severity: 'problem', code: 'dkim.syntax', position: list.malformed.position, values: { part: list.malformed.text } });
  if (list.duplicate) findings.push({ severity: 'problem', code: 'dkim.duplicate-tag', position: list.duplicate.position, values: { tag: list.duplicate.name } });
  const v = list.tags.find((t) => t.name === 'v');
  if (v && (v.value !== 'DKIM1' || list.tags[0] !== v)) findings.push({ severity: 'problem', code: 'dkim.version', position: v.position });

  const k = (tagValue(list, 'k') ?? 'rsa').toLowerCase();
  if (k !== 'rsa' && k !== 'ed25519') findings.push({ severity: 'problem', code: 'dkim.bad-key-type', values: { value: k } });
  if (k === 'ed25519') findings.push({ severity: 'info', code: 'dkim.ed25519' });

  const p = tagValue(list, 'p');
  if (p === undefined) findings.push({ severity: 'problem', code: 'dkim.no-key' });
  else if (p.trim() === '') findings.push({ severity: 'problem', code: 'dkim.revoked' });
  else {
    const bytes = decodeBase64(p);
    if (!bytes) findings.push({ severity: 'problem', code: 'dkim.bad-base64' });
    else if (k === 'rsa') {
      const bits = rsaKeyBits(bytes);
      if (bits === null) findings.push({ severity: 'problem', code: 'dkim.not-rsa' });
      else if (bits < RSA_REFUSED_BELOW) findings.push({ severity: 'problem', code: 'dkim.rsa-refused', values: { bits } });
      else if (bits < RSA_STRONG_FROM) findings.push({ severity: 'warning', code: 'dkim.rsa-weak', values: { bits } });
      else findings.push({ severity: 'info', code: 'dkim.rsa-ok', values: { bits } });
    } else if (bytes.length !== 32) findings.push({ severity: 'problem', code: 'dkim.bad-ed25519' });
  }

  const h = tagValue(list, 'h');
  if (h !== undefined) {
    const algorithms = h.split(':').map((a) => a.trim().toLowerCase());
    if (!algorithms.includes('sha256')) findings.push({ severity: 'problem', code: 'dkim.sha1-only', values: { value: h } });
  }
  const s = tagValue(list, 's');
  if (s !== undefined && !s.split(':').map((x) => x.trim().toLowerCase()).some((x) => x === '*' || x === 'email')) findings.push({ severity: 'problem', code: 'dkim.not-for-email', values: { value: s } });
  const flags = (tagValue(list, 't') ?? '').split(':').map((f) => f.trim().toLowerCase());
  if (flags.includes('y')) findings.push({ severity: 'warning', code: 'dkim.testing' });

  for (const tag of list.tags) {
    const shown = tag.name === 'p' && tag.value.length > 24 ? `p=${tag.value.slice(0, 20)}…` : `${tag.name}=${tag.value}`;
    terms.push({ text: shown, code: KNOWN.includes(tag.name) ? `dkim.tag.${tag.name}` : 'dkim.tag.unknown', values: { value: tag.value, tag: tag.name } });
  }
  return { kind: 'dkim', findings, terms };
}
