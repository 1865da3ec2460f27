/**
 * Relaxed identifier alignment (RFC 9989 §3.2): the From domain and an authenticated domain align
 * when they share an organisational domain. RFC 9989 finds that domain with a DNS tree walk; offline,
 * the Public Suffix List (through tldts) stands in for it: an approximation, and the report says so.
 */
import { getDomain } from 'tldts';
import type { Alignment, AuthResults } from './types.ts';

/** The domain of an address or a bare domain, lower-case, without a trailing dot. */
export function domainOf(identity: string): string {
  return identity.slice(identity.lastIndexOf('@') + 1).replace(/[<>\s]/g, '').replace(/\.$/, '').toLowerCase();
}

/** The organisational domain by the Public Suffix List; undefined for an address literal or a bare suffix. */
export function organisationalDomain(domain: string): string | undefined {
  return getDomain(domain) ?? undefined;
}

export function aligned(a: string, b: string): boolean {
  const [da, db] = [domainOf(a), domainOf(b)];
  return (organisationalDomain(da) ?? da) === (organisationalDomain(db) ?? db);
}

/** Alignment of the From domain with what the trusted results authenticated. */
export function readAlignment(fromDomain: string | undefined, trusted: readonly AuthResults[]): Alignment | undefined {
  const results = trusted.flatMap((r) => r.results);
  const spf = results.find((r) => r.method === 'spf');
  const spfIdentity = spf?.properties['smtp.mailfrom'];
  const spfDomain = spfIdentity ? domainOf(spfIdentity) : undefined;
  const dkim = results.filter((r) => r.method === 'dkim' && r.properties['header.d']);
  const dkimDomains = [...new Set(dkim.map((r) => domainOf(r.properties['header.d']!)))];
  if (!fromDomain && !spfDomain && dkimDomains.length === 0) return undefined;
  const candidates = [...new Set([...(spfDomain ? [spfDomain] : []), ...dkimDomains])];
  const alignment: Alignment = { dkimDomains, alignedDomains: fromDomain ? candidates.filter((d) => aligned(d, fromDomain)) : [] };
  if (fromDomain) alignment.from = fromDomain;
  if (spfDomain) alignment.spfDomain = spfDomain;
  if (fromDomain && spf && spfDomain) alignment.spfAligned = spf.result === 'pass' && aligned(spfDomain, fromDomain);
  if (fromDomain && dkim.length > 0) {
    alignment.dkimAligned = dkim.some((r) => r.result === 'pass' && aligned(r.properties['header.d']!, fromDomain));
  }
  return alignment;
}
